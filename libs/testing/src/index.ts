export * from './graphql-client';
export * from './test-app';
export * from './builders';
export * from './test-config';
export { workerDatabaseUrl } from './test-database';
export * from './api-process';
