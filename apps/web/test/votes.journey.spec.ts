import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { joinWithRole, SCIC_COLLEGES } from '../../api/test/support';
import { sendConvocations } from '../../api/test/support/convocations';
import { ADD_RESOLUTION, addAgendaItem } from '../../api/test/support/meetings';
import { castByLink, optionOf, personalLink, votingAssembly, BALLOT_FIELDS, type TestBallot } from '../../api/test/support/voting';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp, withoutNotifications } from './support/web-app';

jest.setTimeout(300_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

const RESOLUTION = 'Approbation des comptes 2025';
const ELECTION = 'Élection du conseil d’administration';
const BUDGET = 'Budget 2026';
const BALLOTS = `query Ballots($organisationId: UUID!, $meetingId: UUID!) { ballots(organisationId: $organisationId, meetingId: $meetingId) { ${BALLOT_FIELDS} } }`;

/** The page's accessibility violations, once the notification of the last change has gone (axe reads its colours wrong while it fades). */
async function violations(page: Page): Promise<string[]> {
  await withoutNotifications(page);
  return accessibilityViolations(page);
}

/** Back to the top, so a full-page picture does not draw the sticky header over the content. */
const top = (page: Page) => page.evaluate('window.scrollTo(0, 0)');

/**
 * An assembly whose agenda carries one resolution, convened (by post: the members gave no
 * e-mail, so each has a personal page); its secretary puts the resolution to the vote at the
 * desk in one click (public, live results, everyone convened), then opens it.
 */
async function resolutionOpenedAtTheDesk(assembly: Parameters<typeof votingAssembly>[1], resolution: { title: string; text: string }) {
  const { token, organisationId, members, meeting } = await votingAssembly(web.api, assembly);
  const secretary = await joinWithRole(web.api, token, organisationId, 'secretary');
  const item = await addAgendaItem(web.api.client, token, organisationId, meeting.id, { title: 'Délibération', kind: 'deliberation' });
  await web.api.client.ok(ADD_RESOLUTION, { organisationId, itemId: item.id, input: resolution }, { token });
  await sendConvocations(web.api.client, token, organisationId, meeting.id);
  const desk = await signedIn(await web.newPage(), secretary, `/o/${organisationId}/meetings/${meeting.id}/votes`);
  await desk.getByRole('button', { name: `Préparer le vote sur « ${resolution.title} »` }).click();
  await desk.getByRole('button', { name: `Ouvrir le vote « ${resolution.title} »` }).click();
  const card = desk.getByRole('article', { name: resolution.title });
  await card.getByText(`0 vote sur ${members.length}`).waitFor();
  // The count comes over the live connection (socket.io), not by polling.
  await card.getByText('Mis à jour en direct').waitFor();
  const { ballots } = await web.api.client.ok<{ ballots: TestBallot[] }>(BALLOTS, { organisationId, meetingId: meeting.id }, { token });
  return { organisationId, members, meeting, secretary, desk, card, ballot: ballots[0] };
}

describe('votes', () => {
  it('the secretary opens a vote on a resolution; a member votes on a phone and sees the count move; the secretary closes it and the projector shows the result', async () => {
    const { organisationId, members, meeting, secretary, desk, card, ballot } = await resolutionOpenedAtTheDesk(
      { members: 3 },
      { title: RESOLUTION, text: 'L’assemblée approuve les comptes de l’exercice 2025.' },
    );

    // A member votes from the personal link of their convocation, on a phone: choice, confirmation, receipt.
    const phone = await web.newPage({ phone: true });
    const castsThroughGraphQL: string[] = [];
    phone.on('request', (request) => {
      if (request.url().endsWith('/graphql') && /castVote/.test(request.postData() ?? '')) castsThroughGraphQL.push(request.postData() ?? '');
    });
    await phone.goto(`/m#${await personalLink(web.api, organisationId, meeting.id, members[1].id)}`);
    const votes = phone.getByRole('region', { name: 'Votes', exact: true });
    await votes.getByRole('radio', { name: 'Pour' }).check();
    await votes.getByRole('button', { name: 'Continuer' }).click();
    await votes.getByText('Vous votez : Pour.').waitFor();
    await votes.getByText('Ce vote est public : vous pourrez le modifier jusqu’à la clôture.').waitFor();
    await votes.getByRole('button', { name: 'Confirmer mon vote' }).click();
    expect(await votes.getByTestId('receipt').textContent()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await votes.getByRole('button', { name: 'Copier le reçu' }).waitFor();
    await votes.getByTestId('votes-yes').getByText('1 voix').waitFor();
    // The vote went over the live connection the page holds, not as a GraphQL request.
    expect(castsThroughGraphQL).toEqual([]);

    // Another member votes (through the api): the member's page and the desk follow.
    const other = await castByLink(web.api.client, await personalLink(web.api, organisationId, meeting.id, members[2].id), ballot.id, [
      optionOf(ballot, 'yes'),
    ]);
    expect(other.errors).toBeUndefined();
    await votes.getByTestId('votes-yes').getByText('2 voix').waitFor();
    await votes.getByText('2 votes sur 3').waitFor();
    expect(await violations(phone)).toEqual([]);
    await top(phone);
    await screenshot(phone, 'vote-member-phone');
    await card.getByText('2 votes sur 3').waitFor();
    expect(await violations(desk)).toEqual([]);
    await top(desk);
    await screenshot(desk, 'vote-console-desktop');

    // The projector, open on the room's screen, follows the close.
    const projector = await signedIn(await web.newPage(), secretary, `/o/${organisationId}/votes/${ballot.id}/projector`);
    await projector.getByText('2 votes sur 3').waitFor();
    await card.getByRole('button', { name: `Clore le vote « ${RESOLUTION} »` }).click();
    await desk.getByRole('dialog', { name: 'Clore ce vote ?' }).getByRole('button', { name: 'Clore le vote' }).click();
    await card.getByTestId('outcome').getByText('adoptée').waitFor();
    await projector.getByTestId('outcome').getByText('adoptée').waitFor();
    await projector.getByText('Vote clos').waitFor();
    expect(await projector.getByRole('navigation').count()).toBe(0);
    expect(await accessibilityViolations(projector)).toEqual([]);
    await top(projector);
    await screenshot(projector, 'vote-projector');
  });

  it('the secretary prepares a secret election of two seats in the dialog; a member votes in English on a phone for two candidates, then checks with the receipt that the ballot is in the sealed box', async () => {
    const { token, organisationId, members, meeting } = await votingAssembly(web.api, { members: 3 });
    const secretary = await joinWithRole(web.api, token, organisationId, 'secretary');
    await addAgendaItem(web.api.client, token, organisationId, meeting.id, { title: 'Élection du conseil', kind: 'election' });
    await sendConvocations(web.api.client, token, organisationId, meeting.id);

    const desk = await signedIn(await web.newPage(), secretary, `/o/${organisationId}/meetings/${meeting.id}/votes`);
    await desk.getByRole('button', { name: 'Nouvelle élection' }).click();
    const form = desk.getByRole('dialog', { name: 'Nouvelle élection' });
    await form.getByLabel('Intitulé').fill(ELECTION);
    await form.getByLabel('Candidat·e 1').fill('Awa Diallo');
    await form.getByLabel('Candidat·e 2').fill('Bruno Lefèvre');
    await form.getByRole('button', { name: 'Ajouter un·e candidat·e' }).click();
    await form.getByLabel('Candidat·e 3').fill('Chloé Martin');
    await form.getByLabel('Sièges à pourvoir').fill('2');
    // An election is secret, its results known at close, unless the secretary says otherwise.
    expect(await form.getByLabel('Vote à bulletin secret').isChecked()).toBe(true);
    await form.getByLabel('Tous les convoqués (vote à distance possible avant la séance)').check();
    expect(await accessibilityViolations(desk)).toEqual([]);
    await form.getByRole('button', { name: 'Préparer le vote' }).click();
    await desk.getByRole('button', { name: `Ouvrir le vote « ${ELECTION} »` }).click();
    const card = desk.getByRole('article', { name: ELECTION });
    await card.getByText('0 vote sur 3').waitFor();
    await card.getByText('Les résultats seront connus à la clôture.').waitFor();

    // A member, on a phone, in English: two candidates, the confirmation says the vote is final.
    const phone = await web.newPage({ phone: true });
    await phone.goto(`/m#${await personalLink(web.api, organisationId, meeting.id, members[0].id)}`);
    await phone.getByText('EN', { exact: true }).click();
    const votes = phone.getByRole('region', { name: 'Votes', exact: true });
    await votes.getByText('Choose up to 2 answers.').waitFor();
    await votes.getByRole('checkbox', { name: 'Awa Diallo' }).check();
    await votes.getByRole('checkbox', { name: 'Chloé Martin' }).check();
    await votes.getByRole('button', { name: 'Continue' }).click();
    await votes.getByText('You vote: Awa Diallo, Chloé Martin.').waitFor();
    await votes.getByText('This vote is secret: once confirmed, it is final.').waitFor();
    await votes.getByRole('button', { name: 'Confirm my vote' }).click();
    const receipt = (await votes.getByTestId('receipt').textContent()) ?? '';
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // Only participation while a secret ballot is open.
    await votes.getByText('1 vote out of 3').waitFor();
    await votes.getByText('The results will be known at close.').waitFor();
    expect(await votes.getByTestId(/^votes-/).count()).toBe(0);
    await card.getByText('1 vote sur 3').waitFor();

    await card.getByRole('button', { name: `Clore le vote « ${ELECTION} »` }).click();
    await desk.getByRole('dialog', { name: 'Clore ce vote ?' }).getByRole('button', { name: 'Clore le vote' }).click();
    await card.getByTestId('outcome').waitFor();
    await card
      .getByText(/Awa Diallo/)
      .first()
      .waitFor();

    // After the close, the member checks the receipt against the sealed box.
    const check = phone.getByRole('region', { name: 'Check my receipt' });
    await check.getByRole('textbox', { name: 'Receipt' }).fill(receipt);
    await check.getByRole('button', { name: 'Check' }).click();
    await check.getByText('Your ballot is in the box: Awa Diallo, Chloé Martin.').waitFor();
    await check.getByRole('textbox', { name: 'Receipt' }).fill('AAAA-BBBB-CCCC-DDDD');
    await check.getByRole('button', { name: 'Check' }).click();
    await check.getByText('This receipt is not in the box. Check what you typed.').waitFor();
    expect(await accessibilityViolations(phone)).toEqual([]);
  });

  it('in a SCIC, the console and the projector show the count college by college, with each college’s weight, as the votes come in', async () => {
    const { organisationId, members, meeting, secretary, desk, card, ballot } = await resolutionOpenedAtTheDesk(
      { legalForm: 'scic', members: 8, colleges: SCIC_COLLEGES },
      { title: BUDGET, text: 'L’assemblée adopte le budget 2026.' },
    );
    const projector = await signedIn(await web.newPage(), secretary, `/o/${organisationId}/votes/${ballot.id}/projector`);
    await projector.getByText('0 vote sur 8').waitFor();

    // Members are in the colleges in turn: 0 and 4 employees, 1 and 5 users, 2 and 6 local authorities.
    const vote = async (memberIndex: number, code: string) => {
      const link = await personalLink(web.api, organisationId, meeting.id, members[memberIndex].id);
      expect((await castByLink(web.api.client, link, ballot.id, [optionOf(ballot, code)])).errors).toBeUndefined();
    };
    await vote(0, 'yes');
    await vote(4, 'yes');
    await vote(1, 'no');
    await vote(5, 'yes');
    await vote(2, 'no');
    await card.getByText('5 votes sur 8').waitFor();
    await card.getByRole('heading', { name: 'Par collège' }).waitFor();
    const inCollege = (page: Page, college: string, code: string) =>
      page.getByRole('region', { name: college, exact: true }).getByTestId(`votes-${code}`).textContent();
    for (const page of [desk, projector]) {
      await page.getByText('5 votes sur 8').waitFor();
      expect(await inCollege(page, 'salariés (poids 2/5)', 'yes')).toBe('2 voix');
      expect(await inCollege(page, 'usagers (poids 3/10)', 'yes')).toBe('1 voix');
      expect(await inCollege(page, 'usagers (poids 3/10)', 'no')).toBe('1 voix');
      expect(await inCollege(page, 'collectivités (poids 1/5)', 'no')).toBe('1 voix');
      expect(await inCollege(page, 'partenaires (poids 1/10)', 'yes')).toBe('0 voix');
    }
    expect(await accessibilityViolations(projector)).toEqual([]);
    await top(projector);
    await screenshot(projector, 'vote-projector-scic');

    await card.getByRole('button', { name: `Clore le vote « ${BUDGET} »` }).click();
    await desk.getByRole('dialog', { name: 'Clore ce vote ?' }).getByRole('button', { name: 'Clore le vote' }).click();
    await projector.getByTestId('outcome').getByText('adoptée').waitFor();
    expect(await inCollege(projector, 'salariés (poids 2/5)', 'yes')).toBe('2 voix');
    expect(await violations(desk)).toEqual([]);
  });
});
