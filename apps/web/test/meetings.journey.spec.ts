import { mkdirSync } from 'node:fs';
import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import type { Locator, Page, Request } from 'playwright-core';
import { addMember, createOrganisation, joinWithRole, registerAccount, type TestAccount } from '../../api/test/support';
import { MeetingsService } from '../../api/src/meetings/services/meetings.service';
import { generalAssemblyOf } from '../../api/test/support/meetings';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp, withoutNotifications } from './support/web-app';

jest.setTimeout(300_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

const MEMBERS = ['Alice Martin', 'Bruno Petit', 'Chloé Durand', 'David Moreau', 'Emma Leroy', 'Farid Benali'];
const MEETING_DAY = dayjs().add(40, 'day').format('YYYY-MM-DD');

/** The page's accessibility violations, once the notification of the last change has gone (axe reads its colours wrong while it fades). */
async function violations(page: Page): Promise<string[]> {
  await withoutNotifications(page);
  return accessibilityViolations(page);
}

/**
 * A dialog's own accessibility violations: behind its overlay, axe reads the dimmed page's
 * tinted badges and buttons as low contrast, which they are not once the dialog is closed.
 */
async function dialogViolations(page: Page): Promise<string[]> {
  return accessibilityViolations(page, '[role="dialog"]');
}

/** Types a date the French way into a date field, then closes its calendar. */
async function typeDate(scope: Page | Locator, label: string, date: string) {
  const field = scope.getByRole('textbox', { name: label, exact: true });
  await field.fill(dayjs(date).format('DD/MM/YYYY'));
  await field.press('Escape');
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The agenda's items in reading order, as their numbers and titles: ["1. Rapport moral", …]. */
async function agendaOrder(page: Page): Promise<string[]> {
  const agenda = page.getByRole('region', { name: 'Ordre du jour' });
  return agenda.getByRole('article').evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label') ?? ''));
}

/** Asks again until the answer is the one expected (or 10 s have passed, and says what it was). */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  expect(last).toEqual(expected);
}

const waitForOrder = (page: Page, expected: string[]) => eventually(() => agendaOrder(page), expected);

/** The name of the GraphQL operation a request of the page carries, if it is one. */
function operationOf(request: Request): string | undefined {
  if (!request.url().endsWith('/graphql')) return undefined;
  return (request.postDataJSON() as { operationName?: string } | null)?.operationName;
}

/**
 * Moves an agenda item (`move` does it), then waits for the api's answer to the move and for
 * the agenda read again after it. Until then the page shows its own guess of the order, and a
 * next step started meanwhile races the refresh, which gives the focus back to the buttons of
 * the item last moved with them.
 */
async function settledMove(page: Page, move: () => Promise<void>): Promise<void> {
  const unanswered = new Set<Request>();
  let moved = false;
  let reread = false;
  const sent = (request: Request) => {
    if (operationOf(request)) unanswered.add(request);
  };
  const answered = (request: Request) => {
    unanswered.delete(request);
    if (operationOf(request) === 'MoveAgendaItem') moved = true;
    else if (moved && operationOf(request) === 'Agenda') reread = true;
  };
  page.on('request', sent);
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  try {
    await move();
    const deadline = Date.now() + 10_000;
    while (!(moved && reread && unanswered.size === 0)) {
      if (Date.now() > deadline) throw new Error(`The move was not answered and the agenda read again (moved: ${moved}, read again: ${reread}).`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    page.off('request', sent);
    page.off('requestfinished', answered);
    page.off('requestfailed', answered);
  }
}

/** Waits for what the page tells screen readers, in one of its live regions. */
const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

/** Adds an agenda item through its dialog. */
async function addItem(page: Page, opener: string, fields: { title: string; kind?: string; presenter?: string; minutes?: number }) {
  await page.getByRole('button', { name: opener, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Intitulé', exact: true }).fill(fields.title);
  if (fields.kind) await dialog.locator('label').getByText(fields.kind, { exact: true }).click();
  if (fields.presenter) await dialog.getByRole('textbox', { name: 'Présenté par' }).fill(fields.presenter);
  if (fields.minutes) await dialog.getByRole('textbox', { name: 'Durée prévue (minutes)' }).fill(String(fields.minutes));
  await dialog.getByRole('button', { name: 'Enregistrer le point' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('region', { name: 'Ordre du jour' }).getByText(fields.title).first().waitFor();
}

describe('meetings', () => {
  let secretary: TestAccount;
  let observer: TestAccount;
  let organisationId: string;
  let assembly: { id: string; name: string };
  let meetingPath: string;
  const memberIds = new Map<string, string>();

  beforeAll(async () => {
    secretary = await registerAccount(web.api, { displayName: 'Camille Martin' });
    organisationId = await createOrganisation(web.api.client, secretary.token, { name: 'Les Jardins du Canal', legalForm: 'association' });
    assembly = await generalAssemblyOf(web.api.client, secretary.token, organisationId);
    for (const name of MEMBERS)
      memberIds.set(name, (await addMember(web.api.client, secretary.token, organisationId, { name, joinedOn: '2024-01-15', birthDate: '1980-05-01' })).id);
    observer = await joinWithRole(web.api, secretary.token, organisationId, 'observer');
  });

  it('a secretary schedules a general assembly, builds its agenda with a resolution, reorders it by keyboard and by drag, and sees its video link', async () => {
    const page = await signedIn(await web.newPage(), secretary, `/o/${organisationId}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Réunions' }).click();
    await page.getByRole('heading', { name: 'Réunions', level: 1 }).waitFor();
    await page.mouse.move(640, 700);
    await page.getByText('Aucune réunion à venir.').waitFor();
    expect(await violations(page)).toEqual([]);

    // Schedule the general assembly, at 18:30 on Paris's clocks, in a room in town; no video link given.
    await page.getByRole('button', { name: 'Nouvelle réunion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle réunion' });
    await choose(page, 'Instance', assembly.name);
    await typeDate(dialog, 'Date', MEETING_DAY);
    await dialog.getByLabel('Heure').fill('18:30');
    expect(await dialog.getByRole('combobox', { name: 'Fuseau horaire' }).inputValue()).toBe('Europe/Paris');
    await dialog.getByRole('textbox', { name: 'Lieu' }).fill('Maison des associations, 12 rue du Canal, Paris');
    await page.getByRole('combobox', { name: 'Présidence de séance', exact: true }).fill('alice');
    await page.getByRole('option', { name: 'Alice Martin' }).click();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-schedule-desktop');
    await dialog.getByRole('button', { name: 'Planifier la réunion' }).click();

    // The meeting's page: its title from the body and the year, draft, at 18:30, with a Jitsi room generated.
    await page.getByRole('heading', { level: 1, name: /ordinaire/ }).waitFor();
    meetingPath = new URL(page.url()).pathname.replace(/\/preparation$/, '');
    const details = page.getByRole('region', { name: 'Informations' });
    await details.getByText(dayjs(MEETING_DAY).locale('fr').format('D MMMM YYYY'), { exact: false }).waitFor();
    expect(await details.textContent()).toContain('18:30');
    await details.getByText('Alice Martin').waitFor();
    expect(await page.getByText('brouillon', { exact: true }).count()).toBeGreaterThan(0);
    const videoLink = details.getByRole('link', { name: /Rejoindre la visioconférence/ });
    expect(await videoLink.getAttribute('href')).toMatch(/^https:\/\/meet\.jit\.si\/assemblee-generale-ordinaire-\d{4}-[a-z2-9]{16}$/);
    await page.getByText('L’ordre du jour est vide. Ajoutez son premier point.').waitFor();

    // The agenda: a report, the accounts to approve, and under them the financial report.
    await addItem(page, 'Ajouter un point', { title: 'Rapport moral', presenter: 'Alice Martin', minutes: 20 });
    await addItem(page, 'Ajouter un point', { title: 'Approbation des comptes 2025', kind: 'délibération', presenter: 'Bruno Petit', minutes: 30 });
    await addItem(page, 'Ajouter un sous-point à « Approbation des comptes 2025 »', { title: 'Rapport financier', presenter: 'Bruno Petit', minutes: 15 });
    await waitForOrder(page, ['1. Rapport moral', '2. Approbation des comptes 2025', '2.1. Rapport financier']);
    await page.getByText('Durée totale prévue : 50 min').waitFor();

    // A resolution under the deliberation, proposed by the board.
    await page.getByRole('button', { name: 'Ajouter une résolution à « Approbation des comptes 2025 »' }).click();
    const resolution = page.getByRole('dialog', { name: 'Nouvelle résolution' });
    await resolution.getByRole('textbox', { name: 'Intitulé de la résolution' }).fill('Approbation des comptes de l’exercice 2025');
    await resolution
      .getByRole('textbox', { name: 'Texte de la résolution' })
      .fill('L’assemblée générale, après avoir entendu le rapport financier, approuve les comptes de l’exercice 2025.');
    expect(await resolution.getByRole('checkbox', { name: 'Proposée par le conseil' }).isChecked()).toBe(true);
    expect(await dialogViolations(page)).toEqual([]);
    await resolution.getByRole('button', { name: 'Enregistrer la résolution' }).click();
    await resolution.waitFor({ state: 'detached' });
    const accounts = page.getByRole('article', { name: '2. Approbation des comptes 2025' });
    await accounts.getByText('Résolution n° 1 — Approbation des comptes de l’exercice 2025').waitFor();
    expect(await accounts.textContent()).toContain('proposée par le conseil');

    // By keyboard: the accounts move up with the « Monter » button, the focus staying on it.
    const moveUp = page.getByRole('button', { name: 'Monter « Approbation des comptes 2025 »' });
    await moveUp.focus();
    await settledMove(page, () => page.keyboard.press('Enter'));
    await waitForOrder(page, ['1. Approbation des comptes 2025', '1.1. Rapport financier', '2. Rapport moral']);
    await page.getByRole('status').filter({ hasText: '« Approbation des comptes 2025 » est maintenant en position 1.' }).waitFor();
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe('Descendre « Approbation des comptes 2025 »');

    // By keyboard again, through the drag handle: Space picks the report up, the arrow moves it, Space drops it.
    await page.getByRole('button', { name: /^Déplacer « Rapport moral »/ }).focus();
    await page.keyboard.press('Space');
    await announced(page, '« Rapport moral » saisi.');
    await page.keyboard.press('ArrowUp');
    await announced(page, '« Rapport moral » au-dessus de « Approbation des comptes 2025 ».');
    await settledMove(page, () => page.keyboard.press('Space'));
    await announced(page, '« Rapport moral » posé.');
    await waitForOrder(page, ['1. Rapport moral', '2. Approbation des comptes 2025', '2.1. Rapport financier']);

    // By dragging with the mouse: the accounts back above the report.
    const handle = await page.getByRole('button', { name: /^Déplacer « Approbation des comptes 2025 »/ }).boundingBox();
    const target = await page.getByRole('article', { name: '1. Rapport moral' }).boundingBox();
    expect(handle && target).toBeTruthy();
    await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 12; step++) {
      await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2 + ((target!.y + 5 - handle!.y) * step) / 12);
    }
    await settledMove(page, () => page.mouse.up());
    await waitForOrder(page, ['1. Approbation des comptes 2025', '1.1. Rapport financier', '2. Rapport moral']);
    // The order is the api's, not only the page's.
    await page.reload();
    await waitForOrder(page, ['1. Approbation des comptes 2025', '1.1. Rapport financier', '2. Rapport moral']);
    await page.mouse.move(640, 10);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-agenda-desktop');

    // The list shows it among the upcoming meetings, and the month calendar on its day.
    await page.getByRole('link', { name: 'Toutes les réunions' }).click();
    const upcoming = page.getByRole('table', { name: 'Réunions à venir' });
    await upcoming.getByRole('row').filter({ hasText: 'brouillon' }).waitFor();
    expect(await upcoming.textContent()).toContain('18:30');
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meetings-desktop');
    await page.locator('label').getByText('Calendrier', { exact: true }).click();
    const month = page.getByRole('region', { name: 'Calendrier du mois' });
    while (!(await month.getByRole('button', { name: new RegExp(`^${dayjs(MEETING_DAY).locale('fr').format('D MMMM YYYY')} : 1 réunion`) }).count())) {
      await month.getByRole('button', { name: 'Mois suivant' }).click();
    }
    await month.getByRole('button', { name: new RegExp(`^${dayjs(MEETING_DAY).locale('fr').format('D MMMM YYYY')} : 1 réunion`) }).click();
    await month.getByRole('heading', { name: `Réunions du ${dayjs(MEETING_DAY).locale('fr').format('D MMMM YYYY')}` }).waitFor();
    await month.getByRole('link', { name: /ordinaire/ }).waitFor();
    await page.mouse.move(640, 10);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meetings-calendar-desktop');
  });

  it('an observer reads the meeting and its agenda, on a desktop and on a phone, but cannot change them', async () => {
    const desktop = await signedIn(await web.newPage(), observer, `${meetingPath}/preparation`);
    await desktop.getByRole('article', { name: '1. Approbation des comptes 2025' }).waitFor();
    await desktop.getByText('Vous consultez cette réunion').waitFor();
    expect(await desktop.getByRole('button', { name: /Ajouter|Monter|Descendre|Déplacer|Modifier|Retirer/ }).count()).toBe(0);
    expect(await violations(desktop)).toEqual([]);

    const phone = await signedIn(await web.newPage({ phone: true }), observer, `${meetingPath}/preparation`);
    await phone.getByRole('article', { name: '2. Rapport moral' }).waitFor();
    expect(await phone.getByRole('button', { name: 'Nouvelle réunion' }).count()).toBe(0);
    expect(await violations(phone)).toEqual([]);
    await screenshot(phone, 'meeting-agenda-phone');
  });

  it('a secretary amends the convened agenda, sees who holds which proxy, opens the meeting, records arrivals until the quorum is reached, a departure, and closes it', async () => {
    // A paper proxy recorded beforehand: David Moreau gives his vote to Alice Martin.
    const meetingId = meetingPath.split('/').pop()!;
    for (const [principal, holder] of [['David Moreau', 'Alice Martin']] as const) {
      await web.api.client.ok(
        `mutation RecordProxy($organisationId: UUID!, $meetingId: UUID!, $principalMemberId: UUID!, $holderMemberId: UUID) {
          recordProxy(organisationId: $organisationId, meetingId: $meetingId, principalMemberId: $principalMemberId, holderMemberId: $holderMemberId) { id } }`,
        { organisationId, meetingId, principalMemberId: memberIds.get(principal), holderMemberId: holder && memberIds.get(holder) },
        { token: secretary.token },
      );
    }

    // The convocations are sent (their page comes with the convocations feature): the meeting is convened.
    await web.api.app.get(MeetingsService).markConvened({ organisationId }, meetingId, new Date());

    // An item added now is an amendment to the agenda the members received, and the page says so.
    const page = await signedIn(await web.newPage(), secretary, meetingPath);
    await page.getByText('convoquée', { exact: true }).first().waitFor();
    await addItem(page, 'Ajouter un point', { title: 'Questions diverses', minutes: 10 });
    const amended = page.getByRole('status').filter({ hasText: 'Ordre du jour modifié depuis la convocation' });
    await amended.getByText(/Questions diverses/).waitFor();
    await page.mouse.move(640, 10);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-amended-desktop');

    await page.getByRole('tab', { name: 'Réponses et pouvoirs' }).click();
    const proxies = page.getByRole('table', { name: 'Pouvoirs' });
    await proxies.getByRole('row').filter({ hasText: 'David Moreau' }).waitFor();

    // Farid Benali's proxy to Alice comes on paper: the secretary records it.
    const recordProxy = async (principal: string, holder: string) => {
      await page.getByRole('button', { name: 'Enregistrer un pouvoir' }).click();
      await page.getByRole('combobox', { name: 'Mandant (qui donne son pouvoir)', exact: true }).fill(principal.split(' ')[0].toLowerCase());
      await page.getByRole('option', { name: principal }).click();
      await page.getByRole('combobox', { name: 'Mandataire', exact: true }).fill(holder.split(' ')[0].toLowerCase());
      await page.getByRole('option', { name: holder }).click();
      await page.getByRole('dialog', { name: 'Enregistrer un pouvoir' }).getByRole('button', { name: 'Enregistrer le pouvoir' }).click();
    };
    await recordProxy('Farid Benali', 'Alice Martin');
    await page.getByRole('dialog', { name: 'Enregistrer un pouvoir' }).waitFor({ state: 'detached' });
    // A third one to Alice is over the association's cap: refused, and the dialog says why.
    await recordProxy('Emma Leroy', 'Alice Martin');
    const refused = page.getByRole('dialog', { name: 'Enregistrer un pouvoir' });
    await refused.getByRole('alert').waitFor();
    expect(await dialogViolations(page)).toEqual([]);
    await refused.getByRole('button', { name: 'Fermer' }).click();
    await proxies.getByRole('row').filter({ hasText: 'Alice Martin' }).filter({ hasText: 'David Moreau' }).waitFor();
    expect(await proxies.getByRole('row').filter({ hasText: 'Alice Martin' }).textContent()).toMatch(/Alice Martin2.*Farid Benali/);
    await page.mouse.move(640, 10);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-proxies-desktop');

    // The console of the day: the meeting opens from it, after a confirmation.
    await page.getByRole('tab', { name: 'Séance' }).click();
    await page.getByText('La réunion n’est pas encore ouverte.').waitFor();
    await page.getByRole('button', { name: 'Ouvrir la séance' }).click();
    await page.getByRole('dialog', { name: 'Ouvrir la séance' }).getByRole('button', { name: 'Ouvrir la séance' }).click();
    const members = page.getByRole('table', { name: 'Membres convoqués' });
    const quorum = page.getByRole('region', { name: 'Quorum' });
    await quorum.getByText('Quorum non atteint', { exact: true }).waitFor();
    expect(await page.getByText('ouverte', { exact: true }).count()).toBeGreaterThan(0);
    expect(await members.getByRole('row').count()).toBe(MEMBERS.length + 1);

    // Alice arrives in person (her proxy from David now counts), Bruno joins remotely.
    await page.getByRole('button', { name: 'Arrivée sur place : Alice Martin' }).click();
    await members.getByRole('row').filter({ hasText: 'Alice Martin' }).getByText('sur place', { exact: true }).waitFor();
    await members.getByRole('row').filter({ hasText: 'Alice Martin' }).getByText('3 voix').waitFor();
    expect(await members.getByRole('row').filter({ hasText: 'David Moreau' }).textContent()).toContain('par Alice Martin');
    await page.getByRole('button', { name: 'Arrivée à distance : Bruno Petit' }).click();
    await members.getByRole('row').filter({ hasText: 'Bruno Petit' }).getByText('à distance', { exact: true }).waitFor();

    // Chloé is found by typing part of her name, without its accent, and arrives in person.
    await page.getByRole('searchbox', { name: 'Rechercher un membre' }).fill('chloe');
    await members.getByRole('row').nth(1).filter({ hasText: 'Chloé Durand' }).waitFor();
    expect(await members.getByRole('row').count()).toBe(2);
    await page.getByRole('button', { name: 'Arrivée sur place : Chloé Durand' }).click();
    await members.getByRole('row').filter({ hasText: 'Chloé Durand' }).getByText('sur place', { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher un membre' }).fill('');

    // The quorum is reached, and says why: the rule of the association, counted on the six members with a vote.
    await quorum.getByText('Quorum atteint', { exact: true }).waitFor();
    expect(await quorum.textContent()).toMatch(/Quorum atteint : \d membres présents ou représentés sur 6, soit [\d,]+ % \(seuil : 25 %\)/);
    await page.mouse.move(640, 10);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-console-desktop');

    // Chloé leaves; the quorum holds with the others.
    await page.getByRole('button', { name: 'Départ : Chloé Durand' }).click();
    await members
      .getByRole('row')
      .filter({ hasText: 'Chloé Durand' })
      .getByText(/parti·e à \d\d:\d\d/)
      .waitFor();
    await quorum.getByText('Quorum atteint', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Clore la séance' }).click();
    await page.getByRole('dialog', { name: 'Clore la séance' }).getByRole('button', { name: 'Clore la séance' }).click();
    await page.getByText('La séance est close.').waitFor();
    expect(await page.getByRole('button', { name: /^Arrivée|^Départ/ }).count()).toBe(0);
  });

  it('an observer follows the day on a phone, without a button to change it', async () => {
    const phone = await signedIn(await web.newPage({ phone: true }), observer, `${meetingPath}/session`);
    await phone.getByText('La séance est close.').waitFor();
    await phone.getByRole('region', { name: 'Quorum' }).getByText('Quorum atteint', { exact: true }).waitFor();
    await phone
      .getByRole('table', { name: 'Membres convoqués' })
      .getByRole('row', { name: /^Alice Martin sur place 3 voix/ })
      .waitFor();
    expect(await phone.getByRole('button', { name: /^(Ouvrir la séance|Clore la séance|Arrivée|Départ)/ }).count()).toBe(0);
    expect(await violations(phone)).toEqual([]);
    await screenshot(phone, 'meeting-console-phone');
  });

  it('a secretary on a phone schedules an extraordinary assembly and prepares its agenda', async () => {
    const page = await signedIn(await web.newPage({ phone: true }), secretary, `/o/${organisationId}/meetings`);
    await page.getByRole('heading', { name: 'Réunions', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Réunions passées' }).getByText('close', { exact: true }).waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meetings-phone');

    await page.getByRole('button', { name: 'Nouvelle réunion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle réunion' });
    await choose(page, 'Instance', assembly.name);
    await dialog.locator('label').getByText('extraordinaire', { exact: true }).click();
    await typeDate(dialog, 'Date', dayjs(MEETING_DAY).add(14, 'day').format('YYYY-MM-DD'));
    await dialog.getByLabel('Heure').fill('10:00');
    await dialog.getByRole('textbox', { name: 'Lien de visioconférence' }).fill('https://visio.example.org/age');
    expect(await dialogViolations(page)).toEqual([]);
    await screenshot(page, 'meeting-schedule-phone');
    await dialog.getByRole('button', { name: 'Planifier la réunion' }).click();
    await page.getByRole('heading', { level: 1, name: /extraordinaire/ }).waitFor();
    expect(await page.getByRole('link', { name: /Rejoindre la visioconférence/ }).getAttribute('href')).toBe('https://visio.example.org/age');

    await addItem(page, 'Ajouter un point', { title: 'Modification des statuts', kind: 'délibération', minutes: 45 });
    await page.getByRole('button', { name: 'Monter « Modification des statuts »' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'meeting-preparation-phone');
  });
});
