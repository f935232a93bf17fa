import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { VotingEvents } from '../voting-events';
import { ballotLockKey } from './ballot-lock';

/** One vote, checked against the ballot's definition, ready to be written. */
export interface PreparedCast {
  ballotId: string;
  secret: boolean;
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
 * together into the next one, in one transaction of a few statements, and each vote is
 * answered only after its batch commits. One vote per member is enforced by unique
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
      const outcomes = await this.inTransaction(sharedLocks(casts), (client) => writeVotes(client, casts));
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

  /** `opening` goes with BEGIN in one round trip (a simple query: no parameters). */
  private async inTransaction<T>(opening: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const client = await pool.connect();
    // A connection lost between two statements is an 'error' event, not a rejected query:
    // heard here, the next statement fails and the batch's votes are answered with the error.
    const lost = (error: Error) => this.logger.warn(`A vote batch lost its connection: ${error.message}`);
    client.on('error', lost);
    try {
      await client.query(`BEGIN; ${opening}`);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', lost);
      client.release();
    }
  }
}

/**
 * The batch's ballots locked shared, in a fixed order; a closing takes a ballot's lock
 * exclusively. Sent with BEGIN, before the statements that read the ballot's status: each
 * of them takes its snapshot after the lock is held.
 */
function sharedLocks(casts: readonly PreparedCast[]): string {
  const keys = [...new Set(casts.map((c) => ballotLockKey(c.ballotId)))];
  // Inlined, so that BEGIN and the locks go in one round trip: each key is a bigint in decimal.
  if (!keys.every((k) => /^-?\d{1,19}$/.test(k))) throw new Error('A ballot lock key is not a bigint');
  return `SELECT pg_advisory_xact_lock_shared(k) FROM (SELECT DISTINCT unnest(ARRAY[${keys.join(',')}]::bigint[]) AS k ORDER BY 1) AS keys`;
}

const INPUT = `unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::bytea[], $6::text[]) AS i(ballot_id, member_id, caster, choices, key_hash, receipt)`;

/** The batch's votes, each answered: recorded, a retry, or why not. */
async function writeVotes(client: PoolClient, casts: readonly PreparedCast[]): Promise<CastOutcome[]> {
  const outcomes: (CastOutcome | undefined)[] = casts.map(() => undefined);
  const index = new Map(casts.map((c, i) => [`${c.ballotId}|${c.memberId}`, i]));
  for (const secret of [false, true]) {
    const part = casts.filter((c) => c.secret === secret);
    if (part.length === 0) continue;
    const params = [
      part.map((c) => c.ballotId),
      part.map((c) => c.memberId),
      part.map((c) => c.casterMemberId),
      part.map((c) => `{${c.choices.join(',')}}`),
      part.map((c) => c.keyHash),
      part.map((c) => c.receipt),
    ];
    const { rows } = await client.query<{ ballot_id: string; member_id: string; cast_at: Date }>(secret ? SECRET_INSERT : PUBLIC_UPSERT, params);
    for (const row of rows) outcomes[index.get(`${row.ballot_id}|${row.member_id}`)!] = { kind: 'recorded', castAt: row.cast_at };
  }
  const missing = casts.map((c, i) => ({ c, i })).filter(({ i }) => outcomes[i] === undefined);
  if (missing.length > 0) {
    const { rows } = await client.query<{
      idx: number;
      status: string | null;
      caster_member_id: string | null;
      key_hash: Buffer | null;
      cast_at: Date | null;
      receipt: string | null;
      bound: boolean;
    }>(
      `SELECT i.idx, b.status, r.caster_member_id, ${BOUND_BLANK_PROXY} AS bound,
              COALESCE(v.key_hash, p.key_hash) AS key_hash, COALESCE(v.cast_at, p.cast_at) AS cast_at, v.receipt
         FROM unnest($1::int[], $2::uuid[], $3::uuid[]) AS i(idx, ballot_id, member_id)
         LEFT JOIN ballots b ON b.id = i.ballot_id
         LEFT JOIN ballot_roll r ON r.ballot_id = i.ballot_id AND r.member_id = i.member_id
         LEFT JOIN ballot_votes v ON v.ballot_id = i.ballot_id AND v.member_id = i.member_id
         LEFT JOIN ballot_participations p ON p.ballot_id = i.ballot_id AND p.member_id = i.member_id`,
      [missing.map(({ i }) => i), missing.map(({ c }) => c.ballotId), missing.map(({ c }) => c.memberId)],
    );
    for (const row of rows) {
      const cast = casts[row.idx];
      if (row.key_hash && row.cast_at && row.key_hash.equals(cast.keyHash)) {
        outcomes[row.idx] = { kind: 'replayed', castAt: row.cast_at, receipt: row.receipt };
      } else if (row.status !== 'open') {
        outcomes[row.idx] = { kind: 'notOpen', status: row.status };
      } else if (row.caster_member_id !== cast.casterMemberId) {
        outcomes[row.idx] = { kind: 'notOnRoll', casterMemberId: row.caster_member_id };
      } else if (row.bound) {
        outcomes[row.idx] = { kind: 'blankProxyBound' };
      } else {
        outcomes[row.idx] = { kind: 'alreadyVoted' };
      }
    }
  }
  return outcomes as CastOutcome[];
}

