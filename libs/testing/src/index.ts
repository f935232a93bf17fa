export * from './graphql-client';
export * from './smtp-test-server';
export * from './test-config';
export { TEMPLATE_DATABASE, workerDatabaseUrl } from './test-database';
export * from './api-process';
export * from './chromium';
