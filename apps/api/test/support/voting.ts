import { randomUUID } from 'node:crypto';
import type { GraphQLClient } from '@collegial/testing';
import { PersonalLinksService } from '../../src/convocations/personal-links/personal-links.service';
import { addMember, adminWithOrganisation, setColleges, type TestAccount } from './builders';
import { generalAssemblyOf, scheduleMeeting } from './meetings';
import type { TestApp } from './test-app';

export const BALLOT_FIELDS = `id kind title status secret resultsVisibility rollBasis minChoices maxChoices seats meetingId resolutionId
  outcome explanation boxSeal castCount drawSeed options { id label code candidateMemberId }
  tally { roll cast resultsVisible options { optionId votes } colleges { collegeId name weight options { optionId votes } } }`;

export const CREATE_BALLOT = `mutation Create($organisationId: UUID!, $input: CreateBallotInput!) {
  createBallot(organisationId: $organisationId, input: $input) { ${BALLOT_FIELDS} } }`;
export const OPEN_BALLOT = `mutation Open($organisationId: UUID!, $ballotId: UUID!) { openBallot(organisationId: $organisationId, ballotId: $ballotId) { ${BALLOT_FIELDS} } }`;
export const CLOSE_BALLOT = `mutation Close($organisationId: UUID!, $ballotId: UUID!) { closeBallot(organisationId: $organisationId, ballotId: $ballotId) { ${BALLOT_FIELDS} } }`;
export const BALLOT = `query Ballot($organisationId: UUID!, $ballotId: UUID!) { ballot(organisationId: $organisationId, ballotId: $ballotId) { ${BALLOT_FIELDS} } }`;
export const CAST_BY_LINK = `mutation Cast($link: String!, $input: CastVoteInput!) { castVoteByLink(link: $link, input: $input) { ballotId memberId receipt castAt replayed } }`;
export const CAST = `mutation Cast($organisationId: UUID!, $input: CastVoteInput!) { castVote(organisationId: $organisationId, input: $input) { ballotId memberId receipt castAt replayed } }`;

export interface TestBallot {
  id: string;
  status: string;
  outcome: string | null;
  explanation: string | null;
  boxSeal: string | null;
  castCount: number | null;
  drawSeed: string | null;
  options: { id: string; label: string; code: string | null }[];
  tally: {
    roll: number;
    cast: number;
    resultsVisible: boolean;
    options: { optionId: string; votes: number }[];
    colleges: { collegeId: string; name: string; weight: string; options: { optionId: string; votes: number }[] }[];
  };
  [key: string]: unknown;
}

export interface CastAnswer {
  ballotId: string;
  memberId: string;
  receipt: string;
  castAt: string;
  replayed: boolean;
}

/** An organisation with `count` members (in colleges, round robin, when given) and a general assembly meeting. */
export async function votingAssembly(
  api: TestApp,
  options: { legalForm?: 'association' | 'scic' | 'scop'; members: number; colleges?: { name: string; weight: string }[] },
) {
  const { admin, organisationId } = await adminWithOrganisation(api, options.legalForm ?? 'association');
  const token = admin.token;
  const colleges = options.colleges ? await setColleges(api.client, token, organisationId, options.colleges) : [];
  const assembly = await generalAssemblyOf(api.client, token, organisationId);
  const members: { id: string; name: string; collegeId: string | null }[] = [];
  for (let i = 0; i < options.members; i += 1) {
    const collegeId = colleges.length ? colleges[i % colleges.length].id : null;
    const member = await addMember(api.client, token, organisationId, { name: `Membre ${String(i + 1).padStart(3, '0')}`, birthDate: '1980-05-01', collegeId });
    members.push({ ...member, collegeId });
  }
  const meeting = await scheduleMeeting(api.client, token, organisationId, {
    bodyId: assembly.id,
    startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    chairMemberId: members[0]?.id,
  });
  return { admin, token, organisationId, assembly, colleges, members, meeting };
}

/** A personal link for a member to a meeting, as a convocation would carry. */
export async function personalLink(api: TestApp, organisationId: string, meetingId: string, memberId: string): Promise<string> {
  const { token } = await api.app.get(PersonalLinksService).issue(organisationId, meetingId, memberId, new Date(Date.now() + 60 * 86_400_000));
  return token;
}

export async function createBallot(client: GraphQLClient, token: string, organisationId: string, input: Record<string, unknown>): Promise<TestBallot> {
  return (await client.ok<{ createBallot: TestBallot }>(CREATE_BALLOT, { organisationId, input }, { token })).createBallot;
}

export async function openBallot(client: GraphQLClient, token: string, organisationId: string, ballotId: string): Promise<TestBallot> {
  return (await client.ok<{ openBallot: TestBallot }>(OPEN_BALLOT, { organisationId, ballotId }, { token })).openBallot;
}

export async function closeBallot(client: GraphQLClient, token: string, organisationId: string, ballotId: string): Promise<TestBallot> {
  return (await client.ok<{ closeBallot: TestBallot }>(CLOSE_BALLOT, { organisationId, ballotId }, { token })).closeBallot;
}

export async function ballotOf(client: GraphQLClient, token: string, organisationId: string, ballotId: string, language = 'fr'): Promise<TestBallot> {
  return (await client.ok<{ ballot: TestBallot }>(BALLOT, { organisationId, ballotId }, { token, language })).ballot;
}

/** Casts through a personal link; the answer or the GraphQL error. */
export function castByLink(client: GraphQLClient, link: string, ballotId: string, choices: string[], extra: { key?: string; forMemberId?: string } = {}) {
  return client.request<{ castVoteByLink: CastAnswer }>(CAST_BY_LINK, {
    link,
    input: { ballotId, choices, key: extra.key ?? randomUUID(), forMemberId: extra.forMemberId },
  });
}

export function castAs(
  client: GraphQLClient,
  account: TestAccount,
  organisationId: string,
  ballotId: string,
  choices: string[],
  extra: { key?: string; forMemberId?: string } = {},
) {
  return client.request<{ castVote: CastAnswer }>(
    CAST,
    { organisationId, input: { ballotId, choices, key: extra.key ?? randomUUID(), forMemberId: extra.forMemberId } },
    { token: account.token },
  );
}

export function optionOf(ballot: TestBallot, code: string): string {
  const option = ballot.options.find((o) => o.code === code || o.label === code);
  if (!option) throw new Error(`No option ${code}`);
  return option.id;
}
