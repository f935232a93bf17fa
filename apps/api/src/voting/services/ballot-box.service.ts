import { Injectable } from '@nestjs/common';
import { Transactions } from '../../core/transactions/transactions';
import type { Ballot } from '../entities/ballot.entity';
import { normaliseReceipt } from './cast-keys';
import { boxContent } from './box-content';

export interface PublishedBallot {
  receipt: string;
  choices: string[];
  collegeId: string | null;
  weight: number;
}

export interface ReceiptCheck {
  found: boolean;
  /** The receipt as stored (normalised), when the input could be read as one. */
  receipt: string | null;
  choices: string[];
}

/**
 * The box once closed: published (receipt, choices, college, weight, in receipt order, so
 * anyone can recompute the seal), and each voter's check that their receipt is in it.
 */
@Injectable()
export class BallotBoxService {
  constructor(private readonly transactions: Transactions) {}

  async page(ballot: Ballot, offset: number, limit: number): Promise<{ entries: PublishedBallot[]; total: number }> {
    const tx = this.transactions.tx;
    const [rows, totals] = await Promise.all([
      tx.query<{ receipt: string; choices: string[]; college_id: string | null; weight: number }[]>(
        `SELECT receipt, ARRAY(SELECT unnest(choices)::text ORDER BY 1) AS choices, college_id, weight FROM (${boxContent(ballot.secret)}) AS box
          ORDER BY receipt OFFSET $2 LIMIT $3`,
        [ballot.id, offset, limit],
      ),
      tx.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM (${boxContent(ballot.secret)}) AS box`, [ballot.id]),
    ]);
    return { entries: rows.map((r) => ({ receipt: r.receipt, choices: r.choices, collegeId: r.college_id, weight: r.weight })), total: totals[0].total };
  }

  async check(ballot: Ballot, receiptInput: string): Promise<ReceiptCheck> {
    const receipt = normaliseReceipt(receiptInput);
    if (!receipt) return { found: false, receipt: null, choices: [] };
    const rows = await this.transactions.tx.query<{ choices: string[] }[]>(`SELECT choices FROM (${boxContent(ballot.secret)}) AS box WHERE receipt = $2`, [
      ballot.id,
      receipt,
    ]);
    return { found: rows.length > 0, receipt, choices: rows[0]?.choices ?? [] };
  }
}
