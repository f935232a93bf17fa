import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { DataSource } from 'typeorm';
import { linkToken, mailCausedBy, registerAccount, startTestApp, uniqueEmail, type TestApp } from './support';
import { AccountsService } from '../src/auth/services/accounts.service';
import { PasswordHasher } from '../src/auth/passwords/password-hasher';

const ME = `query Me { me { id email displayName locale } }`;
const LOG_IN = `mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { token account { id } } }`;

describe('accounts', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => api.close());

  it('a person registers by e-mail, sets up the account from the link, is logged in, and sees themselves with me', async () => {
    const email = uniqueEmail('Claire');
    const account = await registerAccount(api, { email, displayName: 'Claire Dubois' });
    const { me } = await api.client.ok(ME, {}, { token: account.token });
    expect(me).toEqual({ id: account.id, email: email.toLowerCase(), displayName: 'Claire Dubois', locale: 'fr' });
  });

  it('stores the password as a bcrypt hash, never as given', async () => {
    const account = await registerAccount(api);
    const [row] = await api.app.get(DataSource).query('SELECT password_hash FROM accounts WHERE id = $1', [account.id]);
    expect(row.password_hash).toMatch(/^hmac-sha256\$\$2[aby]\$04\$/);
    expect(row.password_hash).not.toContain(account.password);
  });

  it('registering an address that has an account, whatever its case, answers as for any address and creates nothing', async () => {
    const email = uniqueEmail();
    await registerAccount(api, { email });
    const { register } = await api.client.ok(`mutation R($input: RegisterInput!) { register(input: $input) }`, { input: { email: email.toUpperCase() } });
    expect(register).toBe(true);
    const [{ count }] = await api.app.get(DataSource).query('SELECT count(*)::int AS count FROM accounts WHERE email = $1', [email]);
    expect(count).toBe(1);
    expect((await api.mailbox.lastTo(email)).subject).toBe('Vous avez déjà un compte Collegial');
  });

  it('answers in English when the client asks for it', async () => {
    const error = await api.client.error(
      `mutation R($input: RegisterInput!) { register(input: $input) }`,
      { input: { email: 'not-an-address' } },
      { language: 'en-GB,en;q=0.9' },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(error.message).toBe('"not-an-address" is not a valid e-mail address.');
  });

  it('refuses a short password', async () => {
    const error = await registerAccount(api, { password: 'short' }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toContain('"reason":"WEAK_PASSWORD"');
  });

  it('logs in with the right password and refuses a wrong one without saying which part was wrong', async () => {
    const account = await registerAccount(api);
    const { logIn } = await api.client.ok(LOG_IN, { email: account.email, password: account.password });
    expect(logIn.account.id).toBe(account.id);
    const wrongPassword = await api.client.error(LOG_IN, { email: account.email, password: 'wrong password!' });
    const unknownAccount = await api.client.error(LOG_IN, { email: uniqueEmail(), password: 'wrong password!' });
    expect(wrongPassword.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(unknownAccount.message).toBe(wrongPassword.message);
  });

  it('logging out revokes the token at once', async () => {
    const account = await registerAccount(api);
    await api.client.ok(`mutation { logOut }`, {}, { token: account.token });
    const error = await api.client.error(ME, {}, { token: account.token });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a session stops working when it expires', async () => {
    const account = await registerAccount(api);
    await api.client.ok(ME, {}, { token: account.token });
    // The token carries the session's expiry, signed: the same token with a past expiry.
    const jwt = api.app.get(JwtService);
    const { sub, sid } = jwt.decode<{ sub: string; sid: string }>(account.token);
    const expired = await jwt.signAsync({ sub, sid, exp: Math.floor(Date.now() / 1000) - 1 });
    expect((await api.client.error(ME, {}, { token: expired })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or tampered token', async () => {
    const account = await registerAccount(api);
    const tampered = account.token.slice(0, -3) + (account.token.endsWith('abc') ? 'xyz' : 'abc');
    expect((await api.client.error(ME, {}, { token: tampered })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.client.error(ME, {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('blocks an account after repeated failures, even with the right password, until the block ends', async () => {
    const account = await registerAccount(api);
    for (let attempt = 0; attempt < 3; attempt++) {
      await api.client.error(LOG_IN, { email: account.email, password: 'not the password' });
    }
    const blocked = await api.client.error(LOG_IN, { email: account.email, password: account.password });
    expect(blocked.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.message).toMatch(/Réessayez dans 15 minutes/);
    // Another account from the same address is not affected by this account's block.
    const other = await registerAccount(api);
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
    const account = await registerAccount(api);
    const blocked = await api.client.error(LOG_IN, { email: account.email, password: account.password }, { headers: address });
    expect(blocked.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    // The same account from another address logs in.
    await api.client.ok(LOG_IN, { email: account.email, password: account.password }, { headers: { 'x-forwarded-for': '198.51.100.4' } });
  });
});

/** 'ok', or the refusal's reason. */
type Outcome = string;
const outcome = async (attempt: Promise<{ errors?: { extensions?: { reason?: string } }[] }>): Promise<Outcome> => {
  const response = await attempt;
  return response.errors?.[0]?.extensions?.reason ?? 'ok';
};
const tally = (outcomes: Outcome[]) => outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});

describe('login attempts under concurrency', () => {
  let api: TestApp;
  /** Its own client address, so these failures do not count against other tests' loopback address. */
  const from = { headers: { 'x-forwarded-for': '192.0.2.50' } };
  beforeAll(async () => {
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => api.close());

  it('of 20 concurrent wrong passwords for one account, at most 5 are checked; the others are refused unchecked, and so is the right password after them', async () => {
    const account = await registerAccount(api);
    const checks = jest.spyOn(api.app.get(PasswordHasher), 'verify');
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => outcome(api.client.request(LOG_IN, { email: account.email, password: 'not the password at all' }, from))),
      );
      expect(tally(outcomes)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 15 });
      expect(checks).toHaveBeenCalledTimes(5);
      const blocked = await api.client.error(LOG_IN, { email: account.email, password: account.password }, from);
      expect(blocked.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
      expect(checks).toHaveBeenCalledTimes(5);
    } finally {
      checks.mockRestore();
    }
  });

  it('the right password sent inside a burst, once the limit is spent, is refused', async () => {
    const account = await registerAccount(api);
    let failures = 0;
    let limitSpent!: () => void;
    const spent = new Promise<void>((resolve) => (limitSpent = resolve));
    const burst = Array.from({ length: 20 }, () =>
      outcome(api.client.request(LOG_IN, { email: account.email, password: 'still not the password' }, from)).then((o) => {
        if (o === 'INVALID_CREDENTIALS' && ++failures === 5) limitSpent();
        return o;
      }),
    );
    await spent;
    const right = await outcome(api.client.request(LOG_IN, { email: account.email, password: account.password }, from));
    const outcomes = await Promise.all(burst);
    expect(right).toBe('TOO_MANY_ATTEMPTS');
    expect(tally(outcomes)).toEqual({ INVALID_CREDENTIALS: 5, TOO_MANY_ATTEMPTS: 15 });
  });

  it('a success clears the count of its account', async () => {
    const account = await registerAccount(api);
    for (let attempt = 0; attempt < 4; attempt++) await api.client.error(LOG_IN, { email: account.email, password: 'wrong again, sadly' }, from);
    await api.client.ok(LOG_IN, { email: account.email, password: account.password }, from);
    for (let attempt = 0; attempt < 4; attempt++) await api.client.error(LOG_IN, { email: account.email, password: 'wrong again, sadly' }, from);
    await api.client.ok(LOG_IN, { email: account.email, password: account.password }, from);
  });
});

describe('login attempts from one address under concurrency', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '100', LOGIN_MAX_FAILURES_PER_ADDRESS: '30' });
  });
  afterAll(() => api.close());

  it('of 40 concurrent attempts from one address, at most 30 are checked, then even a right password from there is refused', async () => {
    const account = await registerAccount(api);
    const address = { 'x-forwarded-for': '203.0.113.40' };
    const checks = jest.spyOn(api.app.get(PasswordHasher), 'verify');
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 40 }, () => outcome(api.client.request(LOG_IN, { email: uniqueEmail(), password: 'guessing passwords' }, { headers: address }))),
      );
      expect(tally(outcomes)).toEqual({ INVALID_CREDENTIALS: 30, TOO_MANY_ATTEMPTS: 10 });
      expect(checks).toHaveBeenCalledTimes(30);
    } finally {
      checks.mockRestore();
    }
    expect((await api.client.error(LOG_IN, { email: account.email, password: account.password }, { headers: address })).extensions?.reason).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    await api.client.ok(LOG_IN, { email: account.email, password: account.password }, { headers: { 'x-forwarded-for': '198.51.100.40' } });
  });

  it('successful logins do not use up the address', async () => {
    const account = await registerAccount(api);
    const address = { 'x-forwarded-for': '203.0.113.41' };
    for (let attempt = 0; attempt < 35; attempt++) await api.client.ok(LOG_IN, { email: account.email, password: account.password }, { headers: address });
  });
});

