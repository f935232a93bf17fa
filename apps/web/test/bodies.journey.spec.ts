import { mkdirSync } from 'node:fs';
import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import type { Page } from 'playwright-core';
import { addMember, createOrganisation, joinWithRole, registerAccount, type TestAccount } from '../../api/test/support';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp, withoutNotifications } from './support/web-app';

jest.setTimeout(300_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

const DECISION = 'Délibération du conseil d’administration du 12 mars 2025';

/**
 * The page's accessibility violations, once the notification of the last change has gone:
 * axe reads its colours wrong while it fades in or out.
 */
async function violations(page: Page): Promise<string[]> {
  await withoutNotifications(page);
  return accessibilityViolations(page);
}

/** Types a date the French way into a date field, then closes its calendar. */
async function typeDate(page: Page, label: string, date: string) {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(dayjs(date).format('DD/MM/YYYY'));
  await field.press('Escape');
}

/** Picks a member in a member picker by typing part of their name. */
async function pickMember(page: Page, label: string, search: string, name: string) {
  await page.getByRole('combobox', { name: label, exact: true }).fill(search);
  await page.getByRole('option', { name }).click();
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The row of the composition table for a role, once it shows that member. */
async function compositionRow(page: Page, role: string, member: string) {
  const row = page
    .getByRole('table', { name: /^Composition au/ })
    .getByRole('row')
    .filter({ hasText: role })
    .filter({ hasText: member });
  await row.waitFor();
  return row;
}

describe('bodies and mandates', () => {
  let admin: TestAccount;
  let organisationId: string;
  let observer: TestAccount;

  beforeAll(async () => {
    admin = await registerAccount(web.api, { displayName: 'Camille Martin' });
    organisationId = await createOrganisation(web.api.client, admin.token, { name: 'Les Jardins du Canal', legalForm: 'association' });
    for (const name of ['Alice Martin', 'Bruno Petit', 'Chloé Durand', 'David Moreau']) {
      await addMember(web.api.client, admin.token, organisationId, { name, joinedOn: '2024-01-15' });
    }
    observer = await joinWithRole(web.api, admin.token, organisationId, 'observer');
  });

  it('an admin creates a board, appoints a president, hands the presidency over, and reads the board before and after', async () => {
    const page = await signedIn(await web.newPage(), admin, `/o/${organisationId}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Instances et mandats' }).click();
    await page.getByRole('heading', { name: 'Instances et mandats', level: 1 }).waitFor();
    // Off the link just clicked: the hovered active entry's lighter teal is the theme's, not this page's.
    await page.mouse.move(640, 700);
    await page.getByText('Aucune instance pour l’instant').waitFor();
    expect(await violations(page)).toEqual([]);

    // Create the board.
    await page.getByRole('button', { name: 'Créer une instance' }).click();
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Conseil d’administration');
    await choose(page, 'Type d’instance', 'Conseil d’administration');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Créer', exact: true }).click();
    await page.getByRole('link', { name: 'Conseil d’administration' }).click();
    await page.getByRole('heading', { name: 'Conseil d’administration', level: 1 }).waitFor();
    await page.getByText('Personne ne siège dans cette instance à cette date.').waitFor();

    // Appoint Alice president on 14 June 2024: the association's three-year term applies.
    await page.getByRole('button', { name: 'Nommer un membre' }).click();
    await pickMember(page, 'Membre', 'alice', 'Alice Martin');
    await choose(page, 'Fonction', 'Présidence');
    await typeDate(page, 'Premier jour du mandat', '2024-06-14');
    await page.getByRole('textbox', { name: 'Décision de nomination' }).fill('AG du 14 juin 2024, 3e résolution');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nommer', exact: true }).click();
    const alice = await compositionRow(page, 'Présidence', 'Alice Martin');
    expect(await alice.textContent()).toContain('14 juin 2024');
    expect(await alice.textContent()).toContain('13 juin 2027');

    // A treasurer whose term ends in a month, for the list of mandates ending soon.
    await page.getByRole('button', { name: 'Nommer un membre' }).click();
    await pickMember(page, 'Membre', 'chlo', 'Chloé Durand');
    await choose(page, 'Fonction', 'Trésorerie');
    await typeDate(page, 'Premier jour du mandat', '2024-06-14');
    await typeDate(page, 'Fin du mandat (premier jour hors fonction)', dayjs().add(30, 'day').format('YYYY-MM-DD'));
    await page.getByRole('button', { name: 'Nommer', exact: true }).click();
    await compositionRow(page, 'Trésorerie', 'Chloé Durand');

    // A second president at the same time is refused, in French, and the form says why.
    await page.getByRole('button', { name: 'Nommer un membre' }).click();
    await pickMember(page, 'Membre', 'david', 'David Moreau');
    await choose(page, 'Fonction', 'Présidence');
    await typeDate(page, 'Premier jour du mandat', '2025-01-01');
    await page.getByRole('button', { name: 'Nommer', exact: true }).click();
    const appointing = page.getByRole('dialog', { name: 'Nommer un membre' });
    await appointing
      .getByRole('alert')
      .getByText(/Alice Martin est déjà président/)
      .waitFor();
    await appointing.getByRole('button', { name: 'Fermer' }).click();

    // Hand the presidency over to Bruno on 12 March 2025.
    await page.getByRole('link', { name: 'Passation : Présidence (Alice Martin)' }).click();
    await page.getByRole('heading', { name: 'Passation : Conseil d’administration', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: 'Présidence — Alice Martin, depuis le 14 juin 2024' }).isChecked()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await pickMember(page, 'Successeur', 'bru', 'Bruno Petit');
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await typeDate(page, 'Date de la passation', '2025-03-12');
    // The decision is required: the step says so instead of going on.
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await page.getByText('Obligatoire').first().waitFor();
    await page.getByRole('textbox', { name: 'Décision qui nomme le successeur', exact: true }).fill(DECISION);
    await choose(page, 'Pourquoi le mandat sortant prend fin', 'Démission');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    const summary = page.getByRole('table');
    await summary.getByText('Alice Martin, jusqu’au 11 mars 2025 inclus').waitFor();
    expect(await summary.textContent()).toContain('Bruno Petit, à partir du 12 mars 2025');
    expect(await summary.textContent()).toContain(DECISION);
    expect(await summary.textContent()).toContain('Démission');
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'handover-desktop');
    await page.getByRole('button', { name: 'Enregistrer la passation' }).click();

    // Back on the board, on the handover date, kept in the address: Bruno presides.
    await page.waitForURL((address) => address.searchParams.get('on') === '2025-03-12');
    await page.getByRole('heading', { name: 'Composition au 12 mars 2025' }).waitFor();
    await compositionRow(page, 'Présidence', 'Bruno Petit');

    // The day before, Alice still did.
    await typeDate(page, 'Date', '2025-03-11');
    await page.waitForURL((address) => address.searchParams.get('on') === '2025-03-11');
    await page.getByRole('heading', { name: 'Composition au 11 mars 2025' }).waitFor();
    await compositionRow(page, 'Présidence', 'Alice Martin');
    expect(
      await page
        .getByRole('table', { name: /^Composition au/ })
        .getByText('Bruno Petit')
        .count(),
    ).toBe(0);

    // The presidency's timeline shows both, with how the first ended and the decision of the handover.
    const presidency = page.getByRole('region', { name: 'Présidence', exact: true });
    const timeline = await presidency.textContent();
    expect(timeline).toMatch(/Alice Martin.*du 14 juin 2024 au 11 mars 2025.*Fin : Démission.*Bruno Petit.*depuis le 12 mars 2025/);
    expect(timeline).toContain(`Passation : ${DECISION}`);
    const handovers = page.getByRole('region', { name: 'Passations' });
    expect(await handovers.getByRole('row').filter({ hasText: '12 mars 2025' }).textContent()).toMatch(/Présidence.*Alice Martin.*Bruno Petit.*Délibération/);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'body-composition-desktop');

    // The bodies page lists the treasurer's mandate among those ending within 90 days.
    await page.getByRole('link', { name: 'Toutes les instances' }).click();
    const ending = page.getByRole('region', { name: 'Mandats qui finissent dans les 90 jours' });
    await ending.getByRole('row').filter({ hasText: 'Chloé Durand' }).waitFor();
    expect(await ending.getByRole('row').filter({ hasText: 'Chloé Durand' }).textContent()).toContain(
      dayjs().add(29, 'day').locale('fr').format('D MMMM YYYY'),
    );
    expect(await ending.getByText('Bruno Petit').count()).toBe(0);

    // Rename the board.
    await page.getByRole('button', { name: 'Renommer « Conseil d’administration »' }).click();
    await page.getByRole('textbox', { name: 'Nouveau nom', exact: true }).fill('Conseil d’administration de l’association');
    await page.getByRole('button', { name: 'Renommer', exact: true }).click();
    await page.getByRole('region', { name: 'Instances' }).getByRole('link', { name: 'Conseil d’administration de l’association' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'bodies-desktop');
  });

  it('an observer reads the compositions and the history, on a desktop and on a phone, but has no button to change them', async () => {
    const desktop = await signedIn(await web.newPage(), observer, `/o/${organisationId}/bodies`);
    await desktop
      .getByRole('link', { name: /^Conseil d’administration/ })
      .first()
      .click();
    await desktop.getByRole('heading', { name: 'Historique des fonctions' }).waitFor();
    await compositionRow(desktop, 'Présidence', 'Bruno Petit');
    expect(await desktop.getByRole('button', { name: 'Nommer un membre' }).count()).toBe(0);
    expect(await desktop.getByRole('button', { name: /Passation/ }).count()).toBe(0);
    expect(await desktop.getByRole('link', { name: /Passation/ }).count()).toBe(0);
    expect(await desktop.getByRole('button', { name: /Mettre fin/ }).count()).toBe(0);
    expect(await violations(desktop)).toEqual([]);

    const phone = await signedIn(await web.newPage({ phone: true }), observer, `/o/${organisationId}/bodies`);
    await phone.getByRole('heading', { name: 'Instances et mandats', level: 1 }).waitFor();
    await phone
      .getByRole('link', { name: /^Conseil d’administration/ })
      .first()
      .waitFor();
    expect(await phone.getByRole('button', { name: 'Créer une instance' }).count()).toBe(0);
    expect(await phone.getByRole('button', { name: /Renommer/ }).count()).toBe(0);
    expect(await violations(phone)).toEqual([]);
    await screenshot(phone, 'bodies-phone');

    const boardUrl = new URL(desktop.url());
    await phone.goto(`${boardUrl.pathname}?on=2025-03-11`);
    await phone.getByRole('heading', { name: 'Composition au 11 mars 2025' }).waitFor();
    await compositionRow(phone, 'Présidence', 'Alice Martin');
    expect(await violations(phone)).toEqual([]);
    await screenshot(phone, 'body-composition-phone');

    // Reaching the handover form by its address tells them it is not theirs to use.
    await phone.goto(`${boardUrl.pathname}/handover`);
    await phone.getByRole('alert').getByText('Seuls l’administration et le secrétariat enregistrent une passation.').waitFor();
  });

  it('an admin on a phone reaches the handover steps, laid out one under the other', async () => {
    const page = await signedIn(await web.newPage({ phone: true }), admin, `/o/${organisationId}/bodies`);
    await page
      .getByRole('link', { name: /^Conseil d’administration/ })
      .first()
      .click();
    await compositionRow(page, 'Présidence', 'Bruno Petit');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Passation', exact: true }).click();
    await page.getByRole('radio', { name: /Présidence — Bruno Petit/ }).check();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'handover-phone');
  });
});
