import type { INestApplication } from '@nestjs/common';
import { AccountRolesService } from '../access/account-roles.service';
import { AccountsService } from '../auth/services/accounts.service';
import type { Actor } from '../core/actor/actor';
import { AgendaService } from '../meetings/services/agenda.service';
import { MembersService } from '../members/members.service';
import { MinutesService } from '../minutes/services/minutes.service';
import { DEMO_ACCOUNTS, DEMO_BOARD_MINUTES } from './demo-data';

/**
 * The minutes of the board's last sitting, drafted, summed up by the secretary (the demo
 * account, Nadia) and approved by her and by the chair (Hélène, who has an account of her
 * own): frozen as PDF and entered in the decision register, as a real approval would.
 */
export async function approveDemoBoardMinutes(app: INestApplication, actor: Actor, meetingId: string, memberIds: Map<string, string>): Promise<void> {
  const chairMemberId = memberIds.get('helene')!;
  const chairAccount = await app.get(AccountsService).create({ ...DEMO_ACCOUNTS.chair, password: DEMO_ACCOUNTS.password });
  await app.get(AccountRolesService).grant(actor.organisationId, chairAccount.id, 'member');
  await app.get(MembersService).linkAccount(actor.organisationId, chairMemberId, chairAccount.id);

  const minutes = app.get(MinutesService);
  const draft = await minutes.draft(actor, meetingId);
  const [item] = await app.get(AgendaService).tree(actor, meetingId);
  await minutes.update(actor, draft.id, {
    chairMemberId,
    secretaryMemberId: memberIds.get('nadia')!,
    summaries: [{ agendaItemId: item.item.id, summary: DEMO_BOARD_MINUTES.summary }],
  });
  await minutes.approve(actor, draft.id);
  await minutes.approve({ ...actor, accountId: chairAccount.id, role: 'member' }, draft.id);
}
