import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { findFreePort } from '@collegial/database';
import { GraphQLClient, registerAccount, SmtpTestServer, startTestApp, testConfig, workerDatabaseUrl, type TestApp } from './support';

describe('GraphQL depth limit', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ GRAPHQL_MAX_DEPTH: '2' });
  });
  afterAll(() => api.close());

  it('refuses a query nested deeper than the limit before running it', async () => {
    const deep = `query { organisationAccess(organisationId: "00000000-0000-4000-8000-000000000000") { account { id } } }`;
    const error = await api.client.error(deep);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/depth/i);
    // Within the limit, the query runs (and meets the login requirement).
    expect((await api.client.error(`query { me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('GraphQL limits', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_BATCH: '2', GRAPHQL_MAX_COST: '60' });
  });
  afterAll(() => api.close());

  it('refuses more aliases than the limit', async () => {
    const account = await registerAccount(api);
    const error = await api.client.error(`query { a: me { id } b: me { id } c: me { id } d: me { id } }`, {}, { token: account.token });
    expect(error.message).toMatch(/alias/i);
    await api.client.ok(`query { a: me { id } b: me { id } }`, {}, { token: account.token });
  });

  it('refuses a query whose cost passes the limit', async () => {
    const account = await registerAccount(api);
    const fields = Array.from({ length: 40 }, () => 'id email displayName').join(' ');
    const error = await api.client.error(`query { me { ${fields} } myOrganisations { id name governanceProfile myRole } }`, {}, { token: account.token });
    expect(error.message).toMatch(/cost/i);
  });

  it('accepts a small batch of operations and refuses a larger one', async () => {
    const account = await registerAccount(api);
    const operation = { query: 'query { me { id } }' };
    const small = await api.client.post<Array<{ data: { me: { id: string } } }>>([operation, operation], { token: account.token });
    expect(small.status).toBe(200);
    expect(small[0].data.me.id).toBe(account.id);
    const large = await api.client.post<{ errors: { extensions: { reason: string } }[] }>([operation, operation, operation], { token: account.token });
    expect(large.status).toBe(400);
    expect(large.errors[0].extensions.reason).toBe('BATCH_TOO_LARGE');
  });

  it('sends security headers', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('reports on /health that the database answers', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('an unexpected failure reaches the client as a generic error without stack, and changes nothing', async () => {
    const account = await registerAccount(api);
    const dataSource = api.app.get(DataSource);
    await dataSource.query('ALTER TABLE login_rate_limits RENAME TO login_rate_limits_away');
    try {
      const response = await api.client.request(`mutation L($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`, {
        e: account.email,
        p: account.password,
      });
      const error = response.errors![0];
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).toBe('Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard.');
      expect(JSON.stringify(response)).not.toMatch(/login_rate_limits|stack|at .*\.js/);
    } finally {
      await dataSource.query('ALTER TABLE login_rate_limits_away RENAME TO login_rate_limits');
    }
  });
});

describe('in production', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => api.close());

  it('introspection and the sandbox page are off', async () => {
    const error = await api.client.error(`query { __schema { queryType { name } } }`);
    expect(error.message).toMatch(/introspection/i);
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/sandbox|apollo-server-landing-page/i);
  });

  it('does not suggest field names to a stranger', async () => {
    const error = await api.client.error(`query { mee { id } }`);
    expect(error.message).not.toMatch(/Did you mean/);
  });
});

describe('in development', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('introspection is on, for the tools of developers', async () => {
    const { __schema } = await api.client.ok(`query { __schema { queryType { name } } }`);
    expect(__schema.queryType.name).toBe('Query');
  });
});

describe('the server started from the command line', () => {
  let server: ChildProcess;
  let output = '';
  let client: GraphQLClient;
  let mailbox: SmtpTestServer;

  beforeAll(async () => {
    const port = await findFreePort();
    mailbox = await SmtpTestServer.start();
    server = spawn(process.execPath, [join(__dirname, '../../../dist/apps/api/src/main.js')], {
      env: {
        ...testConfig.inheritedEnvironment(),
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: await workerDatabaseUrl(),
        LOG_LEVEL: 'info',
        BCRYPT_COST: '4',
        SESSION_SECRET: 'x'.repeat(40),
        SMTP_URL: mailbox.url,
        REGISTRATION_MAX_PER_ADDRESS: '1000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 60_000);
      const check = setInterval(() => {
        if (output.includes('API ready')) {
          clearInterval(check);
          clearTimeout(timer);
          resolve();
        }
      }, 50);
    });
    client = new GraphQLClient(`http://127.0.0.1:${port}`);
  }, 90_000);
  afterAll(async () => {
    server?.kill('SIGTERM');
    await mailbox?.close();
  });

  it('logs one JSON line per request with its operation name and duration, never a password or a token', async () => {
    const account = await registerAccount({ client, mailbox }, { password: 'a very secret password 42' });
    await client.ok(`query WhoAmI { me { id } }`, {}, { token: account.token });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((line) => line.msg === 'request completed');
    const whoAmI = requests.filter((line) => line.operationName === 'WhoAmI');
    expect(whoAmI).toHaveLength(1);
    expect(typeof whoAmI[0].responseTime).toBe('number');
    expect(requests.find((line) => line.operationName === 'Register')).toBeDefined();
    expect(requests.find((line) => line.operationName === 'ConfirmRegistration')).toBeDefined();
    expect(output).not.toContain('a very secret password 42');
    expect(output).not.toContain(account.token);
  });
});

describe('the language of errors', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is English when Accept-Language prefers English by its quality values', async () => {
    const french = await api.client.error(`query { me { id } }`, {}, { language: 'en;q=0.2, fr;q=0.9' });
    expect(french.message).toMatch(/connecté/);
    const english = await api.client.error(`query { me { id } }`, {}, { language: 'fr;q=0.1, en;q=0.9' });
    expect(english.message).toMatch(/logged in/);
  });
});
