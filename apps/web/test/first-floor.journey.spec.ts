import { linkIn } from '@collegial/testing';
import type { Page } from 'playwright-core';
import { joinWithRole, uniqueEmail } from '../../api/test/support';
import { startWebApp, type WebApp } from './support/web-app';

jest.setTimeout(300_000);

/**
 * The first floor as one story, in the browser only: a new person registers, creates an SCIC,
 * sets its colleges, imports 200 members from a spreadsheet with three bad lines, creates a
 * board, appoints a president and hands the presidency over, then reads the board before and
 * after; an observer then finds the settings closed. The feature journeys check each page
 * in depth (accessibility, phone, English); this one checks that the pages lead to each other.
 */
let web: WebApp;
beforeAll(async () => {
  web = await startWebApp();
});
afterAll(() => web?.close());

const COLLEGES = ['producteurs', 'consommateurs', 'communes', 'soutiens'];

/** 200 members, three of them wrong: no name (file line 51), an unknown college (101), 31 February (151). */
function membersCsv(): string {
  const lines = ['nom;type;collège;email;adhésion;droit de vote;convocation électronique'];
  for (let n = 1; n <= 200; n++) {
    const college = n === 100 ? 'bénévoles' : COLLEGES[n % COLLEGES.length];
    const joinedOn = n === 150 ? '31/02/2024' : '01/03/2024';
    lines.push(`${n === 50 ? '' : `Sociétaire ${String(n).padStart(3, '0')}`};personne physique;${college};societaire${n}@example.org;${joinedOn};oui;oui`);
  }
  return `${lines.join('\n')}\n`;
}

async function typeDate(page: Page, label: string, ddmmyyyy: string) {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(ddmmyyyy);
  await field.press('Escape');
}

