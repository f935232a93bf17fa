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

export function isForeignKeyViolation(error: unknown): boolean {
  return fields(error).code === '23503';
}
