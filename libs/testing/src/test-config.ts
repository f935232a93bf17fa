/**
 * The test harness's one reading of the environment. jest's global setup and its workers
 * are separate processes: the environment is how the setup tells workers where the test
 * PostgreSQL is.
 */
const ADMIN_URL = 'COLLEGIAL_TEST_ADMIN_URL';

export const testConfig = {
  /** Connection URL of the test cluster's `postgres` database, set by global-setup.ts. */
  adminUrl(): string | undefined {
    return process.env[ADMIN_URL];
  },
  publishAdminUrl(url: string): void {
    process.env[ADMIN_URL] = url;
  },
  /** 1, 2, … : one database per jest worker. */
  workerId(): string {
    return process.env.JEST_WORKER_ID ?? '1';
  },
  /** `npm run schema:emit` rewrites the committed schema instead of comparing. */
  updateSchema(): boolean {
    return process.env.UPDATE_SCHEMA === '1';
  },
  /** The Chromium the journeys and bench:web drive: Debian's, unless CHROMIUM_PATH names another. */
  chromiumPath(): string {
    return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  },
  /** The environment of the test process, for a server started as a child process. */
  inheritedEnvironment(): NodeJS.ProcessEnv {
    return { ...process.env };
  },
};
