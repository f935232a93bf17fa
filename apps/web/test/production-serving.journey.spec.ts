import { startWebApp, type WebApp } from './support/web-app';

jest.setTimeout(60_000);

/** In production the api sends a strict Content-Security-Policy: the app must work under it, from the same origin as /graphql. */
describe('the web app served in production', () => {
  let web: WebApp;
  beforeAll(async () => {
    web = await startWebApp({ NODE_ENV: 'production' });
  });
  afterAll(() => web?.close());

  it('loads under the content security policy and reaches the api', async () => {
    const page = await web.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    const response = await page.goto('/login');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Adresse e-mail').fill('nobody@example.org');
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').waitFor();
    expect(refused).toEqual([]);
  });

  it('answers any page address with the app, and an unknown asset with 404', async () => {
    const page = await web.newPage();
    const deepLink = await page.goto('/o/3f2b1c9e-0000-4000-8000-000000000000/members');
    expect(deepLink?.status()).toBe(200);
    expect(deepLink?.headers()['cache-control']).toBe('no-cache');
    const missing = await fetch(`${web.url}/assets/nothing-here.js`);
    expect(missing.status).toBe(404);
  });
});
