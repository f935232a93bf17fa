import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Actor } from '../core/actor/actor';
import { AgendaService } from '../meetings/services/agenda.service';
import { AttendanceService } from '../meetings/services/attendance.service';
import { MeetingsService } from '../meetings/services/meetings.service';
import { BallotsService } from '../voting/services/ballots.service';
import { CastingService } from '../voting/services/casting.service';
import { DEMO_VOTES, type DemoChoice } from './demo-data';

/** The board's sitting: its members arrive, vote on the resolution in the room, and the ballot is counted. */
export async function holdDemoBoardVote(app: INestApplication, actor: Actor, meetingId: string): Promise<void> {
  const attendance = app.get(AttendanceService);
  const { voters } = await app.get(MeetingsService).convenedMembers(actor.organisationId, meetingId);
  for (const memberId of voters) await attendance.recordArrival(actor, meetingId, memberId, 'inPerson');
  const resolutionId = await firstResolution(app, actor, meetingId);
  const ballots = app.get(BallotsService);
  const ballot = await ballots.create(actor, { kind: 'resolution', meetingId, resolutionId, rollBasis: 'attending' });
  await ballots.open(actor, ballot.id);
  const choices = DEMO_VOTES.board.choices;
  await castAll(
    app,
    actor,
    ballot.id,
    voters.map((memberId, i) => [memberId, choices[i % choices.length]]),
  );
  await ballots.close(actor, ballot.id);
}

/** The assembly's accounts, open to a vote ahead of the meeting: some members have voted already. */
export async function openDemoAssemblyVote(app: INestApplication, actor: Actor, meetingId: string, memberIds: Map<string, string>): Promise<void> {
  const resolutionId = await firstResolution(app, actor, meetingId);
  const ballots = app.get(BallotsService);
  const ballot = await ballots.create(actor, { kind: 'resolution', meetingId, resolutionId, rollBasis: 'convened', resultsVisibility: 'live' });
  await ballots.open(actor, ballot.id);
  await castAll(
    app,
    actor,
    ballot.id,
    Object.entries(DEMO_VOTES.assemblyAhead).map(([key, choice]) => [memberIds.get(key)!, choice]),
  );
}

async function firstResolution(app: INestApplication, actor: Actor, meetingId: string): Promise<string> {
  const tree = await app.get(AgendaService).tree(actor, meetingId);
  const resolution = tree.flatMap((node) => node.resolutions)[0];
  if (!resolution) throw new Error('The demo meeting has no resolution to vote on.');
  return resolution.id;
}

/** Each member votes as from their own page: through the same casting path, with a key of their own. */
async function castAll(app: INestApplication, actor: Actor, ballotId: string, votes: [memberId: string, choice: DemoChoice][]): Promise<void> {
  const options = (await app.get(BallotsService).optionsOf(actor.organisationId, [ballotId])).get(ballotId)!;
  const casting = app.get(CastingService);
  for (const [memberId, choice] of votes) {
    const option = options.find((o) => o.code === choice)!;
    await casting.cast({ organisationId: actor.organisationId, memberId, meetingId: null }, { ballotId, choices: [option.id], key: randomUUID() });
  }
}
