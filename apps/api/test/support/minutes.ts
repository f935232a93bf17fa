import type { GraphQLClient } from '@collegial/testing';
import { addMember, adminWithOrganisation, appointMandate, joinWithRole, SCIC_COLLEGES, setColleges, type TestAccount } from './builders';
import { ADD_RESOLUTION, addAgendaItem, generalAssemblyOf, scheduleMeeting } from './meetings';
import type { TestApp } from './test-app';
import { castByLink, closeBallot, createBallot, openBallot, optionOf, personalLink } from './voting';

/** Minutes, the register and the papers of a meeting, through the public API (minutes*.spec.ts). */

export const MINUTES_FIELDS = `id meetingId status locale convenedBy approvedAt seal pdfUrl registerSequence updatedAt
  chair { memberId name } secretary { memberId name } scrutineers { memberId name }
  items { agendaItemId number title kind summary } incidents { time description durationMinutes }
  approvals { role memberId memberName approvedAt } pdf { sha256 size pages url }`;

export const MINUTES = `query Minutes($organisationId: UUID!, $meetingId: UUID!) { minutes(organisationId: $organisationId, meetingId: $meetingId) { ${MINUTES_FIELDS} } }`;
export const MINUTES_CONTENT = `query Minutes($organisationId: UUID!, $meetingId: UUID!) { minutes(organisationId: $organisationId, meetingId: $meetingId) { id content } }`;
export const DRAFT_MINUTES = `mutation Draft($organisationId: UUID!, $meetingId: UUID!) { draftMinutes(organisationId: $organisationId, meetingId: $meetingId) { ${MINUTES_FIELDS} } }`;
export const UPDATE_MINUTES = `mutation Update($organisationId: UUID!, $minutesId: UUID!, $input: UpdateMinutesInput!) {
  updateMinutes(organisationId: $organisationId, minutesId: $minutesId, input: $input) { ${MINUTES_FIELDS} } }`;
export const APPROVE_MINUTES = `mutation Approve($organisationId: UUID!, $minutesId: UUID!) { approveMinutes(organisationId: $organisationId, minutesId: $minutesId) { ${MINUTES_FIELDS} } }`;
export const DECISION_REGISTER = `query Register($organisationId: UUID!, $filter: DecisionFilterInput, $first: Int, $after: String) {
  decisionRegister(organisationId: $organisationId, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id entryId sequence kind number title text outcome explanation bodyId bodyName meetingDate minutesId meetingId firstPage lastPage pdfUrl excerpt } } }`;
export const REGISTER_ENTRIES = `query Entries($organisationId: UUID!, $first: Int, $after: String) {
  registerEntries(organisationId: $organisationId, first: $first, after: $after) {
    totalCount nodes { id sequence kind minutesId meetingId bodyId bodyName meetingDate title seal firstPage lastPage previousHash hash recordedAt pdf { sha256 size pages url } } } }`;
export const REGISTER_VERIFICATION = `query Verify($organisationId: UUID!) {
  registerVerification(organisationId: $organisationId) { intact entries firstBrokenSequence explanation explanationFr explanationEn } }`;

const OPEN_MEETING = `mutation Open($organisationId: UUID!, $meetingId: UUID!) { openMeeting(organisationId: $organisationId, meetingId: $meetingId) { id } }`;
const CLOSE_MEETING = `mutation Close($organisationId: UUID!, $meetingId: UUID!) { closeMeeting(organisationId: $organisationId, meetingId: $meetingId) { id } }`;
const ARRIVAL = `mutation Arrive($organisationId: UUID!, $meetingId: UUID!, $memberId: UUID!, $mode: AttendanceMode!) {
  recordArrival(organisationId: $organisationId, meetingId: $meetingId, memberId: $memberId, mode: $mode) { id } }`;

export interface MinutesView {
  id: string;
  meetingId: string;
  status: string;
  locale: string;
  chair: { memberId: string; name: string } | null;
  secretary: { memberId: string; name: string } | null;
  scrutineers: { memberId: string; name: string }[];
  items: { agendaItemId: string; number: string; title: string; kind: string; summary: string | null }[];
  approvals: { role: string; memberId: string }[];
  pdf: { sha256: string; size: number; pages: number; url: string } | null;
  pdfUrl: string;
  registerSequence: number | null;
  seal: string | null;
  [key: string]: unknown;
}

