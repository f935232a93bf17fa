export * from './graphql-client';
export * from './test-app';
export * from './builders';
export * from './smtp-test-server';
export * from './test-config';
export { workerDatabaseUrl } from './test-database';
