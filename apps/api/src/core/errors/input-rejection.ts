import { GraphQLError, type ASTNode } from 'graphql';
import type { LocalisedMessage } from './domain-error';

/** The reason every refusal of malformed input carries (the same as a service's InvalidInput). */
export const INVALID_INPUT_REASON = 'INVALID_INPUT';

/**
 * Malformed input refused before any resolver runs (by a scalar or the input guard): code
 * BAD_USER_INPUT, HTTP 400, French message, both languages in extensions.messages. Nothing
 * has been read or written when it is thrown.
 */
export class InputRejection extends GraphQLError {
  constructor(
    readonly messages: LocalisedMessage,
    options: { field?: string; nodes?: ASTNode | readonly ASTNode[] } = {},
  ) {
    super(messages.fr, {
      nodes: options.nodes,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: INVALID_INPUT_REASON,
        messages,
        ...(options.field ? { field: options.field } : {}),
        http: { status: 400 },
      },
    });
    this.name = 'InputRejection';
  }
}

/** Whether an error, or the error it wraps, is an InputRejection. */
export function inputRejectionIn(error: unknown): InputRejection | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof InputRejection) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}
