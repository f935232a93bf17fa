import { chmod, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertReachableByPostgresUser, EmbeddedPostgresError } from './embedded-postgres.launcher';

describe('the embedded PostgreSQL started by root', () => {
  it('refuses a data folder behind a private folder, saying which folder and what to do', async () => {
    const home = await mkdtemp(join(tmpdir(), 'collegial-private-'));
    await chmod(home, 0o700);
    const data = join(home, 'checkout', '.data', 'postgres');
    await mkdir(data, { recursive: true });
    expect(() => assertReachableByPostgresUser(data)).toThrow(EmbeddedPostgresError);
    expect(() => assertReachableByPostgresUser(data)).toThrow(new RegExp(`cannot enter ${home}.*Set DATA_DIR`));
  });

  it('accepts a data folder every user can walk to', async () => {
    const shared = await mkdtemp(join(tmpdir(), 'collegial-shared-'));
    await chmod(shared, 0o755);
    const data = join(shared, '.data', 'postgres');
    await mkdir(data, { recursive: true, mode: 0o755 });
    expect(() => assertReachableByPostgresUser(data)).not.toThrow();
  });
});
