import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor, AuthenticatedAccount } from './actor';
import { executionArgs, executionRequest } from '../graphql/execution-request';
import { clientAddressOf } from './client-address';

/** The actor the OrganisationRoleGuard established for this operation's organisation. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const organisationId = executionArgs(context).organisationId as string;
  const actor = executionRequest(context).actors?.[organisationId];
  if (!actor) throw new Error('CurrentActor used on an operation without @RequireRole');
  return actor;
});

/** The logged-in account (SessionGuard has already refused anonymous callers). */
export const CurrentAccount = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedAccount | undefined => {
  return executionRequest(context).account;
});

/** The caller's address, for rate limits and session records: always a valid IP of 64 characters at most. */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  return clientAddressOf(executionRequest(context));
});
