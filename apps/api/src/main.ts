import 'reflect-metadata';
import { EmbeddedPostgresError } from '@collegial/database';
import { createApp } from './bootstrap';
import { ConfigurationError, loadAppConfig } from './config/app-config';
import { resolveDatabase } from './config/database-resolver';
import { webAppBuilt } from './core/web/serve-web-app';
import { withSessionSecret } from './config/session-secret';
import { seedDemoIfAsked } from './demo/demo-seed';
import { boundHeapGrowth } from './core/memory/bounded-heap-growth';

const say = (line: string) => process.stdout.write(`[collegial] ${line}\n`);

/** Set once the database runs: whatever ends this process stops the embedded PostgreSQL first. */
let stopDatabase: () => Promise<void> = () => Promise.resolve();

async function main(): Promise<void> {
  const started = Date.now();
  const config = await withSessionSecret(loadAppConfig());
  boundHeapGrowth(process.execArgv, config.nodeOptions);
  const database = await resolveDatabase(config, say);
  stopDatabase = () => database.stop();
  const app = await createApp(config, database.url);
  await seedDemoIfAsked(app, config, database.embedded, say);
  await app.listen(config.port);
  const web = webAppBuilt(config.webRoot) ? `the web app on http://localhost:${config.port}, ` : '';
  say(`API ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${web}http://localhost:${config.port}/graphql (health: /health)`);
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** Stops the embedded PostgreSQL (for at most 10 s), so it does not outlive the api, then exits. */
const exitAfterStoppingDatabase = (code: number) => {
  setTimeout(() => process.exit(code), 10_000);
  void stopDatabase().finally(() => process.exit(code));
};

process.once('uncaughtException', (error) => {
  process.stderr.write(`[collegial] fatal: ${describe(error)}\n`);
  exitAfterStoppingDatabase(1);
});
process.once('unhandledRejection', (error) => {
  process.stderr.write(`[collegial] fatal: ${describe(error)}\n`);
  exitAfterStoppingDatabase(1);
});

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof EmbeddedPostgresError) {
    process.stderr.write(`[collegial] could not start: ${error.message}\n`);
  } else {
    process.stderr.write(`[collegial] could not start: ${describe(error)}\n`);
  }
  exitAfterStoppingDatabase(1);
});
