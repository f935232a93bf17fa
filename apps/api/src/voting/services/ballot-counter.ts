import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Convocation, MeetingKind } from '@collegial/governance';
import { BodiesService } from '../../bodies/bodies.service';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { Transactions } from '../../core/transactions/transactions';
import { MeetingsService, readerIn } from '../../meetings/services/meetings.service';
import { MembersService } from '../../members/members.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import { Ballot } from '../entities/ballot.entity';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { countBallot, type BallotCount, type CountedOption, type RollSize, type StoredVotes } from './ballot-count';
import { ballotLockKey } from './ballot-lock';
import { boxSeal, groupedVotes } from './box-content';

export interface Recount {
  /** The recount gives the stored outcome, figures and seal. */
  agrees: boolean;
  count: BallotCount;
  seal: string;
}

/**
 * Closing and recounting. Closing takes the ballot's advisory lock exclusively (it waits
 * for the votes being written; none is written after), reads the stored votes grouped,
 * rewrites a secret box in random order, seals it and stores the result: a fixed number
 * of queries whatever the number of votes. A recount redoes the count from the stored
 * votes and compares.
 */
@Injectable()
export class BallotCounter {
  constructor(
    @InjectTenantRepository(Ballot) private readonly ballots: TenantRepository<Ballot>,
    private readonly transactions: Transactions,
    private readonly meetings: MeetingsService,
    private readonly bodies: BodiesService,
    private readonly organisations: OrganisationsService,
    private readonly members: MembersService,
    private readonly clock: Clock,
  ) {}

