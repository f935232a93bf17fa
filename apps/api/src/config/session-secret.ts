import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppConfig } from './app-config';

/**
 * SESSION_SECRET when given (required in production); otherwise a random secret made once
 * and kept in DATA_DIR, so sessions survive a restart and no secret sits in the repository.
 */
export async function withSessionSecret(config: AppConfig): Promise<AppConfig> {
  if (config.sessionSecret) return config;
  const directory = resolve(config.dataDir);
  const file = join(directory, 'session-secret');
  if (!existsSync(file)) {
    await mkdir(directory, { recursive: true });
    await writeFile(file, randomBytes(48).toString('base64url') + '\n', { mode: 0o600 });
  }
  return { ...config, sessionSecret: (await readFile(file, 'utf8')).trim() };
}
