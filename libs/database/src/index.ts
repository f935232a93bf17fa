import './pg-types';

export * from './embedded-postgres.launcher';
export * from './run-migrations';
export * from './data-source-options';
export * from './snake-naming.strategy';
export * from './free-port';
export { isAlive, readPostmasterPid } from './postmaster';
