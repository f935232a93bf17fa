import { simpleParser, type Attachment } from 'mailparser';
import type { GraphQLClient, ReceivedMail } from '@collegial/testing';
import { addMember } from './builders';
import { addAgendaItem, generalAssemblyOf, scheduleMeeting, type ScheduledMeeting } from './meetings';

/** Builders and readers for convocations (convocations*.spec.ts), through the public API. */

export const SEND_CONVOCATIONS = `mutation Send($organisationId: UUID!, $meetingId: UUID!, $override: ConvocationOverrideInput) {
  sendConvocations(organisationId: $organisationId, meetingId: $meetingId, override: $override) {
    id accountId sentAt sentOn latestSendingDate noticeDays inTime overrideReason created byEmail byPost explanation } }`;

export const PROGRESS = `query Progress($organisationId: UUID!, $meetingId: UUID!) {
  convocationProgress(organisationId: $organisationId, meetingId: $meetingId) { total queued sent failed byPost } }`;

export const CONVOCATIONS = `query Convocations($organisationId: UUID!, $meetingId: UUID!, $status: ConvocationStatus, $first: Int, $after: String) {
  convocations(organisationId: $organisationId, meetingId: $meetingId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id memberId memberName channel status email failureReason attempts sentAt reply repliedAt } } }`;

export interface Progress {
  total: number;
  queued: number;
  sent: number;
  failed: number;
  byPost: number;
}

/** Days from now, as an ISO instant at 14:00 UTC. */
export function daysFromNow(days: number): string {
  const date = new Date(Date.now() + days * 24 * 3600 * 1000);
  date.setUTCHours(14, 0, 0, 0);
  return date.toISOString();
}

/** A general assembly `inDays` from now with a two-item agenda. */
export async function assemblyWithAgenda(
  client: GraphQLClient,
  token: string,
  organisationId: string,
  options: { inDays?: number; agenda?: string[]; title?: string } = {},
): Promise<ScheduledMeeting> {
  const body = await generalAssemblyOf(client, token, organisationId);
  const meeting = await scheduleMeeting(client, token, organisationId, {
    bodyId: body.id,
    startsAt: daysFromNow(options.inDays ?? 40),
    durationMinutes: 120,
    place: 'Salle des fêtes, 3 place du Marché, Lyon',
    ...(options.title ? { title: options.title } : {}),
  });
  for (const title of options.agenda ?? ['Rapport moral', 'Approbation des comptes annuels 2025']) {
    await addAgendaItem(client, token, organisationId, meeting.id, { title, kind: 'deliberation' });
  }
  return meeting;
}

/** Members who consented to e-mail convocations (and so are convened by e-mail). */
export async function consentingMembers(client: GraphQLClient, token: string, organisationId: string, count: number, prefix = 'membre') {
  const members: { id: string; name: string; email: string }[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${prefix}.${i}.${Math.random().toString(36).slice(2, 8)}@example.org`;
    const member = await addMember(client, token, organisationId, {
      email,
      eNoticeConsent: true,
      birthDate: '1980-05-01',
      name: `${prefix} ${i} ${Math.random().toString(36).slice(2, 6)}`,
    });
    members.push({ ...member, email });
  }
  return members;
}

export async function sendConvocations(client: GraphQLClient, token: string, organisationId: string, meetingId: string, override?: { reason: string }) {
  const data = await client.ok<{ sendConvocations: Record<string, unknown> }>(SEND_CONVOCATIONS, { organisationId, meetingId, override }, { token });
  return data.sendConvocations;
}

export async function progressOf(client: GraphQLClient, token: string, organisationId: string, meetingId: string): Promise<Progress> {
  return (await client.ok<{ convocationProgress: Progress }>(PROGRESS, { organisationId, meetingId }, { token })).convocationProgress;
}

/** Polls until the progress satisfies `done` (the queue works in the background). */
export async function progressUntil(
  client: GraphQLClient,
  token: string,
  organisationId: string,
  meetingId: string,
  done: (p: Progress) => boolean,
  timeoutMs = 20_000,
): Promise<Progress> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const progress = await progressOf(client, token, organisationId, meetingId);
    if (done(progress)) return progress;
    if (Date.now() > deadline) throw new Error(`Progress still ${JSON.stringify(progress)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The personal link's token (after /m#) in a convocation. */
export function personalToken(mail: ReceivedMail): string {
  const match = /\/m#([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`No personal link in "${mail.subject}":\n${mail.text}`);
  return match[1];
}

/** The .ics attachments of a mail, parsed again from its raw source. */
export async function calendarAttachments(mail: ReceivedMail): Promise<Attachment[]> {
  const parsed = await simpleParser(mail.raw);
  return parsed.attachments.filter((a) => a.contentType === 'text/calendar' || a.filename?.endsWith('.ics'));
}

/** The properties of an iCalendar text, unfolded: name (without parameters) → values. */
export function icsProperties(text: string): Map<string, string[]> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const properties = new Map<string, string[]>();
  for (const line of unfolded.split('\r\n').filter(Boolean)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0];
    properties.set(name, [...(properties.get(name) ?? []), line.slice(colon + 1)]);
  }
  return properties;
}
