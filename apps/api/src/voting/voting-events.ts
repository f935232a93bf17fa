import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/**
 * What the voting feature tells the live gateway, in this process, after each commit:
 * ballots whose votes changed, and ballots that opened or closed. The gateway coalesces
 * and fans out across instances; nothing here is sent inside a vote's transaction.
 */
@Injectable()
export class VotingEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  /** Votes were committed on these ballots. */
  votesCommitted(ballotIds: readonly string[]): void {
    this.emitter.emit('votes', ballotIds);
  }

  /** A ballot opened or closed (its status, and its result when closed, changed). */
  statusChanged(ballotId: string): void {
    this.emitter.emit('status', ballotId);
  }

  onVotesCommitted(listener: (ballotIds: readonly string[]) => void): () => void {
    this.emitter.on('votes', listener);
    return () => this.emitter.off('votes', listener);
  }

  onStatusChanged(listener: (ballotId: string) => void): () => void {
    this.emitter.on('status', listener);
    return () => this.emitter.off('status', listener);
  }
}