describe('logIn with oversized input', () => {
  let api: TestApp;
  beforeAll(async () => {
    // Failed attempts of earlier tests from this loopback address stay in the same database.
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => api.close());

  const longAddress = (length: number) => `${'a'.repeat(60)}.${'b'.repeat(length - 60 - 1 - '@example.org'.length)}@example.org`;

  it('an e-mail longer than an address can be is bad input, not a failure', async () => {
    for (const email of [longAddress(255), longAddress(300), `${'x'.repeat(5000)}@example.org`]) {
      const error = await api.client.error(LOG_IN, { email, password: 'whatever password' }, { headers: { 'x-forwarded-for': '192.0.2.51' } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect(error.message.length).toBeLessThan(200);
    }
  });

  it('an e-mail of 248 to 254 characters is an ordinary address: wrong credentials, not a failure', async () => {
    for (const length of [248, 254]) {
      const email = longAddress(length);
      expect(email).toHaveLength(length);
      expect(
        (await api.client.error(LOG_IN, { email, password: 'whatever password' }, { headers: { 'x-forwarded-for': '192.0.2.51' } })).extensions?.reason,
      ).toBe('INVALID_CREDENTIALS');
    }
  });

  it('a forwarded address longer than 64 characters, or not an address at all, does not break logIn', async () => {
    const account = await registerAccount(api);
    for (const forwarded of ['x'.repeat(65), '203.0.113.7'.padEnd(300, '7'), `${'2001:db8::1'},${'z'.repeat(500)}`]) {
      const { logIn } = await api.client.ok(LOG_IN, { email: account.email, password: account.password }, { headers: { 'x-forwarded-for': forwarded } });
      expect(logIn.account.id).toBe(account.id);
    }
    // Counted with the connection's own address (here the loopback one).
    const wrong = await api.client.error(LOG_IN, { email: account.email, password: 'not the password' }, { headers: { 'x-forwarded-for': 'x'.repeat(65) } });
    expect(wrong.extensions?.reason).toBe('INVALID_CREDENTIALS');
    const [{ longest }] = await api.app
      .get(DataSource)
      .query('SELECT max(length(ip_address))::int AS longest FROM sessions WHERE account_id = $1', [account.id]);
    expect(longest).toBeLessThanOrEqual(64);
  });
});

describe('passwords', () => {
  let api: TestApp;
  beforeAll(async () => {
    // Failed attempts of earlier tests from this loopback address stay in the same database.
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => api.close());

  const REGISTER = `mutation R($input: RegisterInput!) { register(input: $input) }`;
  const CONFIRM = `mutation C($input: ConfirmRegistrationInput!) { confirmRegistration(input: $input) { token } }`;
  /** Registration links by address: a refused password leaves the link usable. */
  const links = new Map<string, string>();
  /** Sets up a new account with this password: the error, or null when accepted. */
  const setUp = async (password: string, person: { email?: string; displayName?: string } = {}) => {
    const email = person.email ?? uniqueEmail();
    if (!links.has(email)) {
      const mail = await mailCausedBy(api.mailbox, email, () => api.client.ok(REGISTER, { input: { email } }));
      links.set(email, linkToken(mail, '/registration'));
    }
    const response = await api.client.request(CONFIRM, { input: { token: links.get(email), password, displayName: person.displayName ?? 'Camille Martin' } });
    return response.errors?.[0] ?? null;
  };

  it.each(['1234567890', 'aaaaaaaaaa', 'password12', 'azertyuiop', ' '.repeat(10), 'Tr0ub4dor&3'])(
    'refuses %j: shorter than 12 characters',
    async (password) => {
      const error = await setUp(password);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
      expect(error?.extensions?.messages).toEqual({
        fr: expect.stringContaining('entre 12 et 128 caractères'),
        en: expect.stringContaining('between 12 and 128 characters'),
      });
    },
  );

  it.each(['123456789012', 'aaaaaaaaaaaa', 'password1234', 'azertyuiop12', 'motdepasse123', ' '.repeat(12), 'soleil123456'])(
    'refuses %j: long enough but common or guessable, and says why in French and English',
    async (password) => {
      const error = await setUp(password);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
      expect(error?.message).toMatch(/^Ce mot de passe est trop facile à deviner\. \S/);
      expect(error?.extensions?.messages?.en).toMatch(/^This password is too easy to guess\. \S/);
    },
  );

  it("refuses a password made of the person's own e-mail or name", async () => {
    const email = uniqueEmail('camille.martin');
    for (const password of ['camille.martin2024', 'Martin.Camille.1', email, 'camille-martin-1990-05-12']) {
      const error = await setUp(password, { email, displayName: 'Camille Martin' });
      expect(error?.extensions?.reason).toBe('WEAK_PASSWORD');
      expect(error?.extensions?.messages?.en).toMatch(/^This password is too easy to guess/);
    }
    expect(await setUp('Camille aime les tulipes du jardin', { email, displayName: 'Camille Martin' })).toBeNull();
    expect((await setUp('Lenoir-Vautrin-1789', { displayName: 'Ambroise Lenoir-Vautrin' }))?.extensions?.reason).toBe('WEAK_PASSWORD');
  });

  it('accepts a passphrase of 128 characters and refuses one of 129', async () => {
    const phrase = 'les hirondelles du quai Saint-Louis reviennent chaque printemps sur la Rance, ';
    const long = (phrase + phrase).slice(0, 128);
    expect(await setUp(long)).toBeNull();
    expect((await setUp(long + 'x'))?.extensions?.reason).toBe('WEAK_PASSWORD');
    // Characters, not bytes: 12 accented letters make 24 bytes and pass the length rule.
    expect(await setUp('éléphant où ça? ')).toBeNull();
  });

  it('two passwords that share their first 72 bytes are different passwords', async () => {
    const prefix = 'Les registres des assemblées générales de la coopérative sont tenus au siège';
    expect(Buffer.byteLength(prefix)).toBeGreaterThan(72);
    const email = uniqueEmail();
    expect(await setUp(`${prefix} : un`, { email })).toBeNull();
    const LOG_IN_AS = `mutation L($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`;
    await api.client.ok(LOG_IN_AS, { e: email, p: `${prefix} : un` });
    expect((await api.client.error(LOG_IN_AS, { e: email, p: `${prefix} : deux` }, { headers: { 'x-forwarded-for': '192.0.2.52' } })).extensions?.reason).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('stores new hashes as bcrypt of a pre-hash, marked; verifies an older plain bcrypt hash and replaces it at the next login', async () => {
    const email = uniqueEmail();
    const password = 'un vieux mot de passe de 2024';
    expect(await setUp(password, { email })).toBeNull();
    const dataSource = api.app.get(DataSource);
    const stored = async () => (await dataSource.query('SELECT password_hash FROM accounts WHERE email = $1', [email]))[0].password_hash as string;
    expect(await stored()).toMatch(/^hmac-sha256\$\$2b\$04\$/);

    await dataSource.query('UPDATE accounts SET password_hash = $2 WHERE email = $1', [email, await bcrypt.hash(password, 4)]);
    const LOG_IN_AS = `mutation L($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`;
    expect(
      (await api.client.error(LOG_IN_AS, { e: email, p: 'not the old password' }, { headers: { 'x-forwarded-for': '192.0.2.52' } })).extensions?.reason,
    ).toBe('INVALID_CREDENTIALS');
    expect(await stored()).toMatch(/^\$2b\$04\$/);
    await api.client.ok(LOG_IN_AS, { e: email, p: password });
    expect(await stored()).toMatch(/^hmac-sha256\$\$2b\$04\$/);
    await api.client.ok(LOG_IN_AS, { e: email, p: password });
  });
});

describe('registration by e-mail', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL: 'https://collegial.example.org' });
  });
  afterAll(() => api.close());

  const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) }`;
  const CONFIRM = `mutation Confirm($input: ConfirmRegistrationInput!) { confirmRegistration(input: $input) { token account { id email displayName locale } } }`;
  const accountsWith = async (email: string) =>
    (await api.app.get(DataSource).query('SELECT count(*)::int AS count FROM accounts WHERE email = $1', [email]))[0].count as number;

  it('answers the same for a new and a known address, creates nothing yet, and the mail says what to do', async () => {
    const known = await registerAccount(api, { displayName: 'Claire Dubois' });
    const fresh = uniqueEmail('new');
    const knownMail = await mailCausedBy(api.mailbox, known.email, async () => {
      const answer = await api.client.request(REGISTER, { input: { email: known.email.toUpperCase() } });
      expect(answer).toEqual({ status: 200, data: { register: true } });
    });
    const freshMail = await mailCausedBy(api.mailbox, fresh, async () => {
      const answer = await api.client.request(REGISTER, { input: { email: fresh } });
      expect(answer).toEqual({ status: 200, data: { register: true } });
    });
    expect(await accountsWith(fresh)).toBe(0);

    expect(freshMail.subject).toBe('Confirmez votre adresse pour créer votre compte Collegial');
    expect(freshMail.text).toMatch(/https:\/\/collegial\.example\.org\/registration#[A-Za-z0-9_-]{40,}/);
    expect(freshMail.text).toContain('Ce lien ne sert qu’une fois.');

    expect(knownMail.subject).toBe('Vous avez déjà un compte Collegial');
    expect(knownMail.text).toContain('Bonjour Claire Dubois,');
    expect(knownMail.text).toContain('https://collegial.example.org/login');
    expect(knownMail.text).not.toContain('/registration#');
    expect(await accountsWith(known.email.toLowerCase())).toBe(1);
  });

  it('the link confirms the address, sets up the account and logs it in, once', async () => {
    const email = uniqueEmail('Camille');
    const mail = await mailCausedBy(api.mailbox, email, () => api.client.ok(REGISTER, { input: { email } }));
    const token = linkToken(mail, '/registration');
    const stored = await api.app
      .get(DataSource)
      .query(`SELECT token_hash = encode(sha256($1::bytea), 'hex') AS hashed FROM registration_requests WHERE email = $2`, [token, email.toLowerCase()]);
    expect(stored).toEqual([{ hashed: true }]);

    const weak = await api.client.error(CONFIRM, { input: { token, password: 'motdepasse123', displayName: 'Camille Martin' } });
    expect(weak.extensions?.reason).toBe('WEAK_PASSWORD');
    expect(await accountsWith(email.toLowerCase())).toBe(0);

    const { confirmRegistration } = await api.client.ok(CONFIRM, {
      input: { token, password: 'trois vélos rouges sous la pluie', displayName: 'Camille Martin' },
    });
    expect(confirmRegistration.account).toMatchObject({ email: email.toLowerCase(), displayName: 'Camille Martin', locale: 'fr' });
    const { me } = await api.client.ok(ME, {}, { token: confirmRegistration.token });
    expect(me.id).toBe(confirmRegistration.account.id);

    const again = await api.client.error(CONFIRM, { input: { token, password: 'trois vélos rouges sous la pluie', displayName: 'Twin' } });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_UNUSABLE' });
    expect(
      (await api.client.error(CONFIRM, { input: { token: 'made-up-token', password: 'trois vélos rouges sous la pluie', displayName: 'X' } })).extensions
        ?.reason,
    ).toBe('REGISTRATION_UNUSABLE');
  });

  it('an expired link does not work, and an earlier link stops working once the address has its account', async () => {
    const email = uniqueEmail();
    const first = linkToken(await mailCausedBy(api.mailbox, email, () => api.client.ok(REGISTER, { input: { email } })), '/registration');
    const second = linkToken(await mailCausedBy(api.mailbox, email, () => api.client.ok(REGISTER, { input: { email } })), '/registration');
    const third = linkToken(await mailCausedBy(api.mailbox, email, () => api.client.ok(REGISTER, { input: { email } })), '/registration');
    await api.app
      .get(DataSource)
      .query(`UPDATE registration_requests SET expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [third]);
    const input = { password: 'trois vélos rouges sous la pluie', displayName: 'Camille Martin' };
    expect((await api.client.error(CONFIRM, { input: { token: third, ...input } })).extensions?.reason).toBe('REGISTRATION_UNUSABLE');
    await api.client.ok(CONFIRM, { input: { token: second, ...input } });
    expect((await api.client.error(CONFIRM, { input: { token: first, ...input } })).extensions?.reason).toBe('REGISTRATION_UNUSABLE');
    expect(await accountsWith(email.toLowerCase())).toBe(1);
  });

  it('in English when asked: the mail, then the account', async () => {
    const email = uniqueEmail();
    const mail = await mailCausedBy(api.mailbox, email, () => api.client.ok(REGISTER, { input: { email, locale: 'en' } }));
    expect(mail.subject).toBe('Confirm your address to create your Collegial account');
    expect(mail.headers.get('content-language')).toBe('en');
    const { confirmRegistration } = await api.client.ok(CONFIRM, {
      input: { token: linkToken(mail, '/registration'), password: 'three red bicycles in the rain', displayName: 'Sam Taylor' },
    });
    expect(confirmRegistration.account.locale).toBe('en');
    // A known address is answered in its account's language.
    const reminder = await mailCausedBy(api.mailbox, email, () => api.client.ok(REGISTER, { input: { email } }));
    expect(reminder.subject).toBe('You already have a Collegial account');
  });
});

