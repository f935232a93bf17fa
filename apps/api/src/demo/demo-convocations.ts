import type { INestApplication } from '@nestjs/common';
import type { Actor } from '../core/actor/actor';
import { PersonalLinksService } from '../convocations/personal-links/personal-links.service';
import { ConvocationsService } from '../convocations/services/convocations.service';
import { RepliesService } from '../convocations/services/replies.service';
import { DEMO_REPLIES } from './demo-data';

export interface DemoConvening {
  byEmail: number;
  byPost: number;
}

/**
 * Convenes the demo assembly as the secretary would (sendConvocations): the notice checked,
 * one convocation per member, the e-mails queued in the durable queue, which delivers them
 * in the background (written as .eml files under DATA_DIR/mail without SMTP_URL). Then some
 * members reply as through their personal link, so the rules on proxies apply.
 */
export async function conveneDemoAssembly(
  app: INestApplication,
  actor: Actor,
  meeting: { id: string; end: Date },
  memberIds: Map<string, string>,
): Promise<DemoConvening> {
  const { sending } = await app.get(ConvocationsService).send(actor, meeting.id);
  const links = app.get(PersonalLinksService);
  const replies = app.get(RepliesService);
  const idOf = (key: string) => {
    const id = memberIds.get(key);
    if (!id) throw new Error(`The demo reply names an unknown member "${key}".`);
    return id;
  };
  for (const reply of DEMO_REPLIES) {
    // A link of the member's own, resolved as the member's page resolves it, used once then
    // revoked: the member's link to keep is the one in their convocation.
    const { token, link } = await links.issue(actor.organisationId, meeting.id, idOf(reply.member), meeting.end);
    const guest = await links.resolve(token);
    await replies.reply(guest, { answer: reply.answer, holderMemberId: reply.holder ? idOf(reply.holder) : null });
    await links.revoke(actor.organisationId, link.id);
  }
  return { byEmail: sending.byEmail, byPost: sending.byPost };
}
