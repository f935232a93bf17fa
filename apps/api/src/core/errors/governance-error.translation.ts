import { GovernanceError } from '@collegial/governance';
import { DomainError, ErrorReason } from './domain-error';

/** Runs a libs/governance check; its refusal becomes the api's typed error. */
export function underRules<T>(reason: ErrorReason, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof GovernanceError) {
      throw new DomainError(reason, error.messages, {
        governanceCode: error.code,
        ...(error.path ? { path: error.path } : {}),
      });
    }
    throw error;
  }
}
