import type { Request, Response } from 'express';
import type { Actor, AuthenticatedAccount } from '../actor/actor';

export interface CollegialRequest extends Request {
  account?: AuthenticatedAccount;
  /** Per organisation, set by OrganisationRoleGuard: one request may name several. */
  actors?: Record<string, Actor>;
}

export interface GraphQLContext {
  req: CollegialRequest;
  res: Response;
}
