/** Ballots that open or close on schedule: one durable job per instant, worked by any instance. */
export const BALLOT_OPEN_QUEUE = 'ballot-open';
export const BALLOT_CLOSE_QUEUE = 'ballot-close';

export interface ScheduledBallotJob {
  organisationId: string;
  ballotId: string;
}

declare module '../../core/jobs/job-queues' {
  interface JobQueues {
    [BALLOT_OPEN_QUEUE]: ScheduledBallotJob;
    [BALLOT_CLOSE_QUEUE]: ScheduledBallotJob;
  }
}
