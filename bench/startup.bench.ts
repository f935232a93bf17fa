/**
 * npm run bench: how long `npm start` takes from launch to serving /health, on the embedded
 * PostgreSQL: the first start on a fresh data folder (initdb, migrations, demo data) and a
 * second start on the same folder. Target: under 10 s after install. Prints its figures.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../libs/database/src/free-port';

const MAIN = join(__dirname, '../apps/api/src/main.js');

async function timeStart(dataDir: string): Promise<number> {
  const port = await findFreePort();
  const pgPort = await findFreePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(pgPort), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return Number(process.hrtime.bigint() - started) / 1e9;
      if (child.exitCode !== null) throw new Error('the api exited before serving');
      if (Number(process.hrtime.bigint() - started) > 60e9) throw new Error('the api did not serve within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'collegial-bench-'));
  await chmod(dataDir, 0o755);
  try {
    const first = await timeStart(dataDir);
    const second = await timeStart(dataDir);
    console.log(`startup, fresh data folder (initdb + migrations + demo data): ${first.toFixed(2)} s`);
    console.log(`startup, existing data folder:                              ${second.toFixed(2)} s`);
    console.log(`target: under 10 s -> ${Math.max(first, second) < 10 ? 'met' : 'NOT met'}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
