import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { adminWithOrganisation, joinWithRole, setColleges, type TestAccount } from '../../api/test/support';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp } from './support/web-app';

jest.setTimeout(180_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

const COLLEGES = ['salariés', 'usagers', 'collectivités', 'partenaires'];

/** 200 members, as a secretary's spreadsheet exports them, three of them wrong (file lines 51, 101 and 151). */
function membersCsv(): string {
  const lines = ['nom;type;collège;email;adhésion;droit de vote;convocation électronique'];
  for (let n = 1; n <= 200; n++) {
    const name = n === 42 ? 'Hélène Quéré' : `Membre ${String(n).padStart(3, '0')}`;
    const college = n === 100 ? 'bénévoles' : COLLEGES[n % COLLEGES.length];
    const joinedOn = n === 150 ? '31/02/2024' : `${String((n % 28) + 1).padStart(2, '0')}/03/2024`;
    lines.push(`${n === 50 ? '' : name};personne physique;${college};membre${n}@example.org;${joinedOn};oui;${n % 2 ? 'oui' : 'non'}`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** No serious accessibility violation on the page as it is now (named in a failure by its address). */
async function accessible(page: Page) {
  expect({ page: page.url(), violations: await accessibilityViolations(page) }).toEqual({ page: page.url(), violations: [] });
}

const membersTable = (page: Page) => page.getByRole('table', { name: 'Membres', exact: true });

describe('the members of an SCIC', () => {
  let admin: TestAccount;
  let organisationId: string;
  beforeAll(async () => {
    ({ admin, organisationId } = await adminWithOrganisation(web.api, 'scic'));
    await setColleges(web.api.client, admin.token, organisationId);
  });

  it('an admin imports 200 members with three bad lines, sees why each is refused, confirms, searches, adds a legal entity and records its departure', async () => {
    const page = await signedIn(await web.newPage(), admin, `/o/${organisationId}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Membres' }).click();
    await page.getByText('Aucun membre pour l’instant.').waitFor();
    await page.mouse.move(0, 0); // the pointer off the navigation, as the eye reads the page
    await accessible(page);

    await page.getByRole('link', { name: 'Importer un fichier' }).click();
    await page.getByRole('heading', { name: 'Importer des membres' }).waitFor();
    await accessible(page);
    await page.locator('input[type=file]').setInputFiles({ name: 'adherents.csv', mimeType: 'text/csv', buffer: Buffer.from(membersCsv(), 'utf8') });
    await page.getByText('Lignes lues : 200 — acceptées : 197, refusées : 3.').waitFor();
    const refused = page.getByRole('table', { name: 'Lignes refusées' });
    const refusal = (line: number) => refused.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(line), exact: true }) });
    expect(await refused.getByRole('row').count()).toBe(4); // the header and three lines
    expect(await refusal(51).textContent()).toContain('Le nom est obligatoire');
    expect(await refusal(101).textContent()).toContain("Le collège « bénévoles » n'existe pas");
    expect(await refusal(151).textContent()).toContain("La date d'adhésion « 31/02/2024 » n'est pas valide");
    expect(await page.getByRole('table', { name: 'Aperçu des membres à importer' }).getByText('Membre 001').isVisible()).toBe(true);
    await accessible(page);
    await screenshot(page, 'members-import-desktop');

    // Nothing is imported before confirming.
    const before = await web.api.client.ok(`query C($o: UUID!) { members(organisationId: $o) { totalCount } }`, { o: organisationId }, { token: admin.token });
    expect(before.members.totalCount).toBe(0);
    await page.getByRole('button', { name: 'Importer 197 membres' }).click();
    await page.getByText('197 membres importés.').waitFor();
    await accessible(page);
    await page.getByRole('link', { name: 'Voir les membres' }).click();

    await page.getByText('197 membres', { exact: true }).waitFor();
    expect(await membersTable(page).getByRole('row').count()).toBe(51); // the header and a page of 50
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await page.getByText('Page 2 sur 4').waitFor();
    await accessible(page);
    await screenshot(page, 'members-desktop');
    await page.getByRole('searchbox', { name: 'Rechercher par nom' }).fill('helene quere');
    await membersTable(page).getByRole('link', { name: 'Hélène Quéré' }).waitFor();
    await page.getByText('1 membre', { exact: true }).waitFor();
    expect(await membersTable(page).getByRole('row').count()).toBe(2);
    expect(await membersTable(page).getByText('membre42@example.org').isVisible()).toBe(true);

    await page.getByRole('link', { name: 'Ajouter un membre' }).click();
    await page.getByRole('heading', { name: 'Ajouter un membre' }).waitFor();
    await page.getByText('Personne morale', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Raison sociale', exact: false }).fill('Ville de Saint-Malo');
    await page.getByRole('combobox', { name: 'Collège' }).click();
    await page.getByRole('option', { name: 'collectivités' }).click();
    const joinedOn = page.getByRole('textbox', { name: 'Date d’adhésion' });
    // The calendar open: its arrows have names a screen reader says.
    await joinedOn.click();
    await page.getByRole('button', { name: 'Mois suivant' }).waitFor();
    await accessible(page);
    await joinedOn.fill('15/01/2024');
    await joinedOn.press('Tab');
    await page.getByRole('dialog').waitFor({ state: 'detached' }); // the date picker, closed
    await page.getByRole('textbox', { name: 'Nom du représentant' }).fill('Mme Gwenaëlle Le Du');
    await accessible(page);
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();

    await page.getByRole('heading', { name: 'Ville de Saint-Malo' }).waitFor();
    await page.getByText('Membre depuis le 15 janvier 2024').waitFor();
    const representatives = page.getByRole('heading', { name: 'Ses représentants' }).locator('..');
    expect(await representatives.textContent()).toMatch(/Mme Gwenaëlle Le Du.*actuel.*depuis le 15 janvier 2024/);
    await accessible(page);

    await page.getByRole('textbox', { name: 'Nom du représentant' }).fill('M. Yannick Briand');
    const since = page.getByRole('textbox', { name: 'Représente depuis le' });
    await since.fill('01/09/2025');
    await since.press('Tab');
    await page.getByRole('button', { name: 'Changer de représentant' }).click();
    await representatives.getByText('M. Yannick Briand').waitFor();
    expect(await representatives.innerText()).toMatch(
      /M\. Yannick Briand[\s\S]*actuel[\s\S]*depuis le 1 septembre 2025[\s\S]*Mme Gwenaëlle Le Du[\s\S]*du 15 janvier 2024 au 1 septembre 2025/i,
    );
    await page.getByRole('textbox', { name: 'Pourquoi sans droit de vote' }).fill('cotisation impayée');
    await page.getByRole('button', { name: 'Retirer le droit de vote' }).click();
    await page.getByText('Non : cotisation impayée').first().waitFor();

    const leftOn = page.getByRole('textbox', { name: 'Date de départ' });
    await leftOn.fill('30/06/2026');
    await leftOn.press('Tab');
    await page.getByRole('button', { name: 'Enregistrer le départ' }).click();
    await page.getByText('Parti·e le 30 juin 2026').waitFor();

    await page.getByRole('link', { name: 'Retour à la liste des membres' }).click();
    await page.getByText('197 membres', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Inclure les membres partis' }).check();
    await page.getByText('198 membres, anciens compris').waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher par nom' }).fill('saint-malo');
    const city = membersTable(page).getByRole('row').filter({ hasText: 'Ville de Saint-Malo' });
    await city.waitFor();
    expect(await city.textContent()).toContain('30 juin 2026');
    expect(await city.textContent()).toContain('Personne morale');
  });

  it('an observer reads the members table but cannot add or import, and sees no e-mail address', async () => {
    const observer = await joinWithRole(web.api, admin.token, organisationId, 'observer');
    const page = await signedIn(await web.newPage(), observer, `/o/${organisationId}/members`);
    await page.getByText('197 membres', { exact: true }).waitFor();
    await membersTable(page).getByRole('link', { name: 'Membre 001' }).waitFor();
    expect(await page.getByRole('link', { name: 'Ajouter un membre' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Importer un fichier' }).count()).toBe(0);
    expect(await membersTable(page).innerText()).not.toContain('@');
    await accessible(page);

    await membersTable(page).getByRole('link', { name: 'Membre 001' }).click();
    await page.getByRole('heading', { name: 'Membre 001' }).waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('@');
    expect(await page.getByRole('button', { name: 'Enregistrer le départ' }).count()).toBe(0);
    await accessible(page);
  });

  it('on a phone, the table scrolls sideways and every page stays accessible', async () => {
    const page = await signedIn(await web.newPage({ phone: true }), admin, `/o/${organisationId}/members`);
    await page.getByText('197 membres', { exact: true }).waitFor();
    const region = page.getByRole('region', { name: 'Membres' });
    const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390); // the page itself does not
    await accessible(page);
    await screenshot(page, 'members-phone');

    await region.getByRole('link', { name: 'Hélène Quéré' }).click();
    await page.getByRole('heading', { name: 'Hélène Quéré' }).waitFor();
    await accessible(page);

    await page.goto(`/o/${organisationId}/members/import`);
    await page.getByRole('heading', { name: 'Importer des membres' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'adherents.csv', mimeType: 'text/csv', buffer: Buffer.from(membersCsv(), 'utf8') });
    // Imported already: every line is now a duplicate, and the import is offered for none.
    await page.getByText('Lignes lues : 200 — acceptées : 0, refusées : 200.').waitFor();
    await page.getByRole('button', { name: 'Aucune ligne à importer.' }).waitFor();
    await accessible(page);
    await page.goto(`/o/${organisationId}/members/new`);
    await page.getByRole('heading', { name: 'Ajouter un membre' }).waitFor();
    await accessible(page);
  });
});
