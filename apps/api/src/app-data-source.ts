import type { DataSourceOptions } from 'typeorm';
import { type DatabasePoolSettings, dataSourceOptions } from '@collegial/database';
import { migrations } from './core/migrations';
import { entities } from './entities';

/** The api's data source: every feature's entities and the committed migrations. */
export function appDataSourceOptions(url: string, pool: Partial<DatabasePoolSettings> = {}): DataSourceOptions {
  return { ...dataSourceOptions(url, entities, pool), migrations };
}
