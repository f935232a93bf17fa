import { Client } from 'pg';
import { JobQueue, JOBS_SCHEMA } from '../src/core/jobs/job-queue.service';
import { startTestApp, workerDatabaseUrl } from './support';

describe('the durable job queue', () => {
  it('starts with the app in its own schema of the same database, quickly, and stops with it', async () => {
    const first = await startTestApp();
    await first.close();
    const second = await startTestApp();
    const startup = second.app.get(JobQueue).startupMs;
    const client = new Client({ connectionString: await workerDatabaseUrl() });
    await client.connect();
    const jobConnections = async () =>
      (await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'collegial-jobs' AND datname = current_database()`)).rows[0]
        .n as number;
    try {
      const schema = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [JOBS_SCHEMA]);
      expect(schema.rowCount).toBe(1);
      expect(await jobConnections()).toBeGreaterThan(0);
      const closing = Date.now();
      await second.close();
      expect(Date.now() - closing).toBeLessThan(5000);
      // Closed with the app: no connection of the queue is left behind.
      expect(await jobConnections()).toBe(0);
    } finally {
      await client.end();
    }
    // Once its schema exists, the queue adds little to an app's start (a few hundred ms on an idle machine).
    expect(startup).toBeLessThan(3000);
  });
});
