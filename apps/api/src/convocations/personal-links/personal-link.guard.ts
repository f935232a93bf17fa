import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Public } from '../../core/actor/public.decorator';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { executionArgs, executionRequest } from '../../core/graphql/execution-request';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import type { MeetingGuest } from './meeting-guest';
import { PersonalLinksService } from './personal-links.service';

/** The header a page or a client sends its personal link in, when not as the `link` argument. */
export const PERSONAL_LINK_HEADER = 'x-personal-link';

type GuestRequest = CollegialRequest & { meetingGuest?: MeetingGuest };

const NO_LINK = {
  fr: "Ouvrez cette page depuis le lien personnel de votre convocation : il n'a pas été transmis.",
  en: 'Open this page from the personal link in your convocation: it was not sent.',
};

/** Resolves the personal link (GraphQL argument `link`, or the X-Personal-Link header) into a MeetingGuest. */
@Injectable()
export class PersonalLinkGuard implements CanActivate {
  constructor(private readonly links: PersonalLinksService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = executionRequest(context) as GuestRequest;
    const argument = executionArgs(context).link;
    const header = request.headers[PERSONAL_LINK_HEADER];
    const token = typeof argument === 'string' ? argument : typeof header === 'string' ? header.trim() : '';
    if (!token) throw new DomainError(ErrorReason.PersonalLinkUnusable, NO_LINK);
    request.meetingGuest = await this.links.resolve(token);
    return true;
  }
}

export const VIA_PERSONAL_LINK = 'collegial:via-personal-link';

/** An operation for the holder of a personal link, no account needed: @CurrentGuest() gives who they are. */
export const ViaPersonalLink = () => applyDecorators(Public(), SetMetadata(VIA_PERSONAL_LINK, true), UseGuards(PersonalLinkGuard));

/** The member and meeting the personal link stands for (PersonalLinkGuard has checked it). */
export const CurrentGuest = createParamDecorator((_data: unknown, context: ExecutionContext): MeetingGuest => {
  const guest = (executionRequest(context) as GuestRequest).meetingGuest;
  if (!guest) throw new Error('CurrentGuest used on an operation without @ViaPersonalLink');
  return guest;
});

/** The guest when a personal link was given, for routes that also accept a session. */
export const OptionalGuest = createParamDecorator((_data: unknown, context: ExecutionContext): MeetingGuest | undefined => {
  return (executionRequest(context) as GuestRequest).meetingGuest;
});
