import { mkdirSync } from 'node:fs';
import { linkIn } from '@collegial/testing';
import { createOrganisation, registerAccount, uniqueEmail } from '../../api/test/support';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp } from './support/web-app';

jest.setTimeout(120_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

describe('a person without an account', () => {
  it('registers from the e-mail link, creates an SCIC and lands on its home page', async () => {
    const page = await web.newPage();
    const email = uniqueEmail('camille');
    await page.goto('/');
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-desktop');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await page.getByText('un e-mail vient de lui être envoyé').waitFor();

    const mail = await web.api.mailbox.lastTo(email);
    await page.goto(linkIn(mail, `${web.url}/registration#`));
    await page.getByLabel('Votre nom').fill('Camille Martin');
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('trois vélos rouges sous la pluie');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await page.getByText('Vous n’appartenez encore à aucune organisation').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Créer une organisation' }).first().click();
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Énergies du Bocage');
    await page.getByRole('combobox', { name: 'Forme juridique' }).click();
    await page.getByRole('option', { name: 'SCIC' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'create-organisation-desktop');
    await page.getByRole('button', { name: 'Créer', exact: true }).click();

    await page.getByRole('heading', { name: 'Énergies du Bocage' }).waitFor();
    expect(await page.getByText('SCIC · Administrateur·rice').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('signing in', () => {
  it('says why a wrong password is refused, in French or in English, then signs in and out', async () => {
    const account = await registerAccount(web.api, { displayName: 'Inès Moreau' });
    const page = await web.newPage();
    await page.goto('/login');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-desktop');
    await page.getByLabel('Adresse e-mail').fill(account.email);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    const french = await refusal.textContent();
    expect(french).toMatch(/mot de passe/i);

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText(/password/i)
      .waitFor();

    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My organisations' }).waitFor();
    await page.getByRole('button', { name: /Sign out/ }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.goto('/');
    await page.waitForURL((address) => address.pathname === '/login');
  });

  it('tells a person whose session has ended to sign in again, and brings them back where they were', async () => {
    const account = await registerAccount(web.api);
    const page = await signedIn(await web.newPage(), account);
    await page.getByRole('heading', { name: 'Mes organisations' }).waitFor();
    await web.api.client.ok('mutation { logOut }', {}, { token: account.token });

    await page.goto('/organisations/new');
    await page.getByText('Votre session a expiré').waitFor();
    await page.getByLabel('Adresse e-mail').fill(account.email);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Créer une organisation' }).waitFor();
  });
});

describe('on a phone', () => {
  it('folds the navigation behind a menu button', async () => {
    const account = await registerAccount(web.api);
    const organisationId = await createOrganisation(web.api.client, account.token, { name: 'Les Jardins du Canal' });
    const page = await signedIn(await web.newPage({ phone: true }), account, `/o/${organisationId}`);
    await page.getByRole('heading', { name: 'Les Jardins du Canal' }).waitFor();
    const home = page.getByRole('navigation').getByRole('link', { name: 'Accueil' });
    const onScreen = async () => {
      const box = await home.boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 390;
    };
    expect(await onScreen()).toBe(false);
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await page.waitForFunction(() => true);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the menu slides in
    expect(await onScreen()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'organisation-home-phone');
  });
});
