import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Transactions } from '../transactions/transactions';
import { DATABASE_URL } from './database-url';
import type { Job, JobHandler, QueueName, QueueOptions, JobQueues } from './job-queues';

/** pg-boss keeps its tables in their own schema of the application's database. */
export const JOBS_SCHEMA = 'pgboss';

/** How long closing waits for the handlers under way (an SMTP server may be slow to answer). */
const HANDLERS_GRACE_MS = 20_000;

const DEFAULTS: Required<QueueOptions> = { retryLimit: 4, retryDelaySeconds: 5, expireInSeconds: 60, batchSize: 20, concurrency: 4 };

interface Registration {
  queue: QueueName;
  options: Required<QueueOptions>;
  handler: (job: Job<QueueName>) => Promise<void>;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachWithLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

/**
 * Durable jobs in PostgreSQL (pg-boss), on the application's own database: a job sent
 * inside a request survives a crash or a restart, and is retried with backoff when its
 * handler fails. Features register their handlers when their module initialises; the
 * queue starts once the application has (after migrations) and stops, waiting for the
 * jobs under way, when it closes.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly registrations = new Map<QueueName, Registration>();
  private boss: PgBoss | null = null;
  private started: Promise<void> | null = null;
  /** Set when the application closes: no job starts after it. */
  private stopping = false;
  /** The handlers running now: closing waits for them, so a mail sent is also recorded as sent. */
  private readonly handlers = new Set<Promise<void>>();
  /** How long the last start took (ms): pg-boss checks or installs its schema, then its queues. */
  startupMs: number | null = null;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly transactions: Transactions,
  ) {}

  /** Declares a queue and the handler of its jobs (once per queue, before the application starts). */
  register<Q extends QueueName>(queue: Q, handler: JobHandler<Q>, options: QueueOptions = {}): void {
    if (this.registrations.has(queue)) throw new Error(`Queue ${String(queue)} is already registered.`);
    if (this.started) throw new Error(`Queue ${String(queue)} registered after the job queue started.`);
    this.registrations.set(queue, { queue, options: { ...DEFAULTS, ...options }, handler: handler as unknown as Registration['handler'] });
  }

  /**
   * Adds a job. `singletonKey`: while a job with this key waits in the queue, another one
   * with the same key is not added (a repeat, a double click). `startAfter`: not worked
   * before that instant (a ballot that closes on schedule).
   */
  async send<Q extends QueueName>(queue: Q, payload: JobQueues[Q], options: { singletonKey?: string; startAfter?: Date } = {}): Promise<void> {
    await this.sendMany(queue, [{ payload, ...options }]);
  }

  /**
   * Adds many jobs in one statement, inside the transaction open in the current request if
   * any: the jobs exist exactly when the rows they work on do (both committed, or neither).
   */
  async sendMany<Q extends QueueName>(queue: Q, jobs: { payload: JobQueues[Q]; singletonKey?: string; startAfter?: Date }[]): Promise<void> {
    const boss = await this.running();
    const registration = this.registrationOf(queue);
    if (jobs.length === 0) return;
    const manager = this.transactions.tx;
    await boss.insert(
      jobs.map((job) => ({
        name: queue,
        data: job.payload,
        singletonKey: job.singletonKey,
        startAfter: job.startAfter,
        retryLimit: registration.options.retryLimit,
        retryDelay: registration.options.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: registration.options.expireInSeconds,
      })),
      { db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query<unknown[]>(text, values) }) } },
    );
  }

  /** Jobs of a queue not yet done (created, retry or active), for progress and tests. */
  async pending(queue: QueueName): Promise<number> {
    const boss = await this.running();
    return boss.getQueueSize(queue);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.running();
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    const boss = this.boss;
    this.boss = null;
    this.stopping = true;
    const stopping = Date.now();
    // The handlers under way finish first, while the database is still there: pg-boss's own
    // graceful stop may fail a job whose handler still runs, and a mail sent but not recorded
    // as sent would go out again at the next start.
    await Promise.race([Promise.allSettled([...this.handlers]), new Promise((resolve) => setTimeout(resolve, HANDLERS_GRACE_MS).unref())]);
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.logger.log(`Job queue stopped in ${Date.now() - stopping} ms`);
  }

  private running(): Promise<PgBoss> {
    this.started ??= this.start();
    return this.started.then(() => {
      if (!this.boss) throw new Error('The job queue is stopped.');
      return this.boss;
    });
  }

  private async start(): Promise<void> {
    const started = Date.now();
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: JOBS_SCHEMA,
      // Its own small pool: the handlers' queries go through the application's.
      max: 3,
      // No cron schedules here: their clock-skew monitor would be one more timer for nothing.
      schedule: false,
      // Jobs left active by a killed process are failed (and so retried) once they expire:
      // checked every 10 s rather than pg-boss's 2 minutes.
      maintenanceIntervalSeconds: 10,
      application_name: 'collegial-jobs',
    });
    boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const registration of this.registrations.values()) {
      const { queue, options } = registration;
      await boss.createQueue(queue, {
        name: queue,
        // One waiting job per singleton key.
        policy: 'short',
        retryLimit: options.retryLimit,
        retryDelay: options.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: options.expireInSeconds,
      });
      await boss.work<object>(queue, { batchSize: options.batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true }, (jobs) =>
        this.workBatch(boss, registration, jobs),
      );
    }
    this.startupMs = Date.now() - started;
    this.logger.log(`Job queue started in ${this.startupMs} ms (schema ${JOBS_SCHEMA}, queues: ${[...this.registrations.keys()].join(', ') || 'none'})`);
  }

  /**
   * A batch's jobs run side by side; each one that throws is failed on its own (and so
   * retried), the others complete: pg-boss would otherwise fail the whole batch.
   */
  private async workBatch(boss: PgBoss, registration: Registration, jobs: PgBoss.JobWithMetadata<object>[]): Promise<void> {
    await eachWithLimit(jobs, registration.options.concurrency, async (job) => {
      try {
        // A job fetched but not started when the application closes is failed, so retried
        // at the next start, rather than begun while the database goes away.
        if (this.stopping) throw new Error('The application stopped before this job ran.');
        await this.track(
          registration.handler({
            id: job.id,
            queue: registration.queue,
            payload: job.data as JobQueues[QueueName],
            retryCount: job.retryCount,
            retriesLeft: Math.max(job.retryLimit - job.retryCount, 0),
          }),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await boss
          .fail(registration.queue, job.id, { message })
          .catch((failure: Error) => this.logger.error(`Could not fail job ${job.id}: ${failure.message}`));
      }
    });
  }

  private async track(handling: Promise<void>): Promise<void> {
    this.handlers.add(handling);
    try {
      await handling;
    } finally {
      this.handlers.delete(handling);
    }
  }

  private registrationOf(queue: QueueName): Registration {
    const registration = this.registrations.get(queue);
    if (!registration) throw new Error(`No handler registered for queue ${String(queue)}.`);
    return registration;
  }
}
