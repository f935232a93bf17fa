import { Injectable } from '@nestjs/common';
import { collegeWeights } from '@collegial/governance';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '../../organisations/organisations.service';
import type { CollegeCounts, LiveTally, OptionCount } from '../live-tally';
import { boxContent } from './box-content';

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
  roll: number;
  cast: number;
}

/**
 * What a ballot's room sees, in three small queries whatever the number of votes:
 * participation always, the counts when results are live or the ballot is closed, the
 * stored result once closed. The live gateway computes it once per update for everyone.
 */
@Injectable()
export class TalliesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  /** By id alone: the caller checks that the ballot's organisation is the client's. */
  async liveTally(ballotId: string): Promise<LiveTally | null> {
    const heads = await this.dataSource.query<BallotHead[]>(
      `SELECT b.id, b.organisation_id, b.meeting_id, b.status, b.secret, b.results_visibility, b.outcome, b.explanation_fr, b.explanation_en,
              (SELECT count(*)::int FROM ballot_roll r WHERE r.ballot_id = b.id) AS roll,
              CASE WHEN b.secret THEN (SELECT count(*)::int FROM ballot_participations p WHERE p.ballot_id = b.id)
                   ELSE (SELECT count(*)::int FROM ballot_votes v WHERE v.ballot_id = b.id) END AS cast
         FROM ballots b WHERE b.id = $1`,
      [ballotId],
    );
    const head = heads[0];
    if (!head) return null;
    const visible = head.status === 'closed' || (head.status === 'open' && head.results_visibility === 'live' && !head.secret);
    return {
      ballotId: head.id,
      organisationId: head.organisation_id,
      meetingId: head.meeting_id,
      status: head.status,
      participation: { roll: head.roll, cast: head.cast },
      counts: visible ? await this.counts(head) : null,
      result:
        head.status === 'closed' && head.outcome
          ? { outcome: head.outcome, explanation: { fr: head.explanation_fr ?? '', en: head.explanation_en ?? '' } }
          : null,
    };
  }

  private async counts(head: BallotHead): Promise<{ options: OptionCount[]; byCollege: CollegeCounts[] }> {
    const [rows, options] = await Promise.all([
      this.dataSource.query<{ option_id: string; college_id: string | null; votes: number }[]>(
        `SELECT choice AS option_id, college_id, sum(weight)::int AS votes
           FROM (${boxContent(head.secret)}) AS box, unnest(box.choices) AS choice
          GROUP BY 1, 2`,
        [head.id],
      ),
      this.dataSource.query<{ id: string }[]>(`SELECT id FROM ballot_options WHERE ballot_id = $1 ORDER BY position`, [head.id]),
    ]);
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
    const byCollege: CollegeCounts[] = [];
    const profile = await this.organisations.profileOf(head.organisation_id);
    for (const college of collegeWeights(profile)) {
      const votes = perCollege.get(college.id);
      byCollege.push({
        collegeId: college.id,
        name: college.name,
        weight: college.weight.toString(),
        options: options.map((o) => ({ optionId: o.id, votes: votes?.get(o.id) ?? 0 })),
      });
    }
    return { options: options.map((o) => ({ optionId: o.id, votes: total.get(o.id) ?? 0 })), byCollege: perCollege.size > 0 ? byCollege : [] };
  }
}
