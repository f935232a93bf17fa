import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addMember, appointMandate, createOrganisation, joinWithRole, registerAccount, type TestAccount } from '../../api/test/support';
import { ADD_RESOLUTION, addAgendaItem, generalAssemblyOf, scheduleMeeting } from '../../api/test/support/meetings';
import { APPROVE_MINUTES, draftMinutes } from '../../api/test/support/minutes';
import { castByLink, closeBallot, createBallot, openBallot, optionOf, personalLink } from '../../api/test/support/voting';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp, withoutNotifications } from './support/web-app';

jest.setTimeout(300_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

const OPEN_MEETING = `mutation Open($organisationId: UUID!, $meetingId: UUID!) { openMeeting(organisationId: $organisationId, meetingId: $meetingId) { id } }`;
const CLOSE_MEETING = `mutation Close($organisationId: UUID!, $meetingId: UUID!) { closeMeeting(organisationId: $organisationId, meetingId: $meetingId) { id } }`;
const ARRIVAL = `mutation Arrive($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!, $mode: AttendanceMode!) {
  recordArrival(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId, mode: $mode) { id } }`;

/** The page's accessibility violations, once the notification of the last change has gone (axe reads its colours wrong while it fades). */
async function violations(page: Page): Promise<string[]> {
  await withoutNotifications(page);
  return accessibilityViolations(page);
}

describe('minutes and the decision register', () => {
  let chair: TestAccount;
  let secretary: TestAccount;
  let organisationId: string;
  let meetingPath: string;
  let adminToken: string;
  let memberIds: string[];

  // A general assembly held and closed through the api: four members present, the budget adopted in a real ballot.
  beforeAll(async () => {
    const { client } = web.api;
    const admin = await registerAccount(web.api, { displayName: 'Camille Martin' });
    const token = admin.token;
    adminToken = token;
    organisationId = await createOrganisation(client, token, { name: 'Les Jardins du Canal', legalForm: 'association' });
    const assembly = await generalAssemblyOf(client, token, organisationId);
    const ids: Record<string, string> = {};
    for (const name of ['Alice Martin', 'Bruno Petit', 'Chloé Durand', 'David Moreau'])
      ids[name] = (await addMember(client, token, organisationId, { name, joinedOn: '2024-01-15', birthDate: '1980-05-01' })).id;
    await appointMandate(client, token, organisationId, { bodyId: assembly.id, memberId: ids['Bruno Petit'], role: 'secretary', startOn: '2024-01-15' });
    chair = await joinWithRole(web.api, token, organisationId, 'member', ids['Alice Martin']);
    secretary = await joinWithRole(web.api, token, organisationId, 'secretary', ids['Bruno Petit']);

    const meeting = await scheduleMeeting(client, token, organisationId, {
      bodyId: assembly.id,
      title: 'Assemblée générale ordinaire',
      startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      chairMemberId: ids['Alice Martin'],
      place: 'Maison des associations, Paris',
    });
    const budget = await addAgendaItem(client, token, organisationId, meeting.id, { title: 'Budget 2026', kind: 'deliberation' });
    const resolutionId = (
      await client.ok<{ addResolution: { id: string } }>(
        ADD_RESOLUTION,
        {
          organisationId,
          itemId: budget.id,
          input: { title: 'Adoption du budget 2026', text: 'L’assemblée adopte le budget prévisionnel 2026 du jardin partagé.' },
        },
        { token },
      )
    ).addResolution.id;
    await client.ok(OPEN_MEETING, { organisationId, meetingId: meeting.id }, { token });
    for (const memberId of Object.values(ids)) await client.ok(ARRIVAL, { organisationId, meetingId: meeting.id, memberId, mode: 'inPerson' }, { token });
    const draft = await createBallot(client, token, organisationId, { kind: 'resolution', meetingId: meeting.id, resolutionId, rollBasis: 'convened' });
    const ballot = await openBallot(client, token, organisationId, draft.id);
    for (const [i, memberId] of Object.values(ids).entries())
      await castByLink(client, await personalLink(web.api, organisationId, meeting.id, memberId), ballot.id, [optionOf(ballot, i < 3 ? 'yes' : 'abstain')]);
    await closeBallot(client, token, organisationId, ballot.id);
    await client.ok(CLOSE_MEETING, { organisationId, meetingId: meeting.id }, { token });
    meetingPath = `/o/${organisationId}/meetings/${meeting.id}/minutes`;
    memberIds = Object.values(ids);
  });

  it('the secretary edits the draft, both officers approve, a member finds the decision by searching the register', async () => {
    // The secretary drafts the minutes, writes the debate on the budget and approves.
    const page = await signedIn(await web.newPage(), secretary, meetingPath);
    await page.getByRole('button', { name: 'Rédiger le procès-verbal' }).click();
    await page.getByRole('heading', { name: 'Projet de procès-verbal' }).waitFor();
    await page
      .getByRole('textbox', { name: 'Débats du point 1 : Budget 2026' })
      .fill('La trésorière présente le budget ; les membres saluent la hausse des semences bio.');
    await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
    await page.getByText('Projet de procès-verbal enregistré.').waitFor();
    await page.mouse.move(0, 0);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'minutes-editor-desktop');
    await page.getByRole('button', { name: 'Approuver le procès-verbal' }).click();
    await page.getByText(/Secrétaire de séance : Approuvé par Bruno Petit/).waitFor();
    expect(await page.getByText(/Présidence de séance : En attente de Alice Martin/).count()).toBe(1);
    // The secretary has given the approval awaited of him: the button is only for the chair now.
    expect(await page.getByRole('button', { name: 'Approuver le procès-verbal' }).count()).toBe(0);

    // The chair signs in and approves: the minutes are frozen and registered.
    const chairPage = await signedIn(await web.newPage(), chair, meetingPath);
    await chairPage.getByRole('button', { name: 'Approuver le procès-verbal' }).click();
    await chairPage.getByRole('heading', { name: 'Procès-verbal approuvé' }).waitFor();
    await chairPage.getByText('Inscrit au registre sous le numéro 1.').waitFor();
    expect(await chairPage.getByRole('button', { name: 'Enregistrer le projet' }).count()).toBe(0);
    await chairPage.getByText(/^[0-9a-f]{64}$/).waitFor();

    // The chair, a member, searches the register for the budget and finds the decision with its pages.
    await chairPage.getByRole('navigation').getByRole('link', { name: 'Registre' }).click();
    await chairPage.getByRole('heading', { name: 'Registre des décisions', level: 1 }).waitFor();
    await chairPage.getByRole('searchbox', { name: 'Mots' }).fill('budget');
    await chairPage.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const decision = chairPage.getByRole('listitem', { name: 'Adoption du budget 2026' });
    await decision.getByText('Adoptée', { exact: true }).waitFor();
    await chairPage.getByRole('heading', { name: '1 décision', level: 2 }).waitFor();
    expect(await decision.locator('mark').first().innerText()).toMatch(/budget/i);
    await chairPage.getByText(/Registre intact : 1 inscriptions? vérifiées?/).waitFor();
    const saved = chairPage.waitForEvent('download');
    await decision.getByRole('button', { name: /^Procès-verbal, pages? \d/ }).click();
    expect((await saved).suggestedFilename()).toMatch(/\.pdf$/);
    await chairPage.mouse.move(0, 0);
    expect(await violations(chairPage)).toEqual([]);
    await screenshot(chairPage, 'register-desktop');

    // On a phone, the approved minutes and the register fit the screen's width.
    const phone = await signedIn(await web.newPage({ phone: true }), chair, meetingPath);
    await phone.getByRole('heading', { name: 'Procès-verbal approuvé' }).waitFor();
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.goto(`/o/${organisationId}/register?text=budget`);
    await phone.getByRole('listitem', { name: 'Adoption du budget 2026' }).waitFor();
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  });

  it('a year of decisions: the register shows them twenty at a time, « Suivant » and « Précédent » move through them', async () => {
    // A second assembly decides on 21 resolutions, each put to a vote, and its minutes are approved through the api.
    const { client } = web.api;
    const token = adminToken;
    const assembly = await generalAssemblyOf(client, token, organisationId);
    const meeting = await scheduleMeeting(client, token, organisationId, {
      bodyId: assembly.id,
      title: 'Assemblée générale extraordinaire',
      startsAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      chairMemberId: memberIds[0],
    });
    const item = await addAgendaItem(client, token, organisationId, meeting.id, { title: 'Règlement intérieur', kind: 'deliberation' });
    const resolutionIds: string[] = [];
    for (let n = 1; n <= 21; n++) {
      const input = { title: `Article ${n} du règlement intérieur`, text: `L’assemblée adopte l’article ${n} du règlement intérieur.` };
      resolutionIds.push(
        (await client.ok<{ addResolution: { id: string } }>(ADD_RESOLUTION, { organisationId, itemId: item.id, input }, { token })).addResolution.id,
      );
    }
    await client.ok(OPEN_MEETING, { organisationId, meetingId: meeting.id }, { token });
    for (const memberId of memberIds) await client.ok(ARRIVAL, { organisationId, meetingId: meeting.id, memberId, mode: 'inPerson' }, { token });
    await Promise.all(
      resolutionIds.map(async (resolutionId) => {
        const draft = await createBallot(client, token, organisationId, { kind: 'resolution', meetingId: meeting.id, resolutionId, rollBasis: 'convened' });
        await openBallot(client, token, organisationId, draft.id);
        await closeBallot(client, token, organisationId, draft.id);
      }),
    );
    await client.ok(CLOSE_MEETING, { organisationId, meetingId: meeting.id }, { token });
    const minutes = await draftMinutes(client, token, organisationId, meeting.id);
    for (const officer of [secretary, chair]) await client.ok(APPROVE_MINUTES, { organisationId, minutesId: minutes.id }, { token: officer.token });

    const page = await signedIn(await web.newPage(), chair, `/o/${organisationId}/register`);
    const pager = page.getByRole('navigation', { name: 'Pages du registre' });
    await pager.getByText(/^Page 1 sur 2$/).waitFor();
    const titles = () => page.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    // The latest meeting first, its resolutions in their order.
    expect(await titles()).toEqual(Array.from({ length: 20 }, (_, i) => `Article ${i + 1} du règlement intérieur`));
    expect(await pager.getByRole('button', { name: 'Précédent' }).isDisabled()).toBe(true);
    await pager.getByRole('button', { name: 'Suivant' }).click();
    await pager.getByText(/^Page 2 sur 2$/).waitFor();
    await page.getByRole('listitem', { name: 'Article 21 du règlement intérieur' }).waitFor();
    expect(await page.getByRole('listitem', { name: 'Article 1 du règlement intérieur' }).count()).toBe(0);
    expect(await pager.getByRole('button', { name: 'Suivant' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await pager.getByRole('button', { name: 'Précédent' }).click();
    await pager.getByText(/^Page 1 sur 2$/).waitFor();
    await page.getByRole('listitem', { name: 'Article 1 du règlement intérieur' }).waitFor();

    // A search made from the second page starts again from its first page, and fits on it.
    await pager.getByRole('button', { name: 'Suivant' }).click();
    await pager.getByText(/^Page 2 sur 2$/).waitFor();
    await page.getByRole('searchbox', { name: 'Mots' }).fill('article 21');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.getByRole('heading', { name: '1 décision', level: 2 }).waitFor();
    expect(await titles()).toEqual(['Article 21 du règlement intérieur']);
    expect(await pager.count()).toBe(0);
  });
});
