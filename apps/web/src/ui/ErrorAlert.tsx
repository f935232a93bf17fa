import { Alert } from '@mantine/core';
import type { CombinedError } from 'urql';
import { errorMessage } from '../api/error-message';

/** A refused request's message, announced to screen readers. */
export function ErrorAlert({ error }: { error?: CombinedError | null }) {
  if (!error) return null;
  return (
    <Alert color="red" role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
