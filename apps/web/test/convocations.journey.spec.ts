import { mkdirSync } from 'node:fs';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Page } from 'playwright-core';
import { addMember, createOrganisation, joinWithRole, linkToken, registerAccount, type TestAccount } from '../../api/test/support';
import { addAgendaItem, generalAssemblyOf, scheduleMeeting } from '../../api/test/support/meetings';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp, withoutNotifications } from './support/web-app';

dayjs.extend(utc);
dayjs.extend(timezone);

jest.setTimeout(600_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

/** The page's accessibility violations once the last notification has gone (axe misreads colours while it fades). */
async function violations(page: Page): Promise<string[]> {
  // A pointer resting on a notification keeps it open.
  await page.mouse.move(1, 1);
  await withoutNotifications(page);
  return accessibilityViolations(page);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Uploads a file through the open upload dialog: the file, then its title and kind when given. */
async function uploadThroughDialog(page: Page, file: { name: string; text: string }, details?: { title: string; kind: string }) {
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type="file"]').setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text, 'utf8') });
  if (details) {
    await dialog.getByRole('textbox', { name: 'Titre' }).fill(details.title);
    await choose(page, 'Type de document', details.kind);
  }
  await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' });
}

const REPORT = `Rapport moral 2025
L'association a tenu ses ateliers de jardinage chaque samedi et accueilli quarante nouveaux adhérents.`;
const ACCOUNTS = `Comptes annuels de l'exercice 2025
Bilan et compte de résultat de l'association : produits 48 200 euros, charges 45 900 euros, résultat excédentaire.`;
const BUDGET = `Budget prévisionnel 2026
Achats de semences, entretien des parcelles et fête annuelle.`;

describe('convocations', () => {
  let admin: TestAccount;
  let secretary: TestAccount;
  let organisationId: string;
  let meetingId: string;
  const aliceEmail = 'alice.martin@example.org';

  beforeAll(async () => {
    admin = await registerAccount(web.api, { displayName: 'Camille Martin' });
    organisationId = await createOrganisation(web.api.client, admin.token, { name: 'Les Jardins du Canal', legalForm: 'association' });
    secretary = await joinWithRole(web.api, admin.token, organisationId, 'secretary');
    await addMember(web.api.client, admin.token, organisationId, {
      name: 'Alice Martin',
      email: aliceEmail,
      eNoticeConsent: true,
      joinedOn: '2024-01-15',
      birthDate: '1980-05-01',
    });
    await addMember(web.api.client, admin.token, organisationId, {
      name: 'Bruno Petit',
      email: 'bruno.petit@example.org',
      eNoticeConsent: true,
      joinedOn: '2024-01-15',
      birthDate: '1980-05-01',
    });
    await addMember(web.api.client, admin.token, organisationId, {
      name: 'Chloé Durand',
      postalAddress: '3 rue des Lilas\n75011 Paris',
      joinedOn: '2024-01-15',
      birthDate: '1980-05-01',
    });
    // The general assembly in two months, its agenda through the api (the agenda editor has its own journey).
    const assembly = await generalAssemblyOf(web.api.client, admin.token, organisationId);
    // 18:30 on the clocks of Paris, where the meeting is held.
    const startsAt = dayjs.tz(`${dayjs().add(60, 'day').format('YYYY-MM-DD')} 18:30`, 'Europe/Paris').toISOString();
    const meeting = await scheduleMeeting(web.api.client, secretary.token, organisationId, {
      bodyId: assembly.id,
      startsAt,
      title: 'Assemblée générale ordinaire 2026',
      place: 'Maison des associations, 12 rue du Canal, Paris',
    });
    meetingId = meeting.id;
    await addAgendaItem(web.api.client, secretary.token, organisationId, meetingId, { title: 'Rapport moral', kind: 'information' });
    await addAgendaItem(web.api.client, secretary.token, organisationId, meetingId, { title: 'Approbation des comptes 2025', kind: 'deliberation' });
  });

  it('a secretary adds a document and sends the convocations; a member gives a proxy from the link in the mail, on a phone; the secretary sees it', async () => {
    const page = await signedIn(await web.newPage(), secretary, `/o/${organisationId}/meetings/${meetingId}/preparation`);
    await page.getByRole('heading', { name: 'Assemblée générale ordinaire 2026', level: 1 }).waitFor();

    // A preparatory document, with the progress of its upload.
    await page.getByRole('button', { name: 'Ajouter un document' }).click();
    await page.getByRole('dialog', { name: 'Ajouter un document' }).waitFor();
    await uploadThroughDialog(page, { name: 'rapport-moral-2025.txt', text: REPORT }, { title: 'Rapport moral 2025', kind: 'Rapports' });
    await page.getByRole('region', { name: 'Documents de la réunion' }).getByText('Rapport moral 2025', { exact: true }).waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-preparation-documents');

    // The notice check, then the sending, followed to the end.
    await page.getByRole('tab', { name: 'Convocations' }).click();
    await page.getByRole('heading', { name: 'Délai de convocation' }).waitFor();
    await page.getByText('dans les délais').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Envoyer les convocations' }).click();
    await page.getByText('2 envoyées, 0 en échec, 0 en attente, 1 par courrier, sur 3').waitFor({ timeout: 60_000 });
    await page.getByText('convoquée', { exact: true }).waitFor();
    await page.getByRole('progressbar', { name: 'Convocations envoyées' }).waitFor({ state: 'attached' });
    const table = page.getByRole('table', { name: 'État de la convocation de chaque membre' });
    await table.getByRole('row').filter({ hasText: 'Alice Martin' }).filter({ hasText: 'envoyée' }).waitFor();
    await page
      .getByRole('region', { name: /À convoquer par courrier/ })
      .getByText('Chloé Durand')
      .waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-convocations');

    // Alice opens the link of her convocation e-mail on her phone, without an account.
    const mail = await web.api.mailbox.nthTo(aliceEmail, 1);
    const token = linkToken(mail, '/m');
    const phone = await web.newPage({ phone: true });
    await phone.goto(`/m#${token}`);
    await phone.getByRole('heading', { name: 'Assemblée générale ordinaire 2026', level: 1 }).waitFor();
    await phone.getByText('Maison des associations, 12 rue du Canal, Paris').waitFor();
    await phone
      .getByText(/à 18:30/)
      .first()
      .waitFor();
    await phone.getByText('Approbation des comptes 2025', { exact: false }).first().waitFor();
    await phone.getByRole('button', { name: 'Télécharger Rapport moral 2025' }).waitFor();
    await phone.getByText('Vous n’avez pas encore répondu.').waitFor();
    // The .ics and the document come through the personal link, no account needed.
    const [calendar] = await Promise.all([phone.waitForEvent('download'), phone.getByRole('button', { name: 'Ajouter à mon agenda (.ics)' }).click()]);
    expect(calendar.suggestedFilename()).toMatch(/\.ics$/);
    const [report] = await Promise.all([phone.waitForEvent('download'), phone.getByRole('button', { name: 'Télécharger Rapport moral 2025' }).click()]);
    expect(report.suggestedFilename()).toBe('rapport-moral-2025.txt');
    expect(await violations(phone)).toEqual([]);
    await phone.getByRole('radio', { name: 'Représenté·e : je donne pouvoir à un membre' }).check();
    await choose(phone, 'Membre à qui je donne pouvoir', 'Bruno Petit');
    await phone.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await phone.getByText(/pouvoir donné à Bruno Petit/).waitFor();
    expect(await violations(phone)).toEqual([]);
    await phone.evaluate('window.scrollTo(0, 0)');
    await screenshot(phone, 'member-meeting-phone');

    // A forged link says so.
    const forged = await web.newPage({ phone: true });
    await forged.goto(`/m#${token.slice(0, -4)}AAAA`);
    await forged.getByText(/Ce lien personnel ne fonctionne pas/).waitFor();

    // The secretary sees the proxy in the replies.
    await page.getByRole('tab', { name: 'Réponses et pouvoirs' }).click();
    const proxies = page.getByRole('table', { name: 'Pouvoirs' });
    await proxies.getByRole('row').filter({ hasText: 'Bruno Petit' }).filter({ hasText: 'Alice Martin' }).waitFor();
    await page
      .getByRole('table', { name: 'Nombre de membres par réponse' })
      .getByRole('row', { name: /Pouvoir à un membre 1/ })
      .waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-replies');

    // Bruno, told by his own link, declines the proxy; the secretary sees it declined.
    const brunoPhone = await web.newPage({ phone: true });
    await brunoPhone.goto(`/m#${linkToken(await web.api.mailbox.nthTo('bruno.petit@example.org', 1), '/m')}`);
    await brunoPhone.getByRole('heading', { name: 'Pouvoirs que je détiens' }).waitFor();
    await brunoPhone.getByRole('button', { name: 'Refuser le pouvoir de Alice Martin' }).click();
    await brunoPhone.getByRole('dialog', { name: 'Refuser ce pouvoir ?' }).getByRole('button', { name: 'Refuser' }).click();
    await brunoPhone.getByRole('heading', { name: 'Pouvoirs que je détiens' }).waitFor({ state: 'detached' });
    expect(await violations(brunoPhone)).toEqual([]);
    await page.reload();
    await page.getByRole('table', { name: 'Pouvoirs' }).getByRole('row').filter({ hasText: 'Alice Martin' }).filter({ hasText: 'refusé' }).waitFor();
  });

  it('a late sending asks for the reason, which is recorded', async () => {
    const assembly = await generalAssemblyOf(web.api.client, admin.token, organisationId);
    const startsAt = dayjs.tz(`${dayjs().add(5, 'day').format('YYYY-MM-DD')} 18:30`, 'Europe/Paris').toISOString();
    const late = await scheduleMeeting(web.api.client, secretary.token, organisationId, {
      bodyId: assembly.id,
      startsAt,
      title: 'Assemblée générale extraordinaire',
    });
    await addAgendaItem(web.api.client, secretary.token, organisationId, late.id, { title: 'Modification des statuts', kind: 'deliberation' });

    const page = await signedIn(await web.newPage(), secretary, `/o/${organisationId}/meetings/${late.id}/convocations`);
    await page.getByText('en retard', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Envoyer les convocations' }).click();
    const dialog = page.getByRole('dialog', { name: 'Envoi hors délai' });
    await dialog.getByRole('alert').waitFor();
    await dialog.getByRole('textbox', { name: 'Motif de l’envoi hors délai' }).fill('Report décidé par le conseil du 1er décembre');
    await dialog.getByRole('button', { name: 'Envoyer malgré le retard' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Motif du retard : Report décidé par le conseil du 1er décembre').waitFor();
    await page.getByText('2 envoyées, 0 en échec, 0 en attente, 1 par courrier, sur 3').waitFor({ timeout: 60_000 });
    expect(await violations(page)).toEqual([]);
  });

  it('the governance library finds the annual accounts for « comptes annuels 2025 »', async () => {
    const page = await signedIn(await web.newPage(), secretary, `/o/${organisationId}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Bibliothèque' }).click();
    await page.getByRole('heading', { name: 'Bibliothèque', level: 1 }).waitFor();
    await page.mouse.move(640, 700);
    expect(await violations(page)).toEqual([]);
    for (const [name, text, title, kind] of [
      ['budget-2026.txt', BUDGET, 'Budget prévisionnel 2026', 'Budgets'],
      ['comptes-2025.txt', ACCOUNTS, 'Comptes annuels 2025', 'Comptes'],
    ] as const) {
      await page.getByRole('button', { name: 'Ajouter un document' }).click();
      // The dialog, checked while nothing stands behind its overlay.
      if (kind === 'Budgets') expect(await violations(page)).toEqual([]);
      await uploadThroughDialog(page, { name, text }, { title, kind });
      await page.getByRole('region', { name: kind }).getByText(title, { exact: true }).waitFor();
    }
    // A « PDF » that is a picture: the api reads the content and refuses it, in French, in the dialog.
    await page.getByRole('button', { name: 'Ajouter un document' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter un document' });
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082',
      'hex',
    );
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: png });
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').innerText()).toContain('ne correspond pas à son extension');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('searchbox', { name: 'Rechercher dans les documents' }).fill('comptes annuels 2025');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const results = page.getByRole('region', { name: /document(s)? trouvé/ });
    await results.waitFor();
    const first = results.getByRole('listitem').first();
    await first.getByText('Comptes annuels 2025', { exact: true }).waitFor();
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await results.getByText('Budget prévisionnel 2026').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'library-search');
  });
});
