/**
 * Every durable queue and the payload of its jobs. A feature adds its own queues by
 * declaration merging, next to the handler that works them:
 *
 * ```ts
 * declare module '../core/jobs/job-queues' {
 *   interface JobQueues { 'convocation.deliver': { organisationId: string; convocationId: string } }
 * }
 * ```
 */
// Filled by the features (declaration merging): empty here on purpose.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobQueues {}

export type QueueName = Extract<keyof JobQueues, string>;

/** One job as its handler receives it. */
export interface Job<Q extends QueueName> {
  id: string;
  queue: Q;
  payload: JobQueues[Q];
  /** 0 on the first attempt. */
  retryCount: number;
  /** The attempts left after this one fails. */
  retriesLeft: number;
}

/** How a queue's jobs are retried and worked. */
export interface QueueOptions {
  /** Attempts after the first (default 4). */
  retryLimit?: number;
  /** Seconds before the first retry, doubled at each one (default 5). */
  retryDelaySeconds?: number;
  /** An attempt running longer is failed and retried (default 60 s). */
  expireInSeconds?: number;
  /** Jobs fetched at once (default 20). */
  batchSize?: number;
  /** Jobs of one batch handled at the same time (default 4): each may hold a database connection. */
  concurrency?: number;
}

/**
 * Handles one job. Throwing fails this attempt: it is retried with backoff until the
 * retries are spent. Handlers must be idempotent: a job may run again after a crash.
 */
export type JobHandler<Q extends QueueName> = (job: Job<Q>) => Promise<void>;
