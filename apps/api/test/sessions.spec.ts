import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SessionRevocations } from '../src/auth/services/session-revocations.service';
import { registerAccount, startTestApp, testConfig, workerDatabaseUrl, type TestApp } from './support';

const ME = `query Me { me { id } }`;

/** Polls until `check` holds, within a bound. */
async function eventually(check: () => Promise<boolean> | boolean, withinMs = 3_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const refusedOn = (api: TestApp, token: string) => async () =>
  (await api.client.request(ME, {}, { token })).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';

/** Ends the listening connections of this database, as a PostgreSQL restart or a network cut would. */
async function dropListeners(api: TestApp): Promise<void> {
  await api.app
    .get(DataSource)
    .query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'collegial-revocations' AND datname = current_database()`);
}

describe('sessions across two api instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const shared = { SESSION_SECRET: randomBytes(32).toString('hex') };
    a = await startTestApp(shared);
    b = await startTestApp(shared);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('a token works on both instances until its session is logged out on one, then on neither', async () => {
    const account = await registerAccount(a);
    await b.client.ok(ME, {}, { token: account.token });
    await a.client.ok(`mutation { logOut }`, {}, { token: account.token });
    expect(await refusedOn(a, account.token)()).toBe(true);
    await eventually(refusedOn(b, account.token), 1_000);
  });

  it('me answers the id from the session, and the other fields from the account, whichever way they are asked', async () => {
    const account = await registerAccount(a, { displayName: 'Odile Martin' });
    expect((await b.client.ok(`query { me { id __typename } }`, {}, { token: account.token })).me).toEqual({ id: account.id, __typename: 'Account' });
    const { me } = await b.client.ok(`query { me { ...Who } } fragment Who on Account { id displayName }`, {}, { token: account.token });
    expect(me).toEqual({ id: account.id, displayName: 'Odile Martin' });
    const { me: again } = await b.client.ok(`query { me { id email } }`, {}, { token: account.token });
    expect(again.email).toBe(account.email.toLowerCase());
  });

  it('a session revoked before an instance starts is refused by it', async () => {
    const account = await registerAccount(a);
    await a.client.ok(`mutation { logOut }`, {}, { token: account.token });
    const late = await startTestApp({ SESSION_SECRET: a.config.sessionSecret! });
    try {
      expect(late.app.get(SessionRevocations).isListening).toBe(true);
      expect(await refusedOn(late, account.token)()).toBe(true);
    } finally {
      await late.close();
    }
  });

  it('refuses a token whose signed expiry has passed, and one signed with another secret', async () => {
    const account = await registerAccount(a);
    const { sub, sid } = a.app.get(JwtService).decode<{ sub: string; sid: string }>(account.token);
    const expired = await a.app.get(JwtService).signAsync({ sub, sid, exp: Math.floor(Date.now() / 1000) - 5 });
    const forged = await new JwtService({ secret: randomBytes(32).toString('hex') }).signAsync({ sub, sid }, { issuer: 'collegial' });
    for (const token of [expired, forged]) {
      expect(await refusedOn(a, token)()).toBe(true);
      expect(await refusedOn(b, token)()).toBe(true);
    }
    await b.client.ok(ME, {}, { token: account.token });
  });

  it('when the listening connection drops, a logout elsewhere is still refused, and listening resumes', async () => {
    const revocations = b.app.get(SessionRevocations);
    const first = await registerAccount(a);
    await dropListeners(a);
    await a.client.ok(`mutation { logOut }`, {}, { token: first.token });
    await eventually(refusedOn(b, first.token));
    await eventually(() => revocations.isListening);
    const second = await registerAccount(a);
    await a.client.ok(`mutation { logOut }`, {}, { token: second.token });
    await eventually(refusedOn(b, second.token), 1_000);
  });

  it('while it cannot listen, an instance checks sessions in the database', async () => {
    const revocations = b.app.get(SessionRevocations);
    const account = await registerAccount(a);
    await b.client.ok(ME, {}, { token: account.token });
    const database = new URL(await workerDatabaseUrl()).pathname.slice(1);
    const admin = new Client({ connectionString: testConfig.adminUrl() });
    await admin.connect();
    try {
      // No new connection to this database: the listener cannot come back until allowed again.
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await dropListeners(a);
      await eventually(() => !revocations.isListening);
      await a.client.ok(`mutation { logOut }`, {}, { token: account.token });
      expect(revocations.isListening).toBe(false);
      expect(await refusedOn(b, account.token)()).toBe(true);
    } finally {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    await eventually(() => revocations.isListening, 10_000);
    expect(await refusedOn(b, account.token)()).toBe(true);
  });
});
