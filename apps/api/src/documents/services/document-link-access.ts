import { Injectable } from '@nestjs/common';

/** What a personal link opens, for documents: one meeting of one organisation. */
export interface MeetingOpenedByLink {
  organisationId: string;
  meetingId: string;
}

/**
 * Reads a personal link's token (convocations implements it): the meeting it opens, or null
 * when the token is unknown, forged or expired. Documents cannot import convocations (it
 * imports documents), so convocations registers its implementation here at start:
 *
 * ```ts
 * constructor(private readonly documentLinks: DocumentLinkAccess) {}
 * onModuleInit() { this.documentLinks.register({ meetingOpenedBy: (token) => this.personalLinks.meetingOf(token) }); }
 * ```
 */
export interface DocumentAccessByLink {
  meetingOpenedBy(token: string): Promise<MeetingOpenedByLink | null>;
}

/** Where the personal-link check is registered; without one, no link opens any document. */
@Injectable()
export class DocumentLinkAccess implements DocumentAccessByLink {
  private checker: DocumentAccessByLink | null = null;

  register(checker: DocumentAccessByLink): void {
    this.checker = checker;
  }

  meetingOpenedBy(token: string): Promise<MeetingOpenedByLink | null> {
    return this.checker ? this.checker.meetingOpenedBy(token) : Promise.resolve(null);
  }
}