describe('registration throttling', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ REGISTRATION_MAX_PER_EMAIL: '3', REGISTRATION_MAX_PER_ADDRESS: '5' });
  });
  afterAll(() => api.close());

  const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) }`;

  it('refuses a fourth request for one address within the window, whether it has an account or not, and sends no more mail', async () => {
    // Created directly: this file's other registrations came from the loopback address.
    const known = await api.app
      .get(AccountsService)
      .create({ email: uniqueEmail(), password: 'trois vélos rouges sous la pluie', displayName: 'Claire Dubois' });
    const from = { headers: { 'x-forwarded-for': '192.0.2.60' } };
    for (const email of [known.email, uniqueEmail()]) {
      for (let attempt = 0; attempt < 3; attempt++)
        await api.client.ok(REGISTER, { input: { email } }, { headers: { 'x-forwarded-for': `192.0.2.${61 + attempt}` } });
      const sent = api.mailbox.to(email).length;
      const refused = await api.client.error(REGISTER, { input: { email } }, from);
      expect(refused.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
      expect(refused.message).toMatch(/^Trop de demandes d'inscription\. Réessayez dans \d+ minutes?\.$/);
      expect(api.mailbox.to(email)).toHaveLength(sent);
    }
  });

  it('refuses more requests than the limit from one client address, concurrent ones included', async () => {
    const from = { headers: { 'x-forwarded-for': '192.0.2.70' } };
    const answers = await Promise.all(Array.from({ length: 8 }, () => api.client.request(REGISTER, { input: { email: uniqueEmail() } }, from)));
    expect(answers.filter((a) => a.data?.register === true)).toHaveLength(5);
    expect(answers.filter((a) => a.errors?.[0].extensions?.reason === 'TOO_MANY_ATTEMPTS')).toHaveLength(3);
  });
});
