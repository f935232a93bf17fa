import { QueryFailedError } from 'typeorm';

interface PostgresErrorFields {
  code?: string;
  constraint?: string;
}

function fields(error: unknown): PostgresErrorFields {
  return error instanceof QueryFailedError ? (error.driverError as PostgresErrorFields) : {};
}

/** unique_violation, optionally on a named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const f = fields(error);
  return f.code === '23505' && (!constraint || f.constraint === constraint);
}

/** exclusion_violation: two rows overlap where a constraint forbids it. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  const f = fields(error);
  return f.code === '23P01' && (!constraint || f.constraint === constraint);
}

/** foreign_key_violation, or restrict_violation (a referenced row with ON DELETE RESTRICT). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = fields(error).code;
  return code === '23503' || code === '23001';
}

/**
 * PostgreSQL refused work because of other work at the same moment: a deadlock, a
 * serialization failure, an exclusion violation between two concurrent inserts, or a
 * lock wait past lock_timeout. The transaction rolled back; trying again is safe.
 */
export function isConcurrencyFailure(error: unknown): boolean {
  const code = fields(error).code;
  return code === '40P01' || code === '40001' || code === '23P01' || code === '55P03';
}
