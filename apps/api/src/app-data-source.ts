import type { DataSourceOptions } from 'typeorm';
import { type DatabasePoolSettings, dataSourceOptions } from '@collegial/database';
import { migrations } from './core/migrations';
import { oneQueryAtATimePerConnection } from './core/transactions/one-query-at-a-time';
import { entities } from './entities';

/**
 * The api's data source: every feature's entities and the committed migrations, its
 * connections running one query at a time (see oneQueryAtATimePerConnection).
 */
export function appDataSourceOptions(url: string, pool: Partial<DatabasePoolSettings> = {}): DataSourceOptions {
  oneQueryAtATimePerConnection();
  return { ...dataSourceOptions(url, entities, pool), migrations };
}