/**
 * A blank proxy on a resolution of the agenda is bound: it votes for the board's
 * resolutions and against the others, cast when the ballot opens; its holder cannot
 * cast it otherwise.
 */
const BOUND_BLANK_PROXY = `(r.via = 'blankProxy' AND b.kind = 'resolution' AND b.resolution_id IS NOT NULL)`;

/** A public vote: recorded, or changed when the key is new (the same key is a retry, left as is). */
const PUBLIC_UPSERT = `
  INSERT INTO ballot_votes (organisation_id, ballot_id, member_id, cast_by_member_id, choices, key_hash, receipt)
  SELECT b.organisation_id, i.ballot_id, i.member_id, i.caster, i.choices::uuid[], i.key_hash, i.receipt
    FROM ${INPUT}
    JOIN ballots b ON b.id = i.ballot_id AND b.status = 'open' AND NOT b.secret
    JOIN ballot_roll r ON r.ballot_id = i.ballot_id AND r.member_id = i.member_id AND r.caster_member_id = i.caster
   WHERE NOT ${BOUND_BLANK_PROXY}
  ON CONFLICT (ballot_id, member_id) DO UPDATE
     SET choices = excluded.choices, key_hash = excluded.key_hash, receipt = excluded.receipt,
         cast_by_member_id = excluded.cast_by_member_id, cast_at = now()
   WHERE ballot_votes.key_hash <> excluded.key_hash
  RETURNING ballot_id, member_id, cast_at`;

/**
 * A secret vote: the participation (who) and the box entry (what) in one statement, the
 * box entry only when the participation is new. The box rows carry no voter and no time,
 * and go in in random order.
 */
const SECRET_INSERT = `
  WITH input AS (SELECT * FROM ${INPUT}),
  participation AS (
    INSERT INTO ballot_participations (organisation_id, ballot_id, member_id, cast_by_member_id, key_hash)
    SELECT b.organisation_id, i.ballot_id, i.member_id, i.caster, i.key_hash
      FROM input i
      JOIN ballots b ON b.id = i.ballot_id AND b.status = 'open' AND b.secret
      JOIN ballot_roll r ON r.ballot_id = i.ballot_id AND r.member_id = i.member_id AND r.caster_member_id = i.caster
    ON CONFLICT (ballot_id, member_id) DO NOTHING
    RETURNING organisation_id, ballot_id, member_id, cast_at
  ),
  box AS (
    INSERT INTO ballot_box (organisation_id, ballot_id, choices, college_id, weight, receipt)
    SELECT p.organisation_id, p.ballot_id, i.choices::uuid[], r.college_id, r.weight, i.receipt
      FROM participation p
      JOIN input i ON i.ballot_id = p.ballot_id AND i.member_id = p.member_id
      JOIN ballot_roll r ON r.ballot_id = p.ballot_id AND r.member_id = p.member_id
     ORDER BY random()
  )
  SELECT ballot_id, member_id, cast_at FROM participation`;
