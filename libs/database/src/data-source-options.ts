import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one definition of how Collegial talks to PostgreSQL: migrations only, never synchronize.
 * The app adds its entities' migrations (they live with the entities, in apps/api).
 */
export function dataSourceOptions(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
  poolSize = 10,
): DataSourceOptions {
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
    extra: { max: poolSize, application_name: 'collegial' },
  };
}
