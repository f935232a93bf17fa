import 'reflect-metadata';
import { EmbeddedPostgresError } from '@collegial/database';
import { createApp } from './bootstrap';
import { ConfigurationError, loadAppConfig } from './config/app-config';
import { resolveDatabase } from './config/database-resolver';
import { withSessionSecret } from './config/session-secret';
import { seedDemoIfAsked } from './demo/demo-seed';

const say = (line: string) => process.stdout.write(`[collegial] ${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = await withSessionSecret(loadAppConfig());
  const database = await resolveDatabase(config, say);
  const app = await createApp(config, database.url);
  await seedDemoIfAsked(app, config, database.embedded, say);
  await app.listen(config.port);
  say(`API ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${config.port}/graphql (health: /health)`);
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof EmbeddedPostgresError) {
    process.stderr.write(`[collegial] could not start: ${error.message}\n`);
  } else {
    process.stderr.write(`[collegial] could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
