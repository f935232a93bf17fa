import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/actor/actor';
import { AgendaService } from '../../meetings/services/agenda.service';
import { MeetingsService } from '../../meetings/services/meetings.service';
import type { DocumentTarget } from '../entities/document-kind';
import { invalidUpload } from './document-messages';

/** Where a document goes, checked: the meeting (also an agenda item's) of the actor's organisation. */
export interface CheckedTarget {
  target: DocumentTarget;
  meetingId: string | null;
  agendaItemId: string | null;
}

/**
 * Checks, through the meetings feature, that the meeting or agenda item a document is
 * attached to exists in the actor's organisation (another organisation's is not found).
 * An agenda item's document also records the item's meeting: a meeting's personal link
 * opens the documents of its items too.
 */
@Injectable()
export class AttachmentTargets {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
  ) {}

  async check(actor: Actor, target: DocumentTarget, meetingId: string | null, agendaItemId: string | null): Promise<CheckedTarget> {
    if (target === 'library') {
      if (meetingId || agendaItemId) {
        throw invalidUpload(
          'Un document de la bibliothèque n’est rattaché ni à une réunion ni à un point de l’ordre du jour.',
          'A library document is attached to no meeting and no agenda item.',
        );
      }
      return { target, meetingId: null, agendaItemId: null };
    }
    if (target === 'meeting') {
      const meeting = await this.meetings.get(actor, meetingId!);
      return { target, meetingId: meeting.id, agendaItemId: null };
    }
    const item = await this.agenda.getItem(actor, agendaItemId!);
    if (meetingId && meetingId !== item.meetingId) {
      throw invalidUpload('Ce point appartient à une autre réunion que celle indiquée.', 'This agenda item belongs to another meeting than the one given.');
    }
    return { target, meetingId: item.meetingId, agendaItemId: item.id };
  }
}
