import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { AccountRolesService } from '../access/account-roles.service';
import { AccountsService } from '../auth/services/accounts.service';
import type { Actor } from '../core/actor/actor';
import type { AppConfig } from '../config/app-config';
import { BodiesService } from '../bodies/bodies.service';
import { CollegesService } from '../colleges/colleges.service';
import { MandatesService } from '../mandates/mandates.service';
import { MembersService } from '../members/members.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { AgendaService } from '../meetings/services/agenda.service';
import { BodyRhythmsService } from '../meetings/services/body-rhythms.service';
import { MeetingsService } from '../meetings/services/meetings.service';
import { conveneDemoAssembly, type DemoConvening } from './demo-convocations';
import { DEMO_ACCOUNTS, DEMO_ASSEMBLY, DEMO_BOARD, DEMO_HANDOVER, DEMO_MEMBERS, DEMO_ORGANISATION, DEMO_PAST_BOARD_MEETING, DEMO_VOTES } from './demo-data';
import { seedDemoDocuments } from './demo-documents';
import { holdDemoBoardVote, openDemoAssemblyVote } from './demo-votes';

export interface DemoLogin {
  email: string;
  password: string;
  organisationId: string;
  created: boolean;
  /** When created: how the general assembly's convocations went out. */
  convening: DemoConvening | null;
}

/**
 * Seeds the demonstration SCIC through the same services the API uses, so it obeys every
 * rule. Idempotent: when the demo account already has its organisation, nothing is added.
 */
export async function seedDemo(app: INestApplication): Promise<DemoLogin> {
  // Initialised first (a no-op when it already is; `npm start` seeds before listening): the
  // job queue starts with its handlers registered, so the convocations queued below are
  // delivered in the background by this application.
  await app.init();
  const accounts = app.get(AccountsService);
  const organisations = app.get(OrganisationsService);
  const existing = await accounts.findByEmail(DEMO_ACCOUNTS.admin.email);
  if (existing) {
    const mine = await app.get(AccountRolesService).organisationsOf(existing.id);
    const demo = mine.find((m) => m.organisation.name === DEMO_ORGANISATION.name);
    if (demo) return { email: existing.email, password: DEMO_ACCOUNTS.password, organisationId: demo.organisation.id, created: false, convening: null };
  }
  const account = existing ?? (await accounts.create({ ...DEMO_ACCOUNTS.admin, password: DEMO_ACCOUNTS.password }));
  const organisation = await organisations.create(account.id, DEMO_ORGANISATION);
  const actor: Actor = { accountId: account.id, organisationId: organisation.id, role: 'admin' };

  const colleges = new Map((await app.get(CollegesService).list(actor)).map((c) => [c.name, c.id]));
  const members = app.get(MembersService);
  // In one transaction, as a members file is imported: the same rules, a fraction of the time.
  await members.addMany(
    actor,
    DEMO_MEMBERS.map((demo) => ({
      kind: demo.kind,
      name: demo.name,
      email: demo.email ?? null,
      birthDate: demo.birthDate ?? null,
      joinedOn: demo.joinedOn,
      collegeId: colleges.get(demo.college) ?? null,
      hasVotingRights: !demo.noVote,
      votingRightsReason: demo.noVote ?? null,
      eNoticeConsent: Boolean(demo.email),
      representative: demo.representative ?? null,
    })),
  );
  const byName = new Map((await members.list(actor, { includeLeft: true })).map((m) => [m.name, m.id]));
  const memberIds = new Map(DEMO_MEMBERS.map((demo) => [demo.key, byName.get(demo.name)!]));
  for (const demo of DEMO_MEMBERS) {
    const memberId = memberIds.get(demo.key)!;
    if (demo.nextRepresentative) {
      await members.changeRepresentative(actor, memberId, { name: demo.nextRepresentative.name }, demo.nextRepresentative.sinceOn);
    }
    if (demo.leftOn) await members.recordDeparture(actor, memberId, demo.leftOn);
  }
  // The demo account is Nadia's: the secretary who prepares the meetings.
  await members.linkAccount(organisation.id, memberIds.get('nadia')!, account.id);

  const bodies = app.get(BodiesService);
  const assembly = await bodies.create(actor, { kind: 'generalAssembly', name: 'Assemblée générale des associés' });
  const board = await bodies.create(actor, { kind: 'board', name: "Conseil d'administration" });
  const mandates = app.get(MandatesService);
  for (const seat of DEMO_BOARD) {
    await mandates.appoint(actor, {
      bodyId: board.id,
      memberId: memberIds.get(seat.member)!,
      role: seat.role,
      startOn: seat.startOn,
      appointedBy: seat.appointedBy,
    });
  }
  await mandates.handOver(actor, {
    bodyId: board.id,
    role: DEMO_HANDOVER.role,
    successorMemberId: memberIds.get(DEMO_HANDOVER.successor)!,
    on: DEMO_HANDOVER.on,
    decision: DEMO_HANDOVER.decision,
  });
  const general = await seedMeetings(app, actor, { assemblyId: assembly.id, boardId: board.id }, memberIds);
  // The documents before the convocations: each e-mail lists the assembly's documents.
  await seedDemoDocuments(app, actor, general.agendaItemIds);
  const convening = await conveneDemoAssembly(app, actor, general.meeting, memberIds);
  await openDemoAssemblyVote(app, actor, general.meeting.id, memberIds);
  return { email: account.email, password: DEMO_ACCOUNTS.password, organisationId: organisation.id, created: true, convening };
}