  async close(organisationId: string, ballotId: string): Promise<void> {
    await this.transactions.withTransaction(async () => {
      const tx = this.transactions.tx;
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [ballotLockKey(ballotId)]);
      const ballot = await this.lockedBallot(organisationId, ballotId);
      if (ballot.status !== 'open') {
        throw new DomainError(
          ErrorReason.BallotStatusForbids,
          ballot.status === 'closed'
            ? { fr: `Le scrutin « ${ballot.title} » est déjà clos.`, en: `The ballot "${ballot.title}" is already closed.` }
            : { fr: `Le scrutin « ${ballot.title} » n'est pas encore ouvert.`, en: `The ballot "${ballot.title}" is not open yet.` },
          { status: ballot.status },
        );
      }
      if (ballot.secret) {
        // New random ids, random order: nothing in the rows' place or transaction recalls when each was cast.
        await tx.query(
          `WITH old AS (DELETE FROM ballot_box WHERE ballot_id = $1 RETURNING organisation_id, ballot_id, choices, college_id, weight, receipt)
           INSERT INTO ballot_box (organisation_id, ballot_id, choices, college_id, weight, receipt)
           SELECT organisation_id, ballot_id, choices, college_id, weight, receipt FROM old ORDER BY random()`,
          [ballotId],
        );
      }
      const drawSeed = ballot.drawSeed ?? randomSeed();
      const { count, seal, ballots } = await this.count(ballot, drawSeed);
      await tx.query(
        `UPDATE ballots SET status = 'closed', closed_at = $2, result = $3, outcome = $4, explanation_fr = $5, explanation_en = $6,
                box_seal = $7, cast_count = $8, draw_seed = $9 WHERE id = $1`,
        [ballotId, this.clock.now(), count.result, count.outcome, count.explanation.fr, count.explanation.en, seal, ballots, count.drewLots ? drawSeed : null],
      );
    });
  }

  async recount(organisationId: string, ballot: Ballot): Promise<Recount> {
    const { count, seal } = await this.count(ballot, ballot.drawSeed ?? randomSeed());
    const agrees =
      ballot.status === 'closed' &&
      count.outcome === ballot.outcome &&
      seal === ballot.boxSeal &&
      canonical(count.result) === canonical(ballot.result) &&
      count.explanation.fr === ballot.explanationFr;
    return { agrees, count, seal };
  }

  private async count(ballot: Ballot, drawSeed: string): Promise<{ count: BallotCount; seal: string; ballots: number }> {
    const tx = this.transactions.tx;
    // One after the other: inside the closing's transaction they share one connection.
    const votes = await tx.query<{ choices: string[]; college_id: string | null; weight: number }[]>(groupedVotes(ballot.secret), [ballot.id]);
    const roll = await tx.query<{ college_id: string | null; votes: number }[]>(
      `SELECT college_id, sum(weight)::int AS votes FROM ballot_roll WHERE ballot_id = $1 GROUP BY 1`,
      [ballot.id],
    );
    const sealRows = await tx.query<{ seal: string; ballots: number }[]>(boxSeal(ballot.secret), [ballot.id]);
    const options = await tx.query<{ id: string; label: string; code: string | null; candidate_member_id: string | null }[]>(
      `SELECT id, label, code, candidate_member_id FROM ballot_options WHERE ballot_id = $1 ORDER BY position`,
      [ballot.id],
    );
    // Candidates' birth dates (ties by age) from the members feature, not its table.
    const candidates = await this.members.summariesOf(
      ballot.organisationId,
      options.flatMap((o) => (o.candidate_member_id ? [o.candidate_member_id] : [])),
    );
    const context = await this.meetingContext(ballot);
    const counted: CountedOption[] = options.map((o) => ({
      id: o.id,
      label: o.label,
      code: o.code,
      candidateBirthDate: o.candidate_member_id ? (candidates.get(o.candidate_member_id)?.birthDate ?? null) : null,
    }));
    const stored: StoredVotes[] = votes.map((v) => ({ choices: v.choices, collegeId: v.college_id, weight: v.weight }));
    const sizes: RollSize[] = roll.map((r) => ({ collegeId: r.college_id, votes: r.votes }));
    const profile = await this.organisations.profileOf(ballot.organisationId);
    const count = countBallot(
      {
        kind: ballot.kind,
        seats: ballot.seats,
        options: counted,
        profile,
        ...context,
        chairChoice: await this.chairChoice(ballot, context.chairMemberId, counted),
        drawSeed,
      },
      stored,
      sizes,
    );
    return { count, seal: sealRows[0].seal, ballots: sealRows[0].ballots };
  }

  private async meetingContext(
    ballot: Ballot,
  ): Promise<{ body: Awaited<ReturnType<BodiesService['get']>>['kind']; meetingKind: MeetingKind; convocation: Convocation; chairMemberId: string | null }> {
    const reader = readerIn(ballot.organisationId);
    if (ballot.meetingId) {
      const meeting = await this.meetings.get(reader, ballot.meetingId);
      return { body: meeting.body!.kind, meetingKind: meeting.kind, convocation: meeting.convocation, chairMemberId: meeting.chairMemberId };
    }
    const body = await this.bodies.get(reader, ballot.bodyId);
    return { body: body.kind, meetingKind: 'ordinary', convocation: 'first', chairMemberId: null };
  }

  /** The chair's own vote in a public resolution ballot: it settles an equal split when the profile gives a casting vote. */
  private async chairChoice(ballot: Ballot, chairMemberId: string | null, options: readonly CountedOption[]): Promise<'yes' | 'no' | 'abstain' | null> {
    if (ballot.kind !== 'resolution' || ballot.secret || !chairMemberId) return null;
    const rows = await this.transactions.tx.query<{ choices: string[] }[]>(`SELECT choices FROM ballot_votes WHERE ballot_id = $1 AND member_id = $2`, [
      ballot.id,
      chairMemberId,
    ]);
    const code = options.find((o) => o.id === rows[0]?.choices[0])?.code;
    return code === 'yes' || code === 'no' || code === 'abstain' ? code : null;
  }

  private async lockedBallot(organisationId: string, ballotId: string): Promise<Ballot> {
    const ballot = await this.ballots.of(organisationId).findOne({ id: ballotId }, { lock: { mode: 'pessimistic_write' } });
    if (!ballot) throw DomainError.notFound({ fr: 'Scrutin', en: 'Ballot' });
    return ballot;
  }
}

function randomSeed(): string {
  return randomBytes(16).toString('hex');
}

/** JSON with keys sorted: jsonb keeps its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
