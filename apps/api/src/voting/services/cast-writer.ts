import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { VotingEvents } from '../voting-events';
import { ballotLockKey } from './ballot-lock';

/** One vote, checked against the ballot's definition, ready to be written. */
export interface PreparedCast {
  ballotId: string;
  /** Whose vote. */
  memberId: string;
  /** Who casts it. */
  casterMemberId: string;
  choices: readonly string[];
  keyHash: Buffer;
  receipt: string;
}

/** What the database said of one vote. */
export type CastOutcome =
  | { kind: 'recorded'; castAt: Date }
  | { kind: 'replayed'; castAt: Date; receipt: string | null }
  | { kind: 'notOpen'; status: string | null }
  | { kind: 'notOnRoll'; casterMemberId: string | null }
  | { kind: 'alreadyVoted' }
  | { kind: 'blankProxyBound' };

interface Pending {
  cast: PreparedCast;
  resolve: (outcome: CastOutcome) => void;
  reject: (error: unknown) => void;
}

/** Batches larger than this wait for the next round. */
const MAX_BATCH = 256;
/** Batches written at the same time: one committing while the next one fills. */
const MAX_IN_FLIGHT = 2;

/**
 * Writes votes by group commit: the votes that arrive while a batch is being written go
 * together into the next one, in one call of the database's `cast_votes` (one round trip,
 * one transaction), and each vote is answered only after its batch commits. One vote per member is enforced by unique
 * indexes, not by counting; the roll (caster included) by a join and a foreign key; the
 * ballot's being open by reading its status after taking the ballot's shared advisory
 * lock, which closing takes exclusively, so no vote commits after its ballot's count.
 */
@Injectable()
export class CastWriter implements OnModuleDestroy {
  private readonly logger = new Logger(CastWriter.name);
  private readonly queue: Pending[] = [];
  private inFlight = 0;
  private readonly idle = new Set<() => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: VotingEvents,
  ) {}

  write(cast: PreparedCast): Promise<CastOutcome> {
    return new Promise<CastOutcome>((resolve, reject) => {
      this.queue.push({ cast, resolve, reject });
      this.pump();
    });
  }

  /** Lets the batches under way commit and answer before the pool closes. */
  async onModuleDestroy(): Promise<void> {
    while (this.inFlight > 0 || this.queue.length > 0) {
      await new Promise<void>((resolve) => this.idle.add(resolve));
    }
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      const batch = this.takeBatch();
      this.inFlight++;
      void this.writeBatch(batch).finally(() => {
        this.inFlight--;
        if (this.inFlight === 0 && this.queue.length === 0) for (const resolve of this.idle) resolve();
        this.idle.clear();
        this.pump();
      });
    }
  }

  /** Up to MAX_BATCH votes, one per member and ballot: a twin waits for the next batch and meets the first's row. */
  private takeBatch(): Pending[] {
    const batch: Pending[] = [];
    const seen = new Set<string>();
    const later: Pending[] = [];
    while (this.queue.length > 0 && batch.length < MAX_BATCH) {
      const pending = this.queue.shift()!;
      const key = `${pending.cast.ballotId}|${pending.cast.memberId}`;
      if (seen.has(key)) later.push(pending);
      else {
        seen.add(key);
        batch.push(pending);
      }
    }
    this.queue.unshift(...later);
    return batch;
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    try {
      const casts = batch.map((p) => p.cast);
      const outcomes = await this.writeVotes(casts);
      batch.forEach((pending, i) => pending.resolve(outcomes[i]));
      const changed = [...new Set(batch.filter((_, i) => outcomes[i].kind === 'recorded').map((p) => p.cast.ballotId))];
      if (changed.length > 0) this.events.votesCommitted(changed);
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // One vote the database refuses must not fail the others: each goes alone.
      this.logger.warn(`A batch of ${batch.length} votes failed (${String(error)}); writing them one by one.`);
      for (const pending of batch) await this.writeBatch([pending]);
    }
  }

  /**
   * The batch's votes, each answered: recorded, a retry, or why not. One call of
   * `cast_votes` (migration CastVotesFunction): one round trip, its own transaction,
   * committed when it answers.
   */
  private async writeVotes(casts: readonly PreparedCast[]): Promise<CastOutcome[]> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const { rows } = await pool.query<OutcomeRow>(CAST_VOTES, [
      [...new Set(casts.map((c) => c.ballotId))].map(ballotLockKey),
      casts.map((c) => c.ballotId),
      casts.map((c) => c.memberId),
      casts.map((c) => c.casterMemberId),
      casts.map((c) => `{${c.choices.join(',')}}`),
      casts.map((c) => c.keyHash),
      casts.map((c) => c.receipt),
    ]);
    const outcomes: (CastOutcome | undefined)[] = casts.map(() => undefined);
    for (const row of rows) outcomes[row.idx] = outcomeOf(casts[row.idx], row);
    if (outcomes.some((o) => o === undefined)) throw new Error('cast_votes left a vote unanswered');
    return outcomes as CastOutcome[];
  }
}

const CAST_VOTES = 'SELECT * FROM cast_votes($1::bigint[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::bytea[], $7::text[])';

/** A row of `cast_votes`: a vote recorded, or the facts that say why not. */
interface OutcomeRow {
  idx: number;
  recorded: boolean;
  cast_at: Date | null;
  status: string | null;
  caster_member_id: string | null;
  bound: boolean | null;
  key_hash: Buffer | null;
  receipt: string | null;
}

function outcomeOf(cast: PreparedCast, row: OutcomeRow): CastOutcome {
  if (row.recorded) return { kind: 'recorded', castAt: row.cast_at! };
  if (row.key_hash && row.cast_at && row.key_hash.equals(cast.keyHash)) return { kind: 'replayed', castAt: row.cast_at, receipt: row.receipt };
  if (row.status !== 'open') return { kind: 'notOpen', status: row.status };
  if (row.caster_member_id !== cast.casterMemberId) return { kind: 'notOnRoll', casterMemberId: row.caster_member_id };
  // A blank proxy on a resolution of the agenda votes for the board's resolutions and against the others, cast at opening.
  if (row.bound) return { kind: 'blankProxyBound' };
  return { kind: 'alreadyVoted' };
}
