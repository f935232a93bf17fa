import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { executionRequest } from '../../core/graphql/execution-request';
import { PUBLIC_OPERATION } from '../../core/actor/public.decorator';
import { SessionsService } from './sessions.service';

const NOT_LOGGED_IN = {
  fr: 'Vous devez être connecté : votre session a peut-être expiré.',
  en: 'You must be logged in: your session may have expired.',
};

/** Every operation needs a live session unless marked @Public(). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = executionRequest(context);
    if (request.account === undefined) {
      const header = request.headers.authorization ?? '';
      const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      request.account = (token ? await this.sessions.authenticate(token) : null) ?? undefined;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, [context.getHandler(), context.getClass()]);
    if (isPublic || request.account) return true;
    throw new DomainError(ErrorReason.Unauthenticated, NOT_LOGGED_IN);
  }
}
