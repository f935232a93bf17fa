import type { DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '@collegial/database';
import { migrations } from './core/migrations';
import { entities } from './entities';

/** The api's data source: every feature's entities and the committed migrations. */
export function appDataSourceOptions(url: string, poolSize?: number): DataSourceOptions {
  return { ...dataSourceOptions(url, entities, poolSize), migrations };
}
