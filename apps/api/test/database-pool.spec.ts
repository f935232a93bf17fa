import { Client } from 'pg';
import { DataSource, QueryFailedError, type QueryRunner } from 'typeorm';
import { Transactions } from '../src/core/transactions/transactions';
import { adminWithOrganisation, startTestApp, workerDatabaseUrl, type TestApp } from './support';

/** One SHOW per connection, on `count` connections of the pool held at once. */
async function settingsOfConnections(dataSource: DataSource, count: number) {
  const runners: QueryRunner[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      runners.push(runner);
    }
    return await Promise.all(
      runners.map(async (runner) => {
        const [row] = await runner.query(
          `SELECT pg_backend_pid() AS pid, current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
                  current_setting('idle_in_transaction_session_timeout') AS idle`,
        );
        return row as { pid: number; statement: string; lock: string; idle: string };
      }),
    );
  } finally {
    await Promise.all(runners.map((runner) => runner.release()));
  }
}

const poolSizeOf = (dataSource: DataSource) => (dataSource.driver as unknown as { master: { options: { max: number } } }).master.options.max;

describe('the connections of the api to PostgreSQL', () => {
  describe('by default', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp();
    });
    afterAll(() => api.close());

    it('are ten, each cancelling statements after 15 s, lock waits after 5 s, idle transactions after 30 s', async () => {
      const dataSource = api.app.get(DataSource);
      expect(poolSizeOf(dataSource)).toBe(10);
      const connections = await settingsOfConnections(dataSource, 10);
      expect(new Set(connections.map((c) => c.pid)).size).toBe(10);
      for (const connection of connections) expect(connection).toMatchObject({ statement: '15s', lock: '5s', idle: '30s' });
      // The connection the migrations ran on (without timeouts) went back to the pool with them.
      const [show] = await dataSource.query('SHOW statement_timeout');
      expect(show).toEqual({ statement_timeout: '15s' });
    });

    it('send the reads asked for together inside a transaction one after another on its connection (pg 9 refuses a second query on a busy connection), and outside a transaction side by side', async () => {
      // Which connections receive a query while another is still running on them.
      const busy = new WeakMap<Client, number>();
      let sentToBusyConnection = 0;
      const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
      const send = prototype.query;
      prototype.query = function (this: Client, ...args: unknown[]) {
        const running = busy.get(this) ?? 0;
        if (running > 0) sentToBusyConnection++;
        busy.set(this, running + 1);
        const done = () => busy.set(this, (busy.get(this) ?? 1) - 1);
        const result = send.apply(this, args);
        if (result instanceof Promise) result.then(done, done);
        else done();
        return result;
      };
      try {
        const transactions = api.app.get<Transactions>(Transactions);
        const read = (n: number) => transactions.tx.query<{ n: number; pid: number }[]>('SELECT $1::int AS n, pg_backend_pid() AS pid, pg_sleep(0.05)', [n]);
        const inside = await transactions.withTransaction(() => Promise.all([read(1), read(2), read(3)]));
        expect(inside.map(([row]) => row.n)).toEqual([1, 2, 3]);
        expect(new Set(inside.map(([row]) => row.pid)).size).toBe(1);
        expect(sentToBusyConnection).toBe(0);
        const outside = await Promise.all([read(4), read(5), read(6)]);
        expect(new Set(outside.map(([row]) => row.pid)).size).toBe(3);
      } finally {
        prototype.query = send;
      }
    });
  });

  describe('as configured', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({
        DATABASE_POOL_SIZE: '3',
        DATABASE_STATEMENT_TIMEOUT_MS: '700',
        DATABASE_LOCK_TIMEOUT_MS: '300',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '500',
      });
    });
    afterAll(() => api.close());

    it('follow DATABASE_POOL_SIZE and the DATABASE_*_TIMEOUT_MS settings on every connection of the pool', async () => {
      const dataSource = api.app.get(DataSource);
      expect(poolSizeOf(dataSource)).toBe(3);
      const connections = await settingsOfConnections(dataSource, 3);
      for (const connection of connections) expect(connection).toMatchObject({ statement: '700ms', lock: '300ms', idle: '500ms' });
    });

    it('fail a statement that waits for a lock longer than lock_timeout, instead of hanging, and the api goes on', async () => {
      const { admin, organisationId } = await adminWithOrganisation(api);
      const holder = new Client({ connectionString: await workerDatabaseUrl() });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('SELECT id FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
        const started = Date.now();
        const waiting = api.app
          .get(DataSource)
          .transaction((manager) => manager.query('SELECT id FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]));
        await expect(waiting).rejects.toBeInstanceOf(QueryFailedError);
        await expect(waiting).rejects.toMatchObject({ driverError: { code: '55P03' } });
        expect(Date.now() - started).toBeLessThan(3_000);
      } finally {
        await holder.query('ROLLBACK');
        await holder.end();
      }
      const { me } = await api.client.ok<{ me: { id: string } }>('{ me { id } }', {}, { token: admin.token });
      expect(me.id).toBe(admin.id);
    });

    it('end a transaction left idle longer than idle_in_transaction_session_timeout, and the api goes on', async () => {
      const dataSource = api.app.get(DataSource);
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query('SELECT 1');
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await expect(runner.query('SELECT 1')).rejects.toThrow();
      } finally {
        await runner.release().catch(() => undefined);
      }
      const answers = await Promise.all([1, 2, 3, 4].map(() => dataSource.query('SELECT 1 AS one')));
      expect(answers).toEqual([[{ one: 1 }], [{ one: 1 }], [{ one: 1 }], [{ one: 1 }]]);
    });

    it('cancel a statement that runs longer than statement_timeout', async () => {
      const started = Date.now();
      await expect(api.app.get(DataSource).query('SELECT pg_sleep(5)')).rejects.toMatchObject({ driverError: { code: '57014' } });
      expect(Date.now() - started).toBeLessThan(3_000);
    });
  });

  it('do not stop a replica that waits for the migrations of another one longer than lock_timeout and statement_timeout', async () => {
    const otherReplica = new Client({ connectionString: await workerDatabaseUrl() });
    await otherReplica.connect();
    await otherReplica.query('SELECT pg_advisory_lock(4242001)');
    let released = false;
    try {
      const starting = startTestApp({ DATABASE_LOCK_TIMEOUT_MS: '200', DATABASE_STATEMENT_TIMEOUT_MS: '200' });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await otherReplica.query('SELECT pg_advisory_unlock(4242001)');
      released = true;
      const api = await starting;
      const [show] = await api.app.get(DataSource).query('SHOW lock_timeout');
      expect(show).toEqual({ lock_timeout: '200ms' });
      await api.close();
    } finally {
      if (!released) await otherReplica.query('SELECT pg_advisory_unlock(4242001)');
      await otherReplica.end();
    }
  });
});
