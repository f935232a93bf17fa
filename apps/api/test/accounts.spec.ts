import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { registerAccount, startTestApp, uniqueEmail, type TestApp } from './support';

const ME = `query Me { me { id email displayName locale } }`;
const LOG_IN = `mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { token account { id } } }`;

describe('accounts', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => api.close());

  it('a person registers, is logged in at once, and sees themselves with me', async () => {
    const email = uniqueEmail('Claire');
    const account = await registerAccount(api.client, { email, displayName: 'Claire Dubois' });
    const { me } = await api.client.ok(ME, {}, { token: account.token });
    expect(me).toEqual({ id: account.id, email: email.toLowerCase(), displayName: 'Claire Dubois', locale: 'fr' });
  });

  it('stores the password as a bcrypt hash, never as given', async () => {
    const account = await registerAccount(api.client);
    const [row] = await api.app.get(DataSource).query('SELECT password_hash FROM accounts WHERE id = $1', [account.id]);
    expect(row.password_hash).toMatch(/^\$2[aby]\$04\$/);
    expect(row.password_hash).not.toContain(account.password);
  });

  it('refuses a second account with the same e-mail, whatever its case, and creates nothing', async () => {
    const email = uniqueEmail();
    await registerAccount(api.client, { email });
    const error = await api.client.error(
      `mutation R($input: RegisterInput!) { register(input: $input) { token } }`,
      { input: { email: email.toUpperCase(), password: 'another long password', displayName: 'Twin' } },
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_EMAIL' });
    expect(error.message).toContain('Un compte existe déjà');
  });

  it('answers in English when the client asks for it', async () => {
    const error = await api.client.error(
      `mutation R($input: RegisterInput!) { register(input: $input) { token } }`,
      { input: { email: 'not-an-address', password: 'long enough password', displayName: 'X' } },
      { language: 'en-GB,en;q=0.9' },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(error.message).toBe('"not-an-address" is not a valid e-mail address.');
  });

  it('refuses a short password', async () => {
    const error = await api.client.error(
      `mutation R($input: RegisterInput!) { register(input: $input) { token } }`,
      { input: { email: uniqueEmail(), password: 'short', displayName: 'X' } },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
  });

  it('logs in with the right password and refuses a wrong one without saying which part was wrong', async () => {
    const account = await registerAccount(api.client);
    const { logIn } = await api.client.ok(LOG_IN, { email: account.email, password: account.password });
    expect(logIn.account.id).toBe(account.id);
    const wrongPassword = await api.client.error(LOG_IN, { email: account.email, password: 'wrong password!' });
    const unknownAccount = await api.client.error(LOG_IN, { email: uniqueEmail(), password: 'wrong password!' });
    expect(wrongPassword.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(unknownAccount.message).toBe(wrongPassword.message);
  });

  it('logging out revokes the token at once', async () => {
    const account = await registerAccount(api.client);
    await api.client.ok(`mutation { logOut }`, {}, { token: account.token });
    const error = await api.client.error(ME, {}, { token: account.token });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a session stops working when it expires', async () => {
    const account = await registerAccount(api.client);
    await api.client.ok(ME, {}, { token: account.token });
    // The token carries the session's expiry, signed: the same token with a past expiry.
    const jwt = api.app.get(JwtService);
    const { sub, sid } = jwt.decode<{ sub: string; sid: string }>(account.token);
    const expired = await jwt.signAsync({ sub, sid, exp: Math.floor(Date.now() / 1000) - 1 });
    expect((await api.client.error(ME, {}, { token: expired })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or tampered token', async () => {
    const account = await registerAccount(api.client);
    const tampered = account.token.slice(0, -3) + (account.token.endsWith('abc') ? 'xyz' : 'abc');
    expect((await api.client.error(ME, {}, { token: tampered })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.client.error(ME, {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('blocks an account after repeated failures, even with the right password, until the block ends', async () => {
    const account = await registerAccount(api.client);
    for (let attempt = 0; attempt < 3; attempt++) {
      await api.client.error(LOG_IN, { email: account.email, password: 'not the password' });
    }
    const blocked = await api.client.error(LOG_IN, { email: account.email, password: account.password });
    expect(blocked.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.message).toMatch(/Réessayez dans 15 minutes/);
    // Another account from the same address is not affected by this account's block.
    const other = await registerAccount(api.client);
    await api.client.ok(LOG_IN, { email: other.email, password: other.password });
  });
});

describe('login attempts per address', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '100', LOGIN_MAX_FAILURES_PER_ADDRESS: '4' });
  });
  afterAll(() => api.close());

  it('blocks an address that tries many accounts', async () => {
    const address = { 'x-forwarded-for': '203.0.113.7' };
    for (let attempt = 0; attempt < 4; attempt++) {
      await api.client.error(LOG_IN, { email: uniqueEmail(), password: 'guessing passwords' }, { headers: address });
    }
    const account = await registerAccount(api.client);
    const blocked = await api.client.error(LOG_IN, { email: account.email, password: account.password }, { headers: address });
    expect(blocked.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    // The same account from another address logs in.
    await api.client.ok(LOG_IN, { email: account.email, password: account.password }, { headers: { 'x-forwarded-for': '198.51.100.4' } });
  });
});
