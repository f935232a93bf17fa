import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BallotKind } from '../entities/ballot-enums';

/** What casting checks in memory: the options of a ballot do not change once it exists. */
export interface BallotDefinition {
  id: string;
  organisationId: string;
  meetingId: string | null;
  kind: BallotKind;
  secret: boolean;
  minChoices: number;
  maxChoices: number;
  optionIds: ReadonlySet<string>;
  /** Seen closed: final, so later votes are refused without a query. */
  closed: boolean;
}

const CAPACITY = 2_000;

/**
 * A ballot's definition, read once per process and kept: a vote needs its options and its
 * organisation, not a query. The status is not kept (the vote's transaction reads it),
 * except that closed is final.
 */
@Injectable()
export class BallotDefinitions {
  private readonly cache = new Map<string, BallotDefinition>();

  constructor(private readonly dataSource: DataSource) {}

  async get(ballotId: string): Promise<BallotDefinition | null> {
    const cached = this.cache.get(ballotId);
    if (cached) return cached;
    // By id alone: the caller compares the organisation with the voter's.
    const rows = await this.dataSource.query<
      {
        id: string;
        organisation_id: string;
        meeting_id: string | null;
        kind: BallotKind;
        secret: boolean;
        min_choices: number;
        max_choices: number;
        status: string;
        option_ids: string[] | null;
      }[]
    >(
      `SELECT b.id, b.organisation_id, b.meeting_id, b.kind, b.secret, b.min_choices, b.max_choices, b.status,
              (SELECT array_agg(o.id) FROM ballot_options o WHERE o.ballot_id = b.id) AS option_ids
         FROM ballots b WHERE b.id = $1`,
      [ballotId],
    );
    const row = rows[0];
    if (!row) return null;
    const definition: BallotDefinition = {
      id: row.id,
      organisationId: row.organisation_id,
      meetingId: row.meeting_id,
      kind: row.kind,
      secret: row.secret,
      minChoices: row.min_choices,
      maxChoices: row.max_choices,
      optionIds: new Set(row.option_ids ?? []),
      closed: row.status === 'closed',
    };
    if (this.cache.size >= CAPACITY) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(ballotId, definition);
    return definition;
  }

  markClosed(ballotId: string): void {
    const cached = this.cache.get(ballotId);
    if (cached) cached.closed = true;
  }

  /** A draft deleted: its id answers not found from now on. */
  forget(ballotId: string): void {
    this.cache.delete(ballotId);
  }
}
