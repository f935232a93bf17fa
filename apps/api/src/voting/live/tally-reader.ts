import type { LiveTally } from '../live-tally';

const KEPT_BALLOTS_MAX = 10_000;

/**
 * Reads ballots' live tallies for the gateway, sharing reads: every change heard bumps the
 * ballot's version, and a read is reused by whoever asks while the version has not moved. So
 * 2,000 clients joining a ballot together cost one read, and a join right after an update
 * costs none; a change makes the next asker read again.
 */
export class TallyReader {
  private readonly versions = new Map<string, number>();
  private readonly reads = new Map<string, { version: number; tally: Promise<LiveTally | null> }>();

  constructor(private readonly read: (ballotId: string) => Promise<LiveTally | null>) {}

  /** The ballot changed (votes committed, opened, closed): the next read is fresh. */
  changed(ballotId: string): void {
    if (this.versions.size >= KEPT_BALLOTS_MAX) this.versions.clear();
    this.versions.set(ballotId, this.version(ballotId) + 1);
  }

  version(ballotId: string): number {
    return this.versions.get(ballotId) ?? 0;
  }

  /** A tally read after the last change heard (shared with concurrent and later askers). */
  current(ballotId: string): Promise<LiveTally | null> {
    const version = this.version(ballotId);
    const known = this.reads.get(ballotId);
    if (known && known.version === version) return known.tally;
    if (this.reads.size >= KEPT_BALLOTS_MAX) this.reads.clear();
    const tally = this.read(ballotId);
    const entry = { version, tally };
    this.reads.set(ballotId, entry);
    // A failed read is not kept: the next asker tries again.
    tally.catch(() => {
      if (this.reads.get(ballotId) === entry) this.reads.delete(ballotId);
    });
    return tally;
  }
}
