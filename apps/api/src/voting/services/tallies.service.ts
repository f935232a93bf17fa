import { Injectable } from '@nestjs/common';
import { collegeWeights } from '@collegial/governance';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '../../organisations/organisations.service';
import type { CollegeCounts, LiveTally, OptionCount } from '../live-tally';
import { boxContentOfBallots } from './box-content';

interface BallotHead {
  id: string;
  organisation_id: string;
  meeting_id: string | null;
  status: LiveTally['status'];
  secret: boolean;
  results_visibility: 'live' | 'atClose';
  outcome: string | null;
  explanation_fr: string | null;
  explanation_en: string | null;
  /** Null when the roll's size is already known. */
  roll: number | null;
  cast: number;
}

const KEPT_ROLL_SIZES = 10_000;

/**
 * What a ballot's room sees, in three small queries whatever the number of votes:
 * participation always, the counts when results are live or the ballot is closed, the
 * stored result once closed. The live gateway computes it once per update for everyone.
 */
@Injectable()
export class TalliesService {
  /** Ballots opened or closed → the size of their frozen roll. */
  private readonly rollSizes = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  /** By id alone: the caller checks that the ballot's organisation is the client's. */
  async liveTally(ballotId: string): Promise<LiveTally | null> {
    return (await this.liveTallies([ballotId])).get(ballotId) ?? null;
  }

  /** Many ballots' tallies in the same three queries (a meeting's list of ballots). */
  async liveTallies(ballotIds: readonly string[]): Promise<Map<string, LiveTally>> {
    const out = new Map<string, LiveTally>();
    if (ballotIds.length === 0) return out;
    // A roll is frozen when its ballot opens: its size is counted once, then kept.
    const knownRolls = ballotIds.filter((id) => this.rollSizes.has(id));
    const heads = await this.dataSource.query<BallotHead[]>(
      `SELECT b.id, b.organisation_id, b.meeting_id, b.status, b.secret, b.results_visibility, b.outcome, b.explanation_fr, b.explanation_en,
              CASE WHEN b.id = ANY($2::uuid[]) THEN NULL ELSE (SELECT count(*)::int FROM ballot_roll r WHERE r.ballot_id = b.id) END AS roll,
              CASE WHEN b.secret THEN (SELECT count(*)::int FROM ballot_participations p WHERE p.ballot_id = b.id)
                   ELSE (SELECT count(*)::int FROM ballot_votes v WHERE v.ballot_id = b.id) END AS cast
         FROM ballots b WHERE b.id = ANY($1::uuid[])`,
      [ballotIds, knownRolls],
    );
    for (const head of heads) {
      if (head.roll === null) head.roll = this.rollSizes.get(head.id) ?? 0;
      else if (head.status === 'open' || head.status === 'closed') this.keepRollSize(head.id, head.roll);
    }
    const visible = heads.filter((head) => head.status === 'closed' || (head.status === 'open' && head.results_visibility === 'live' && !head.secret));
    const counts = await this.counts(visible);
    for (const head of heads) {
      out.set(head.id, {
        ballotId: head.id,
        organisationId: head.organisation_id,
        meetingId: head.meeting_id,
        status: head.status,
        participation: { roll: head.roll ?? 0, cast: head.cast },
        counts: counts.get(head.id) ?? null,
        result:
          head.status === 'closed' && head.outcome
            ? { outcome: head.outcome, explanation: { fr: head.explanation_fr ?? '', en: head.explanation_en ?? '' } }
            : null,
      });
    }
    return out;
  }

  private keepRollSize(ballotId: string, size: number): void {
    if (this.rollSizes.size >= KEPT_ROLL_SIZES) this.rollSizes.clear();
    this.rollSizes.set(ballotId, size);
  }

  private async counts(heads: readonly BallotHead[]): Promise<Map<string, { options: OptionCount[]; byCollege: CollegeCounts[] }>> {
    const out = new Map<string, { options: OptionCount[]; byCollege: CollegeCounts[] }>();
    if (heads.length === 0) return out;
    const ids = (secret: boolean) => heads.filter((h) => h.secret === secret).map((h) => h.id);
    const [rows, options] = await Promise.all([
      this.dataSource.query<{ ballot_id: string; option_id: string; college_id: string | null; votes: number }[]>(
        // The same choices in the same college first (a few groups), then each group's options.
        `SELECT ballot_id, choice AS option_id, college_id, sum(weight)::int AS votes
           FROM (SELECT ballot_id, choices, college_id, sum(weight) AS weight FROM (${boxContentOfBallots()}) AS box GROUP BY 1, 2, 3) AS grouped,
                unnest(grouped.choices) AS choice
          GROUP BY 1, 2, 3`,
        [ids(true), ids(false)],
      ),
      this.dataSource.query<{ ballot_id: string; id: string }[]>(
        `SELECT ballot_id, id FROM ballot_options WHERE ballot_id = ANY($1::uuid[]) ORDER BY position`,
        [heads.map((h) => h.id)],
      ),
    ]);
    const profiles = new Map<string, ReturnType<typeof collegeWeights>>();
    for (const organisationId of new Set(heads.map((h) => h.organisation_id))) {
      profiles.set(organisationId, collegeWeights(await this.organisations.profileOf(organisationId)));
    }
    for (const head of heads) {
      const own = rows.filter((r) => r.ballot_id === head.id);
      const ballotOptions = options.filter((o) => o.ballot_id === head.id);
      out.set(head.id, countsOf(own, ballotOptions, profiles.get(head.organisation_id)!));
    }
    return out;
  }
}

/** Totals per option, and per college when votes carry one (in the profile's college order). */
function countsOf(
  rows: readonly { option_id: string; college_id: string | null; votes: number }[],
  options: readonly { id: string }[],
  colleges: ReturnType<typeof collegeWeights>,
): { options: OptionCount[]; byCollege: CollegeCounts[] } {
  const total = new Map(options.map((o) => [o.id, 0]));
  const perCollege = new Map<string, Map<string, number>>();
  for (const row of rows) {
    total.set(row.option_id, (total.get(row.option_id) ?? 0) + row.votes);
    if (row.college_id) {
      const college = perCollege.get(row.college_id) ?? new Map<string, number>();
      college.set(row.option_id, (college.get(row.option_id) ?? 0) + row.votes);
      perCollege.set(row.college_id, college);
    }
  }
  const byCollege: CollegeCounts[] = colleges.map((college) => ({
    collegeId: college.id,
    name: college.name,
    weight: college.weight.toString(),
    options: options.map((o) => ({ optionId: o.id, votes: perCollege.get(college.id)?.get(o.id) ?? 0 })),
  }));
  return { options: options.map((o) => ({ optionId: o.id, votes: total.get(o.id) ?? 0 })), byCollege: perCollege.size > 0 ? byCollege : [] };
}
