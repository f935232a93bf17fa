import { Client } from 'pg';
import { JOBS_SCHEMA } from '../src/core/jobs/job-queue.service';
import { startTestApp, workerDatabaseUrl } from './support';

describe('the durable job queue', () => {
  it('starts with the app in its own schema of the same database, quickly, and stops with it', async () => {
    const first = await startTestApp();
    await first.close();
    const started = Date.now();
    const second = await startTestApp();
    const startup = Date.now() - started;
    const client = new Client({ connectionString: await workerDatabaseUrl() });
    await client.connect();
    try {
      const schema = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [JOBS_SCHEMA]);
      expect(schema.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    const closing = Date.now();
    await second.close();
    // Once its schema exists, the queue adds little to an app's start, and nothing keeps it open.
    expect(startup).toBeLessThan(3000);
    expect(Date.now() - closing).toBeLessThan(3000);
  });
});
