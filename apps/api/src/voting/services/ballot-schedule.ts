import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { JobQueue } from '../../core/jobs/job-queue.service';
import type { Ballot } from '../entities/ballot.entity';
import { BALLOT_CLOSE_QUEUE, BALLOT_OPEN_QUEUE, type ScheduledBallotJob } from './ballot-jobs';
import { BallotsService } from './ballots.service';

/**
 * Opens and closes ballots at their planned times (a written consultation from Monday to
 * Friday). The jobs are queued with the ballot, in its transaction; a ballot already opened
 * or closed by hand, or deleted, is left as it is.
 */
@Injectable()
export class BallotSchedule implements OnModuleInit {
  private readonly logger = new Logger(BallotSchedule.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly ballots: BallotsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(BALLOT_OPEN_QUEUE, ({ payload }) => this.run(payload, 'draft', (actor) => this.ballots.open(actor, payload.ballotId)));
    this.jobs.register(BALLOT_CLOSE_QUEUE, ({ payload }) => this.run(payload, 'open', (actor) => this.ballots.close(actor, payload.ballotId)));
  }

  private async run(job: ScheduledBallotJob, expected: Ballot['status'], act: (actor: { organisationId: string }) => Promise<Ballot>): Promise<void> {
    const actor = { organisationId: job.organisationId };
    try {
      const ballot = await this.ballots.get(actor, job.ballotId);
      if (ballot.status !== expected) return;
      await act(actor);
    } catch (error) {
      // Deleted, or opened/closed by hand meanwhile: nothing left to do. Anything else is retried.
      if (error instanceof DomainError && (error.reason === ErrorReason.NotFound || error.reason === ErrorReason.BallotStatusForbids)) {
        this.logger.warn(`Scheduled ${expected === 'draft' ? 'opening' : 'closing'} of ballot ${job.ballotId} not done: ${error.message}`);
        return;
      }
      throw error;
    }
  }
}
