import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ballot } from '../entities/ballot.entity';
import { formatReceipt } from './cast-keys';
import type { RollLine } from './voter-roll';

/**
 * Casts the blank proxies of a resolution when its ballot opens: a blank proxy votes for
 * the resolutions the board put forward and against the others (libs/governance
 * blankProxyChoice), so nothing is left to its holder. Nobody keeps these receipts; in a
 * secret ballot the box entries go in in random order, like any other.
 */
export async function castBoundBlankProxies(tx: EntityManager, ballot: Ballot, optionId: string, lines: readonly RollLine[]): Promise<void> {
  if (lines.length === 0) return;
  const receipts = lines.map(() => formatReceipt(randomBytes(10)));
  if (!ballot.secret) {
    await tx.query(
      `INSERT INTO ballot_votes (organisation_id, ballot_id, member_id, cast_by_member_id, choices, key_hash, receipt, college_id, weight)
       SELECT $1, $2, i.member_id, i.caster, ARRAY[$3]::uuid[], gen_random_uuid()::text::bytea, i.receipt, i.college_id, i.weight
         FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::uuid[], $8::int[]) AS i(member_id, caster, receipt, college_id, weight)`,
      [
        ballot.organisationId,
        ballot.id,
        optionId,
        lines.map((l) => l.memberId),
        lines.map((l) => l.casterMemberId),
        receipts,
        lines.map((l) => l.collegeId),
        lines.map((l) => l.weight),
      ],
    );
    return;
  }
  await tx.query(
    `INSERT INTO ballot_participations (organisation_id, ballot_id, member_id, cast_by_member_id, key_hash)
     SELECT $1, $2, i.member_id, i.caster, NULL FROM unnest($3::uuid[], $4::uuid[]) AS i(member_id, caster)`,
    [ballot.organisationId, ballot.id, lines.map((l) => l.memberId), lines.map((l) => l.casterMemberId)],
  );
  await tx.query(
    `INSERT INTO ballot_box (organisation_id, ballot_id, choices, college_id, weight, receipt)
     SELECT $1, $2, ARRAY[$3]::uuid[], i.college_id, i.weight, i.receipt FROM unnest($4::uuid[], $5::int[], $6::text[]) AS i(college_id, weight, receipt)
      ORDER BY random()`,
    [ballot.organisationId, ballot.id, optionId, lines.map((l) => l.collegeId), lines.map((l) => l.weight), receipts],
  );
}
