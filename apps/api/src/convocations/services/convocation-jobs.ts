/** The queue of convocation e-mails: one job per convocation, keyed by its id. */
export const CONVOCATION_QUEUE = 'convocation-deliver';

export interface ConvocationJob {
  organisationId: string;
  convocationId: string;
}

declare module '../../core/jobs/job-queues' {
  interface JobQueues {
    [CONVOCATION_QUEUE]: ConvocationJob;
  }
}