/** The college votes of DOMAIN.md's worked example: 26/45 of the weighted votes for, adopted; 17 to 18 by heads. */
export const WORKED_EXAMPLE: Record<string, { yes: number; no: number; abstain: number }> = {
  salariés: { yes: 6, no: 2, abstain: 1 },
  usagers: { yes: 10, no: 15, abstain: 0 },
  collectivités: { yes: 1, no: 1, abstain: 0 },
  partenaires: { yes: 0, no: 0, abstain: 2 },
};

export interface ClosedAssembly {
  admin: TestAccount;
  organisationId: string;
  meetingId: string;
  assemblyId: string;
  chair: { id: string; name: string; account: TestAccount };
  secretary: { id: string; name: string; account: TestAccount };
  items: { budget: string; reserves: string; board: string; election: string };
  memberIds: string[];
  collegeIds: Record<string, string>;
}

/**
 * A SCIC's general assembly, held and closed: 41 members in the four colleges of the
 * worked example, a chair and a secretary (a secretary mandate in the assembly) with
 * accounts linked to them, 12 members attending (two remotely), two resolutions voted
 * through personal links (the budget adopted by college weights, the reserves rejected)
 * and an election to the board (Alice Martin elected).
 */
export async function closedScicAssembly(api: TestApp): Promise<ClosedAssembly> {
  const client = api.client;
  const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
  const token = admin.token;
  await client.ok(
    `mutation U($organisationId: UUID!, $input: UpdateOrganisationInput!) { updateOrganisation(organisationId: $organisationId, input: $input) { id } }`,
    { organisationId, input: { address: '12 rue des Lilas\n69003 Lyon', registrationNumber: '812345676' } },
    { token },
  );
  const colleges = await setColleges(client, token, organisationId, SCIC_COLLEGES);
  const assembly = await generalAssemblyOf(client, token, organisationId);
  const sizes: Record<string, number> = { salariés: 10, usagers: 26, collectivités: 3, partenaires: 2 };
  const byCollege = new Map<string, string[]>();
  const memberIds: string[] = [];
  const names = new Map<string, string>();
  for (const college of colleges) {
    const ids: string[] = [];
    for (let i = 0; i < sizes[college.name]; i += 1) {
      const name = `${college.name} ${String(i + 1).padStart(2, '0')}`;
      const member = await addMember(client, token, organisationId, { name, collegeId: college.id, birthDate: '1980-05-01' });
      ids.push(member.id);
      names.set(member.id, name);
    }
    byCollege.set(college.name, ids);
    memberIds.push(...ids);
  }
  const chairId = byCollege.get('salariés')![0];
  const secretaryId = byCollege.get('salariés')![1];
  await appointMandate(client, token, organisationId, { bodyId: assembly.id, memberId: secretaryId, role: 'secretary', startOn: '2024-01-15' });
  const chairAccount = await joinWithRole(api, token, organisationId, 'member', chairId);
  const secretaryAccount = await joinWithRole(api, token, organisationId, 'member', secretaryId);

  const meeting = await scheduleMeeting(client, token, organisationId, {
    bodyId: assembly.id,
    title: 'Assemblée générale ordinaire 2026',
    startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    chairMemberId: chairId,
    place: 'Maison des associations, Lyon',
  });
  const budget = await addAgendaItem(client, token, organisationId, meeting.id, { title: 'Budget 2026', kind: 'deliberation' });
  const reserves = await addAgendaItem(client, token, organisationId, meeting.id, { title: 'Affectation des réserves', kind: 'deliberation' });
  const board = await addAgendaItem(client, token, organisationId, meeting.id, { title: 'Rapport moral', kind: 'information' });
  const resolution = async (itemId: string, title: string, text: string) =>
    (await client.ok<{ addResolution: { id: string } }>(ADD_RESOLUTION, { organisationId, itemId, input: { title, text } }, { token })).addResolution.id;
  const election = await addAgendaItem(client, token, organisationId, meeting.id, { title: "Élection au conseil d'administration", kind: 'election' });
  const budgetResolution = await resolution(budget.id, 'Adoption du budget 2026', 'L’assemblée adopte le budget prévisionnel 2026 de la coopérative.');
  const reservesResolution = await resolution(
    reserves.id,
    'Affectation aux réserves',
    'L’assemblée affecte la totalité du résultat aux réserves impartageables.',
  );

  await client.ok(OPEN_MEETING, { organisationId, meetingId: meeting.id }, { token });
  const attending = [...byCollege.get('salariés')!.slice(0, 6), ...byCollege.get('usagers')!.slice(0, 6)];
  for (const [i, memberId] of attending.entries()) {
    await client.ok(ARRIVAL, { organisationId, meetingId: meeting.id, memberId, mode: i < 10 ? 'inPerson' : 'remote' }, { token });
  }

  const links = new Map<string, string>();
  for (const id of memberIds) links.set(id, await personalLink(api, organisationId, meeting.id, id));
  const vote = async (resolutionId: string, plan: Record<string, { yes: number; no: number; abstain: number }>) => {
    const draft = await createBallot(client, token, organisationId, { kind: 'resolution', meetingId: meeting.id, resolutionId, rollBasis: 'convened' });
    const ballot = await openBallot(client, token, organisationId, draft.id);
    const casts: Promise<unknown>[] = [];
    for (const [college, counts] of Object.entries(plan)) {
      const voters = byCollege.get(college)!;
      const choices = [...Array(counts.yes).fill('yes'), ...Array(counts.no).fill('no'), ...Array(counts.abstain).fill('abstain')] as string[];
      choices.forEach((code, i) => casts.push(castByLink(client, links.get(voters[i])!, ballot.id, [optionOf(ballot, code)])));
    }
    await Promise.all(casts);
    return closeBallot(client, token, organisationId, ballot.id);
  };
  await vote(budgetResolution, WORKED_EXAMPLE);
  await vote(reservesResolution, {
    salariés: { yes: 1, no: 5, abstain: 0 },
    usagers: { yes: 2, no: 8, abstain: 0 },
    collectivités: { yes: 0, no: 2, abstain: 0 },
    partenaires: { yes: 0, no: 1, abstain: 0 },
  });
  const electionDraft = await createBallot(client, token, organisationId, {
    kind: 'election',
    meetingId: meeting.id,
    title: "Élection au conseil d'administration",
    seats: 1,
    rollBasis: 'convened',
    options: [{ label: 'Alice Martin' }, { label: 'Bruno Petit' }],
  });
  const electionBallot = await openBallot(client, token, organisationId, electionDraft.id);
  const [alice, bruno] = electionBallot.options.map((o) => o.id);
  const electionVotes = [
    ...byCollege
      .get('salariés')!
      .slice(0, 5)
      .map((id) => [id, alice]),
    ...byCollege
      .get('usagers')!
      .slice(0, 4)
      .map((id) => [id, alice]),
    ...byCollege
      .get('usagers')!
      .slice(4, 6)
      .map((id) => [id, bruno]),
  ];
  await Promise.all(electionVotes.map(([id, choice]) => castByLink(client, links.get(id)!, electionBallot.id, [choice])));
  await closeBallot(client, token, organisationId, electionBallot.id);
  await client.ok(CLOSE_MEETING, { organisationId, meetingId: meeting.id }, { token });
  return {
    admin,
    organisationId,
    meetingId: meeting.id,
    assemblyId: assembly.id,
    chair: { id: chairId, name: names.get(chairId)!, account: chairAccount },
    secretary: { id: secretaryId, name: names.get(secretaryId)!, account: secretaryAccount },
    items: { budget: budget.id, reserves: reserves.id, board: board.id, election: election.id },
    memberIds,
    collegeIds: Object.fromEntries(colleges.map((c) => [c.name, c.id])),
  };
}

export async function draftMinutes(client: GraphQLClient, token: string, organisationId: string, meetingId: string): Promise<MinutesView> {
  return (await client.ok<{ draftMinutes: MinutesView }>(DRAFT_MINUTES, { organisationId, meetingId }, { token })).draftMinutes;
}

/** Both officers approve: the minutes are frozen and registered. */
export async function approveByBoth(client: GraphQLClient, assembly: ClosedAssembly, minutesId: string): Promise<MinutesView> {
  const vars = { organisationId: assembly.organisationId, minutesId };
  await client.ok(APPROVE_MINUTES, vars, { token: assembly.chair.account.token });
  return (await client.ok<{ approveMinutes: MinutesView }>(APPROVE_MINUTES, vars, { token: assembly.secretary.account.token })).approveMinutes;
}