async function choose(page: Page, label: string, option: string, search?: string) {
  const field = page.getByRole('combobox', { name: label, exact: true });
  if (search) await field.fill(search);
  else await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const presidentOn = (page: Page, name: string) =>
  page
    .getByRole('table', { name: /^Composition au/ })
    .getByRole('row')
    .filter({ hasText: 'Présidence' })
    .filter({ hasText: name })
    .waitFor();

it('a new person sets up an SCIC, its members and its board, and an observer cannot reach the settings', async () => {
  const page = await web.newPage();
  const email = uniqueEmail('gaelle');

  // Registration by e-mail, then the organisation.
  await page.goto('/register');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await page.getByText('un e-mail vient de lui être envoyé').waitFor();
  await page.goto(linkIn(await web.api.mailbox.lastTo(email), `${web.url}/registration#`));
  await page.getByLabel('Votre nom').fill('Gaëlle Le Goff');
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('trois vélos rouges sous la pluie');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByRole('link', { name: 'Créer une organisation' }).first().click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Énergies du Bocage');
  await choose(page, 'Forme juridique', 'SCIC');
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await page.getByRole('heading', { name: 'Énergies du Bocage' }).waitFor();
  const organisationId = new URL(page.url()).pathname.split('/')[2];

  // Its colleges, 40/30/20/10.
  await page.getByRole('navigation').getByRole('link', { name: 'Réglages' }).click();
  const colleges = page.getByRole('region', { name: 'Collèges et poids' });
  await colleges.getByRole('textbox', { name: 'Nom du collège 1' }).waitFor();
  for (const [index, name] of COLLEGES.entries()) {
    await colleges.getByRole('textbox', { name: `Nom du collège ${index + 1}` }).fill(name);
    await colleges.getByRole('textbox', { name: `Poids du collège ${index + 1}` }).fill(['40 %', '30 %', '20 %', '10 %'][index]);
  }
  await colleges.getByText('Total : 100 %').waitFor();
  await colleges.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Collèges enregistrés.').waitFor();

  // 200 members from a spreadsheet: three refused, each with its reason; 197 imported on confirmation.
  await page.getByRole('navigation').getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('link', { name: 'Importer un fichier' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'societaires.csv', mimeType: 'text/csv', buffer: Buffer.from(membersCsv(), 'utf8') });
  await page.getByText('Lignes lues : 200 — acceptées : 197, refusées : 3.').waitFor();
  const refused = page.getByRole('table', { name: 'Lignes refusées' });
  const refusal = (line: number) => refused.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(line), exact: true }) });
  expect(await refusal(51).textContent()).toContain('Le nom est obligatoire');
  expect(await refusal(101).textContent()).toContain("Le collège « bénévoles » n'existe pas");
  expect(await refusal(151).textContent()).toContain("La date d'adhésion « 31/02/2024 » n'est pas valide");
  await page.getByRole('button', { name: 'Importer 197 membres' }).click();
  await page.getByText('197 membres importés.').waitFor();
  await page.getByRole('link', { name: 'Voir les membres' }).click();
  await page.getByText('197 membres', { exact: true }).waitFor();

  // The board, its president, and the handover of the presidency on 12 March 2025.
  await page.getByRole('navigation').getByRole('link', { name: 'Instances et mandats' }).click();
  await page.getByRole('button', { name: 'Créer une instance' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Conseil d’administration');
  await choose(page, 'Type d’instance', 'Conseil d’administration');
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await page.getByRole('link', { name: 'Conseil d’administration' }).click();
  await page.getByRole('button', { name: 'Nommer un membre' }).click();
  await choose(page, 'Membre', 'Sociétaire 001', 'Sociétaire 001');
  await choose(page, 'Fonction', 'Présidence');
  await typeDate(page, 'Premier jour du mandat', '14/06/2024');
  await page.getByRole('textbox', { name: 'Décision de nomination' }).fill('Conseil d’administration du 14 juin 2024');
  await page.getByRole('button', { name: 'Nommer', exact: true }).click();
  await presidentOn(page, 'Sociétaire 001');

  await page.getByRole('link', { name: 'Passation : Présidence (Sociétaire 001)' }).click();
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  await choose(page, 'Successeur', 'Sociétaire 002', 'Sociétaire 002');
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  await typeDate(page, 'Date de la passation', '12/03/2025');
  await page.getByRole('textbox', { name: 'Décision qui nomme le successeur', exact: true }).fill('Délibération du conseil d’administration du 12 mars 2025');
  await choose(page, 'Pourquoi le mandat sortant prend fin', 'Démission');
  await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  await page.getByRole('button', { name: 'Enregistrer la passation' }).click();

  // The board after the handover, then the day before it.
  await page.getByRole('heading', { name: 'Composition au 12 mars 2025' }).waitFor();
  await presidentOn(page, 'Sociétaire 002');
  await typeDate(page, 'Date', '11/03/2025');
  await page.getByRole('heading', { name: 'Composition au 11 mars 2025' }).waitFor();
  await presidentOn(page, 'Sociétaire 001');

  // An observer she invites sees the members but not the settings.
  const session = JSON.parse(await page.evaluate<string>('localStorage.getItem("collegial.session")')) as { token: string };
  const observer = await joinWithRole(web.api, session.token, organisationId, 'observer');
  const observing = await web.newPage();
  await observing.goto('/login');
  await observing.getByLabel('Adresse e-mail').fill(observer.email);
  await observing.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(observer.password);
  await observing.getByRole('button', { name: 'Se connecter' }).click();
  await observing.getByRole('link', { name: 'Énergies du Bocage' }).click();
  await observing.getByRole('navigation').getByRole('link', { name: 'Membres' }).waitFor();
  expect(await observing.getByRole('navigation').getByRole('link', { name: 'Réglages' }).count()).toBe(0);
  await observing.goto(`/o/${organisationId}/settings`);
  await observing.getByRole('alert').getByText('Les réglages sont réservés à l’administration et au secrétariat').waitFor();
  expect(await observing.getByRole('region', { name: 'Collèges et poids' }).count()).toBe(0);
});
