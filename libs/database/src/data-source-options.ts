import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The connection pool of one process, and the limits every one of its connections runs under. */
export interface DatabasePoolSettings {
  /** Connections per process. */
  size: number;
  /** A statement running longer is cancelled (statement_timeout); 0: no limit. */
  statementTimeoutMs: number;
  /** A statement waiting longer for a lock fails (lock_timeout); 0: it waits. */
  lockTimeoutMs: number;
  /** A transaction left idle longer is ended, its session closed (idle_in_transaction_session_timeout); 0: never. */
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_POOL_SETTINGS: DatabasePoolSettings = {
  size: 10,
  statementTimeoutMs: 15_000,
  lockTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 30_000,
};

/**
 * The one definition of how Collegial talks to PostgreSQL: migrations only, never synchronize.
 * The app adds its entities' migrations (they live with the entities, in apps/api).
 * The timeouts are sent when each pooled connection opens (node-postgres startup parameters),
 * so a stuck query, a lock queue or a forgotten transaction cannot hold a connection for ever.
 */
export function dataSourceOptions(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
  pool: Partial<DatabasePoolSettings> = {},
): DataSourceOptions {
  const settings = { ...DEFAULT_POOL_SETTINGS, ...pool };
  return {
    type: 'postgres',
    url,
    entities,
    migrations: [],
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    // Extensions are created by the migrations, so a non-superuser role can run the api.
    installExtensions: false,
    migrationsRun: false,
    // Failed queries reach the GraphQL error formatter, which logs the unexpected ones in full.
    logging: false,
    extra: {
      max: settings.size,
      application_name: 'collegial',
      // node-postgres leaves a 0 out: the server's own setting (off unless set) applies.
      statement_timeout: settings.statementTimeoutMs,
      lock_timeout: settings.lockTimeoutMs,
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
    },
  };
}
