import { Client } from 'pg';

/** Set by global-setup.ts for the workers. */
export const TEST_ADMIN_URL_ENV = 'COLLEGIAL_TEST_ADMIN_URL';
export const TEMPLATE_DATABASE = 'collegial_template';

function adminUrl(): string {
  const url = process.env[TEST_ADMIN_URL_ENV];
  if (!url) throw new Error('The test database is not running: run the tests through jest (npm test).');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * This jest worker's own database, copied from the migrated template on first use. Test
 * files of one worker run one after another and share it; their data never overlaps because
 * every test builds its own organisations and accounts.
 */
export async function workerDatabaseUrl(): Promise<string> {
  const name = `collegial_test_${process.env.JEST_WORKER_ID ?? '1'}`;
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}" TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await client.end();
  }
  return databaseUrl(name);
}
