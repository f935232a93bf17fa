import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { adminWithOrganisation, joinWithRole } from '../../api/test/support';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp } from './support/web-app';

jest.setTimeout(180_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

const ORDINARY_QUORUM_FR = 'Quorum de l’AG ordinaire : un cinquième des membres sur première convocation, aucun sur seconde';

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Réglages' }).click();
  await page.getByRole('heading', { name: 'Réglages', level: 1 }).waitFor();
}

async function storedColleges(organisationId: string, token: string) {
  const data = await web.api.client.ok<{ colleges: { name: string; weight: string }[] }>(
    'query C($organisationId: UUID!) { colleges(organisationId: $organisationId) { name weight } }',
    { organisationId },
    { token },
  );
  return data.colleges;
}

describe('the settings of a new SCIC, for its admin', () => {
  it('read the rules as statutes, with their sources and what to check, in French and in English', async () => {
    const { admin, organisationId } = await adminWithOrganisation(web.api, 'scic');
    const page = await signedIn(await web.newPage(), admin, `/o/${organisationId}`);
    await openSettings(page);

    await page.getByText(ORDINARY_QUORUM_FR, { exact: true }).waitFor();
    await page.getByText('Majorité de l’AG extraordinaire : deux tiers des voix exprimées', { exact: true }).waitFor();
    await page.getByText('Mandats du conseil d’administration : 3 ans, renouvelés en une fois', { exact: true }).waitFor();
    // The preset's flag beside the quorum it concerns, and its legal source with its reference.
    const ordinaryGeneralAssembly = page.getByRole('region', { name: 'Assemblée générale' });
    await ordinaryGeneralAssembly
      .getByText('Quorum de l’AGO (compté par tête, non pondéré) : un cinquième en première convocation, aucun en seconde.')
      .waitFor();
    expect(await ordinaryGeneralAssembly.getByText('À vérifier dans vos statuts').count()).toBeGreaterThan(0);
    const sources = page.getByRole('region', { name: 'Sources des règles' });
    await sources.getByText('Loi n° 47-1775 du 10 septembre 1947, art. 19 octies').waitFor();
    expect(await sources.getByRole('link', { name: /Lire le texte : Loi n° 47-1775 du 10 septembre 1947/ }).getAttribute('href')).toMatch(
      /^https:\/\/www\.legifrance\.gouv\.fr\//,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'settings-desktop');

    await page.getByText('EN', { exact: true }).click();
    await page.getByText('Quorum of the ordinary GA: a fifth of the members on first convocation, none on second', { exact: true }).waitFor();
    await page.getByText('Majority of the extraordinary GA: two thirds of the votes cast', { exact: true }).waitFor();
    expect(await page.getByText('Check against your statutes').count()).toBeGreaterThan(0);
    await page.getByText('FR', { exact: true }).click();
    await page.getByText(ORDINARY_QUORUM_FR, { exact: true }).waitFor();
  });

  it('change one rule, checked before it is sent, and read the new sentence after a reload', async () => {
    const { admin, organisationId } = await adminWithOrganisation(web.api, 'scic');
    const page = await signedIn(await web.newPage(), admin, `/o/${organisationId}/settings`);
    await page.getByText(ORDINARY_QUORUM_FR, { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Modifier — Quorum de l’AG ordinaire' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quorum de l’AG ordinaire' });
    const firstShare = dialog.getByRole('group', { name: 'Première convocation' }).getByRole('textbox', { name: 'Part' });
    await firstShare.fill('un bon quart');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByRole('alert').getByText("« un bon quart » n'est pas une fraction").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await firstShare.fill('1/4');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Quorum de l’AG ordinaire : un quart des membres sur première convocation, aucun sur seconde', { exact: true }).waitFor();
    await page.reload();
    await page.getByText('Quorum de l’AG ordinaire : un quart des membres sur première convocation, aucun sur seconde', { exact: true }).waitFor();
    expect(await page.getByText(ORDINARY_QUORUM_FR, { exact: true }).count()).toBe(0);
  });

  it('change the organisation’s details, with the api’s refusal shown when a number is wrong', async () => {
    const { admin, organisationId } = await adminWithOrganisation(web.api, 'scic');
    const page = await signedIn(await web.newPage(), admin, `/o/${organisationId}/settings`);
    const details = page.getByRole('region', { name: 'L’organisation' });
    await details.getByRole('textbox', { name: 'Nom', exact: true }).fill('Énergies citoyennes du Bocage');
    await details.getByRole('textbox', { name: 'Adresse du siège' }).fill('3 rue des Lavandières, 35000 Rennes');
    await details.getByRole('textbox', { name: 'Numéro RNA ou SIREN' }).fill('12345');
    await details.getByRole('button', { name: 'Enregistrer' }).click();
    await details.getByRole('alert').waitFor();
    expect(await details.getByRole('alert').textContent()).toMatch(/SIREN|RNA/);

    await details.getByRole('textbox', { name: 'Numéro RNA ou SIREN' }).fill('880000005');
    await details.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Coordonnées enregistrées.').waitFor();
    await page.getByRole('navigation').getByText('Énergies citoyennes du Bocage').waitFor();
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Adresse du siège' }).inputValue()).toBe('3 rue des Lavandières, 35000 Rennes');
    expect(await page.getByRole('textbox', { name: 'Numéro RNA ou SIREN' }).inputValue()).toBe('880000005');
  });

  it('set four colleges: a weight of 60 % is flagged as it is typed and not sent, 40/30/20/10 is saved', async () => {
    const { admin, organisationId } = await adminWithOrganisation(web.api, 'scic');
    const page = await signedIn(await web.newPage(), admin, `/o/${organisationId}/settings`);
    const colleges = page.getByRole('region', { name: 'Collèges et poids' });
    await colleges.getByRole('textbox', { name: 'Nom du collège 1' }).waitFor();
    const names = ['producteurs', 'consommateurs', 'communes', 'soutiens'];
    for (const [index, name] of names.entries()) await colleges.getByRole('textbox', { name: `Nom du collège ${index + 1}` }).fill(name);

    const first = colleges.getByRole('textbox', { name: 'Poids du collège 1' });
    await first.fill('60 %');
    await colleges.getByRole('textbox', { name: 'Poids du collège 2' }).fill('20 %');
    await colleges.getByRole('textbox', { name: 'Poids du collège 3' }).fill('10 %');
    await colleges.getByText('Le collège « producteurs » pèse 60 %, hors des bornes 10 % – 50 %.').waitFor();
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    await colleges.getByText('Total : 100 %').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await colleges.getByRole('button', { name: 'Enregistrer' }).click();
    await colleges.getByRole('alert').getByText('Corrigez les poids avant d’enregistrer').waitFor();
    expect((await storedColleges(organisationId, admin.token)).map((c) => c.name)).toEqual(['salariés', 'usagers', 'collectivités', 'partenaires']);
    await page.evaluate('window.scrollTo(0, 0)'); // a full-page picture of a scrolled page repeats the fixed header
    await screenshot(page, 'colleges-desktop');

    await first.fill('40 %');
    await colleges.getByText('Total : 80 %').waitFor();
    await colleges.getByRole('textbox', { name: 'Poids du collège 2' }).fill('30 %');
    await colleges.getByRole('textbox', { name: 'Poids du collège 3' }).fill('20 %');
    await colleges.getByText('Total : 100 %').waitFor();
    expect(await first.getAttribute('aria-invalid')).not.toBe('true');
    await colleges.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Collèges enregistrés.').waitFor();
    expect(await storedColleges(organisationId, admin.token)).toEqual([
      { name: 'producteurs', weight: '2/5' },
      { name: 'consommateurs', weight: '3/10' },
      { name: 'communes', weight: '1/5' },
      { name: 'soutiens', weight: '1/10' },
    ]);
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Nom du collège 4' }).inputValue()).toBe('soutiens');
    expect(await page.getByRole('textbox', { name: 'Poids du collège 1' }).inputValue()).toBe('40 %');
  });

  it('work on a phone', async () => {
    const { admin, organisationId } = await adminWithOrganisation(web.api, 'scic');
    const page = await signedIn(await web.newPage({ phone: true }), admin, `/o/${organisationId}/settings`);
    await page.getByText(ORDINARY_QUORUM_FR, { exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Nom du collège 1' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'settings-phone');
    await page.getByRole('button', { name: 'Modifier — Majorité de l’AG extraordinaire' }).click();
    await page.getByRole('dialog', { name: 'Majorité de l’AG extraordinaire' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('who else may open the settings', () => {
  it('a secretary reads them but has nothing to edit', async () => {
    const { admin, organisationId } = await adminWithOrganisation(web.api, 'scic');
    const secretary = await joinWithRole(web.api, admin.token, organisationId, 'secretary');
    const page = await signedIn(await web.newPage(), secretary, `/o/${organisationId}`);
    await openSettings(page);
    await page.getByText(ORDINARY_QUORUM_FR, { exact: true }).waitFor();
    await page.getByText('seule l’administration peut les modifier').waitFor();
    expect(await page.getByRole('button', { name: /^Modifier/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('an observer cannot reach them: no entry in the navigation, and the address shows a refusal, not the forms', async () => {
    const { admin, organisationId } = await adminWithOrganisation(web.api, 'scic');
    const observer = await joinWithRole(web.api, admin.token, organisationId, 'observer');
    const page = await signedIn(await web.newPage(), observer, `/o/${organisationId}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Accueil' }).waitFor();
    expect(await page.getByRole('link', { name: 'Réglages' }).count()).toBe(0);

    await page.goto(`/o/${organisationId}/settings`);
    await page.getByRole('alert').getByText('Les réglages sont réservés à l’administration et au secrétariat').waitFor();
    expect(await page.getByText(/Quorum/).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
