import { DataSource, MigrationExecutor } from 'typeorm';

/** Any constant: the advisory lock that lets one replica migrate while the others wait. */
const MIGRATION_LOCK = 4_242_001;

/**
 * Applies pending migrations; safe when several api replicas start at once. It runs on one
 * connection without the pool's timeouts: a migration may take long (an index on a big
 * table), and a replica waits for the advisory lock as long as another one migrates.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('SET lock_timeout = 0');
    await runner.query('SET idle_in_transaction_session_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    // Back to the pool with the pool's timeouts (the values the connection opened with).
    await runner.query('RESET ALL').catch(() => undefined);
    await runner.release();
  }
}
