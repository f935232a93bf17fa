import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/actor/actor';
import { DomainError } from '../../core/errors/domain-error';
import type { DocumentTarget } from '../entities/document-kind';

/** Where a document goes, checked: the meeting (also an agenda item's) of the actor's organisation. */
export interface CheckedTarget {
  target: DocumentTarget;
  meetingId: string | null;
  agendaItemId: string | null;
}

/**
 * Checks that the meeting or agenda item a document is attached to exists in the actor's
 * organisation (another organisation's answers not found), through the meetings feature.
 */
@Injectable()
export class AttachmentTargets {
  async check(_actor: Actor, target: DocumentTarget, meetingId: string | null, agendaItemId: string | null): Promise<CheckedTarget> {
    if (target === 'library') return { target, meetingId: null, agendaItemId: null };
    if (target === 'meeting') throw DomainError.notFound({ fr: `Réunion ${meetingId ?? ''}`.trim(), en: `Meeting ${meetingId ?? ''}`.trim() });
    throw DomainError.notFound({ fr: `Point de l'ordre du jour ${agendaItemId ?? ''}`.trim(), en: `Agenda item ${agendaItemId ?? ''}`.trim() });
  }
}
