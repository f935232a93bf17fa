import { join } from 'node:path';
import { apiProcessSettings, cleanUpApiProcesses, SmtpTestServer, startApiProcess, type ApiProcess, type ApiProcessSettings } from '@collegial/testing';

/** `npm test` builds before jest runs: this is the api exactly as `npm start` runs it. */
export const BUILT_API_MAIN = join(__dirname, '../../../../dist/apps/api/src/main.js');

export interface BuiltApi {
  /** Its DATA_DIR and ports, the same for every start (set before the tests run). */
  settings: ApiProcessSettings;
  /** The SMTP server on loopback it sends its mail to (the link that opens an account). */
  mailbox: SmtpTestServer;
  /** Every process started so far. */
  processes: ApiProcess[];
  /** Starts the api again on the same folder; every process is stopped after the tests. */
  start(): Promise<ApiProcess>;
}

/** For a describe block: the built api as a child process, on its own folder and mailbox. */
export function builtApi(): BuiltApi {
  const processes: ApiProcess[] = [];
  const harness = {
    processes,
    start: async () => {
      const api = await startApiProcess(harness.settings);
      processes.push(api);
      return api;
    },
  } as BuiltApi;
  beforeAll(async () => {
    harness.mailbox = await SmtpTestServer.start();
    harness.settings = { ...(await apiProcessSettings(BUILT_API_MAIN)), environment: { SMTP_URL: harness.mailbox.url } };
  });
  afterAll(async () => {
    await cleanUpApiProcesses(harness.settings, processes);
    await harness.mailbox.close();
  });
  return harness;
}
