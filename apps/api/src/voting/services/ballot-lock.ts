import { createHash } from 'node:crypto';

/**
 * The advisory lock key of a ballot: votes take it shared, closing exclusively, so a
 * closing waits for the votes being written and no vote is written after it.
 */
export function ballotLockKey(ballotId: string): string {
  // 63 bits of a hash of the id, as a signed bigint in text (pg's bigint parameter).
  const digest = createHash('sha256').update(`ballot|${ballotId}`).digest();
  return digest.readBigInt64BE(0).toString();
}
