import type { GraphQLClient } from '@collegial/testing';

/** Builders for meetings and their agenda (meetings*.spec.ts), through the public GraphQL API. */

export const MEETING_FIELDS = `id title kind convocation firstMeetingId status startsAt endsAt timeZone durationMinutes place remoteLink
  chairMemberId convenedAt openedAt closedAt body { id kind name }`;

export const AGENDA_FIELDS = `id number depth position parentId kind title description presenterName presenterMemberId plannedMinutes
  resolutions { id title text proposedByBoard position }`;

/** The agenda tree, three levels deep. */
export const AGENDA_TREE = `agenda { ${AGENDA_FIELDS} children { ${AGENDA_FIELDS} children { ${AGENDA_FIELDS} } } }`;

export const SCHEDULE_MEETING = `mutation Schedule($organisationId: UUID!, $input: ScheduleMeetingInput!) {
  scheduleMeeting(organisationId: $organisationId, input: $input) { ${MEETING_FIELDS} } }`;

export const ADD_AGENDA_ITEM = `mutation AddItem($organisationId: UUID!, $meetingId: UUID!, $input: AddAgendaItemInput!) {
  addAgendaItem(organisationId: $organisationId, meetingId: $meetingId, input: $input) { ${AGENDA_FIELDS} } }`;

export const ADD_RESOLUTION = `mutation AddResolution($organisationId: UUID!, $itemId: UUID!, $input: AddResolutionInput!) {
  addResolution(organisationId: $organisationId, itemId: $itemId, input: $input) { id title text proposedByBoard position } }`;

export interface ScheduledMeeting {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  remoteLink: string | null;
  body: { id: string; kind: string; name: string };
  [key: string]: unknown;
}

export async function scheduleMeeting(
  client: GraphQLClient,
  token: string,
  organisationId: string,
  input: { bodyId: string; startsAt: string; [key: string]: unknown },
): Promise<ScheduledMeeting> {
  const data = await client.ok<{ scheduleMeeting: ScheduledMeeting }>(SCHEDULE_MEETING, { organisationId, input }, { token });
  return data.scheduleMeeting;
}

export async function addAgendaItem(
  client: GraphQLClient,
  token: string,
  organisationId: string,
  meetingId: string,
  input: { title: string; kind?: string; parentId?: string | null; position?: number | null; [key: string]: unknown },
): Promise<{ id: string; number: string }> {
  const data = await client.ok<{ addAgendaItem: { id: string; number: string } }>(
    ADD_AGENDA_ITEM,
    { organisationId, meetingId, input: { kind: 'information', ...input } },
    { token },
  );
  return data.addAgendaItem;
}

/** The organisation's general assembly (created with every organisation), or a new one. */
export async function generalAssemblyOf(client: GraphQLClient, token: string, organisationId: string): Promise<{ id: string; name: string }> {
  const { bodies } = await client.ok<{ bodies: { id: string; kind: string; name: string }[] }>(
    `query Bodies($organisationId: UUID!) { bodies(organisationId: $organisationId) { id kind name } }`,
    { organisationId },
    { token },
  );
  const existing = bodies.find((b) => b.kind === 'generalAssembly');
  if (existing) return existing;
  const created = await client.ok<{ createBody: { id: string; name: string } }>(
    `mutation CreateBody($organisationId: UUID!, $input: CreateBodyInput!) { createBody(organisationId: $organisationId, input: $input) { id name } }`,
    { organisationId, input: { kind: 'generalAssembly', name: 'Assemblée générale' } },
    { token },
  );
  return created.createBody;
}