/** A general assembly with its agenda (its items by key), and a board meeting already held. */
async function seedMeetings(
  app: INestApplication,
  actor: Actor,
  bodies: { assemblyId: string; boardId: string },
  memberIds: Map<string, string>,
): Promise<{ meeting: { id: string; end: Date }; agendaItemIds: Map<string, string> }> {
  const meetings = app.get(MeetingsService);
  const agenda = app.get(AgendaService);
  const day = (offsetDays: number, hourUtc: number) => {
    const at = new Date();
    at.setUTCDate(at.getUTCDate() + offsetDays);
    at.setUTCHours(hourUtc, 0, 0, 0);
    return at;
  };
  const startsAt = day(DEMO_ASSEMBLY.daysAhead, DEMO_ASSEMBLY.hourUtc);
  const chair = memberIds.get('helene')!;
  const assembly = await meetings.schedule(actor, {
    bodyId: bodies.assemblyId,
    kind: 'ordinary',
    title: `Assemblée générale ordinaire ${startsAt.getUTCFullYear()}`,
    startsAt,
    durationMinutes: DEMO_ASSEMBLY.durationMinutes,
    place: DEMO_ASSEMBLY.place,
    chairMemberId: chair,
  });
  const agendaItemIds = new Map<string, string>();
  for (const point of DEMO_ASSEMBLY.agenda) {
    const node = await agenda.addItem(actor, assembly.id, {
      kind: point.kind,
      title: point.title,
      presenterMemberId: memberIds.get(point.presenter)!,
      plannedMinutes: point.plannedMinutes,
    });
    agendaItemIds.set(point.key, node.item.id);
    if ('resolution' in point && point.resolution) await agenda.addResolution(actor, node.item.id, point.resolution);
  }

  const past = DEMO_PAST_BOARD_MEETING;
  const heldAt = day(-past.daysAgo, past.hourUtc);
  const board = await meetings.schedule(actor, {
    bodyId: bodies.boardId,
    startsAt: heldAt,
    durationMinutes: past.durationMinutes,
    place: past.place,
    chairMemberId: chair,
  });
  const boardItem = await agenda.addItem(actor, board.id, { kind: 'deliberation', title: past.agendaTitle, presenterMemberId: memberIds.get('nadia')! });
  await agenda.addResolution(actor, boardItem.item.id, DEMO_VOTES.board.resolution);
  await meetings.markConvened(actor, board.id, day(-past.daysAgo - 15, past.hourUtc));
  await meetings.open(actor, board.id, heldAt);
  // The board voted in the room before the sitting closed.
  await holdDemoBoardVote(app, actor, board.id);
  await meetings.close(actor, board.id, new Date(heldAt.getTime() + past.durationMinutes * 60_000));
  await app.get(BodyRhythmsService).set(actor, bodies.boardId, past.rhythmMonths);
  const end = new Date(startsAt.getTime() + DEMO_ASSEMBLY.durationMinutes * 60_000);
  return { meeting: { id: assembly.id, end }, agendaItemIds };
}

/** With DEMO=1, or on the embedded database in development: the demo is there to log in to. */
export async function seedDemoIfAsked(app: INestApplication, config: AppConfig, embedded: boolean, say: (line: string) => void): Promise<void> {
  if (!config.seedDemo && !(embedded && config.environment === 'development')) return;
  const login = await seedDemo(app);
  say(`${login.created ? 'Demo data created' : 'Demo data present'}: "${DEMO_ORGANISATION.name}" (organisationId ${login.organisationId})`);
  if (login.convening) {
    const { byEmail, byPost } = login.convening;
    const where = config.smtpUrl
      ? 'sent through SMTP_URL'
      : `written as .eml files under ${resolve(config.dataDir, 'mail')} (no SMTP_URL): each holds the member's personal link, ${config.publicUrl}/m#…`;
    say(`The general assembly is convened: ${byEmail} e-mails queued, ${where}; ${byPost} members to convene by post`);
  }
  say(`Log in with logIn(email: "${login.email}", password: "${login.password}"), or sign in with them at ${config.publicUrl}/login`);
}
