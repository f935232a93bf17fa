import { Injectable } from '@nestjs/common';
import type { GovernanceProfile } from '@collegial/governance';
import {
  quorumStatement,
  type AgendaEntry,
  type AttendanceLine,
  type AttendanceRecord,
  type ConvocationRecord,
  type MinutesDocument,
  type MinutesItem,
  type NamedPerson,
  type OrganisationIdentity,
  type PaperDocument,
  type QuorumStatement,
  type ResolutionRecord,
  type ElectionRecord,
  type MeetingIdentity,
} from '@collegial/minutes-pdf';
import { ConvocationsService } from '../../convocations/services/convocations.service';
import { readerIn, MeetingsService } from '../../meetings/services/meetings.service';
import { AgendaService } from '../../meetings/services/agenda.service';
import { flatten, type AgendaNode } from '../../meetings/services/agenda-tree';
import { AttendanceService, type AttendanceSheet } from '../../meetings/services/attendance.service';
import { DocumentsService } from '../../documents/services/documents.service';
import { MembersService } from '../../members/members.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import { BallotsService } from '../../voting/services/ballots.service';
import type { MinutesLocale } from '../entities/minutes-enums';
import type { Minutes } from '../entities/minutes.entity';
import { localDate, localTime } from './meeting-clock';
import { electionRecordOf, resolutionFiguresOf } from './stored-results';

type Meeting = Awaited<ReturnType<MeetingsService['get']>>;
type Ballot = Awaited<ReturnType<BallotsService['list']>>[number];

/** The organisation's identity as every paper prints it. */
export function organisationIdentity(organisation: {
  name: string;
  legalForm: OrganisationIdentity['legalForm'];
  address: string | null;
  registrationNumber: string | null;
}): OrganisationIdentity {
  return {
    name: organisation.name,
    legalForm: organisation.legalForm,
    address: (organisation.address ?? '')
      .split(/\r?\n|,\s*(?=\d{5}\b)/)
      .map((line) => line.trim())
      .filter(Boolean),
    registrationNumber: organisation.registrationNumber,
  };
}

/** The sitting as papers print it: body, kind, date, start time (opening, else announced), place, link. */
export function meetingIdentity(meeting: Meeting): MeetingIdentity {
  const body = meeting.body!;
  return {
    body: { kind: body.kind, name: body.name },
    kind: body.kind === 'generalAssembly' ? meeting.kind : null,
    title: meeting.title,
    date: localDate(meeting.openedAt ?? meeting.startsAt, meeting.timeZone),
    startTime: localTime(meeting.openedAt ?? meeting.startsAt, meeting.timeZone),
    place: meeting.place,
    remoteLink: meeting.remoteLink,
  };
}

/** The agenda in reading order, numbered. */
export function agendaEntries(tree: readonly AgendaNode[]): AgendaEntry[] {
  return flatten(tree).map((node) => ({ number: node.number, title: node.item.title, kind: node.item.kind }));
}

const CAPACITY: Record<MinutesLocale, { chair: string; secretary: string; scrutineer: string }> = {
  fr: { chair: 'président(e) de séance', secretary: 'secrétaire de séance', scrutineer: 'scrutateur·rice' },
  en: { chair: 'chair of the meeting', secretary: 'secretary of the meeting', scrutineer: 'scrutineer' },
};

/** Who convened, when the draft does not say: the board for a general assembly, the chair otherwise. */
export function defaultConvenedBy(bodyKind: string, locale: MinutesLocale): string {
  if (bodyKind === 'generalAssembly') return locale === 'fr' ? "le conseil d'administration" : 'the board';
  return locale === 'fr' ? 'la présidence' : 'the chair';
}

const NO_QUORUM_RULES = {
  fr: 'Les statuts ne fixent pas de quorum pour cette instance : elle délibère valablement quel que soit le nombre de membres présents.',
  en: 'The statutes set no quorum for this body: it decides validly whatever the number of members present.',
};

/**
 * Assembles the minutes of a closed meeting as libs/minutes-pdf's MinutesDocument, from
 * the features that hold the facts (organisation, meeting, convocations, attendance and
 * quorum, agenda, documents, ballots and their stored results) and the draft's own parts
 * (officers, summaries, incidents). Read again each time a draft is shown; frozen at
 * approval.
 */
@Injectable()
export class MinutesAssembler {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly attendance: AttendanceService,
    private readonly convocations: ConvocationsService,
    private readonly documents: DocumentsService,
    private readonly members: MembersService,
    private readonly ballots: BallotsService,
  ) {}

  async assemble(minutes: Minutes): Promise<MinutesDocument> {
    const organisationId = minutes.organisationId;
    const reader = readerIn(organisationId);
    const locale = minutes.locale;
    const meeting = await this.meetings.get(reader, minutes.meetingId);
    const [organisation, profile, tree, sheet, ballots] = await Promise.all([
      this.organisations.get(reader),
      this.organisations.profileOf(organisationId),
      this.agendas.tree(reader, meeting.id),
      this.attendance.sheet(organisationId, meeting.id),
      this.ballots.list(reader, { meetingId: meeting.id, status: 'closed' }),
    ]);
    const nodes = flatten(tree);
    const officerIds = [minutes.chairMemberId, minutes.secretaryMemberId, ...minutes.scrutineerMemberIds].filter((id): id is string => !!id);
    const members = await this.members.summariesOf(organisationId, officerIds);
    const person = (id: string | null, capacity: string): NamedPerson => ({ name: id ? (members.get(id)?.name ?? '') : '', capacity });
    const capacity = CAPACITY[locale];
    return {
      organisation: organisationIdentity(organisation),
      meeting: { ...meetingIdentity(meeting), closingTime: localTime(meeting.closedAt ?? meeting.startsAt, meeting.timeZone) },
      convocation: await this.convocationRecord(minutes, meeting),
      officers: {
        chair: person(minutes.chairMemberId, capacity.chair),
        secretary: person(minutes.secretaryMemberId, capacity.secretary),
        scrutineers: minutes.scrutineerMemberIds.map((id) => person(id, capacity.scrutineer)),
      },
      attendance: attendanceRecord(sheet, profile),
      quorum: quorumOf(sheet, locale),
      agenda: agendaEntries(tree),
      documents: await this.documentsBefore(organisationId, meeting.id, nodes),
      items: this.items(nodes, ballots, minutes),
      incidents: minutes.incidents.map((i) => ({ time: i.time, description: i.description, durationMinutes: i.durationMinutes })),
    };
  }

  private async convocationRecord(minutes: Minutes, meeting: Meeting): Promise<ConvocationRecord> {
    const reader = readerIn(minutes.organisationId);
    const sendings = await this.convocations.sendingsOf(reader, meeting.id);
    const channels: ConvocationRecord['channels'] = [];
    if (sendings.some((s) => s.byEmail > 0)) channels.push('email');
    if (sendings.some((s) => s.byPost > 0)) channels.push('post');
    // Convened outside Collegial (no sending recorded): the day it was marked convened, else the day it opened.
    const sentOn = sendings[0]?.sentOn ?? localDate(meeting.convenedAt ?? meeting.openedAt ?? meeting.startsAt, meeting.timeZone);
    let firstMeetingDate: string | null = null;
    if (meeting.convocation === 'second' && meeting.firstMeetingId) {
      const first = await this.meetings.get(reader, meeting.firstMeetingId);
      firstMeetingDate = localDate(first.openedAt ?? first.startsAt, first.timeZone);
    }
    return {
      convenedBy: minutes.convenedBy ?? defaultConvenedBy(meeting.body!.kind, minutes.locale),
      sentOn,
      channels,
      convocation: meeting.convocation,
      firstMeetingDate,
    };
  }

  private async documentsBefore(organisationId: string, meetingId: string, nodes: readonly AgendaNode[]): Promise<PaperDocument[]> {
    const reader = readerIn(organisationId);
    const [ofMeeting, ofItems] = await Promise.all([
      this.documents.ofMeetings(reader, [meetingId]),
      this.documents.ofAgendaItems(
        reader,
        nodes.map((n) => n.item.id),
      ),
    ]);
    return [
      ...(ofMeeting.get(meetingId) ?? []).map((d) => ({ title: d.title, agendaNumber: null })),
      ...nodes.flatMap((n) => (ofItems.get(n.item.id) ?? []).map((d) => ({ title: d.title, agendaNumber: n.number }))),
    ];
  }

  /**
   * One entry per agenda item, in order: the secretary's summary, each resolution with its
   * closed ballot's result (numbered through the meeting: « Résolution n° 3 »), the
   * elections. An election ballot goes to the election item of the same title, else to
   * the first election item (else the last item).
   */
  private items(nodes: readonly AgendaNode[], ballots: readonly Ballot[], minutes: Minutes): MinutesItem[] {
    const locale = minutes.locale;
    const byResolution = new Map(ballots.filter((b) => b.kind === 'resolution' && b.resolutionId && b.result).map((b) => [b.resolutionId!, b]));
    const elections = ballots.filter((b) => b.kind === 'election' && b.result);
    const electionItems = nodes.filter((n) => n.item.kind === 'election');
    const electionsOf = new Map<string, Ballot[]>();
    for (const ballot of elections) {
      const home = electionItems.find((n) => n.item.title === ballot.title) ?? electionItems[0] ?? nodes.at(-1);
      if (home) electionsOf.set(home.item.id, [...(electionsOf.get(home.item.id) ?? []), ballot]);
    }
    let resolutionNumber = 0;
    return nodes.map((node) => {
      const resolutions: ResolutionRecord[] = [];
      for (const resolution of node.resolutions) {
        const ballot = byResolution.get(resolution.id);
        if (!ballot) continue;
        resolutionNumber += 1;
        resolutions.push({
          number: String(resolutionNumber),
          title: resolution.title,
          text: resolution.text,
          ballot: ballot.secret ? 'secret' : 'electronic',
          ...resolutionFiguresOf(ballot.result!, { fr: ballot.explanationFr ?? '', en: ballot.explanationEn ?? '' }, locale),
        });
      }
      const electionRecords: ElectionRecord[] = (electionsOf.get(node.item.id) ?? []).map((ballot) =>
        electionRecordOf(ballot.title, ballot.result!, (locale === 'fr' ? ballot.explanationFr : ballot.explanationEn) ?? ''),
      );
      return {
        agendaNumber: node.number,
        title: node.item.title,
        kind: node.item.kind,
        debateSummary: minutes.summaries[node.item.id]?.trim() || null,
        resolutions,
        elections: electionRecords,
      };
    });
  }
}

function attendanceRecord(sheet: AttendanceSheet, profile: GovernanceProfile): AttendanceRecord {
  const collegeNames = new Map((profile.colleges?.colleges ?? []).map((c) => [c.id, c.name]));
  const record: AttendanceRecord = { present: [], remote: [], represented: [], excused: [], absent: [] };
  for (const line of sheet.lines) {
    const member = line.convened.member;
    const base: AttendanceLine = {
      name: line.convened.representative ? `${member.name} (${line.convened.representative})` : member.name,
      college: member.collegeId ? (collegeNames.get(member.collegeId) ?? null) : null,
      votes: line.votes > 1 ? line.votes : null,
    };
    if (line.status === 'represented') record.represented.push({ ...base, holder: line.representedBy?.name ?? null });
    else record[line.status].push(base);
  }
  return record;
}

function quorumOf(sheet: AttendanceSheet, locale: MinutesLocale): QuorumStatement {
  if (sheet.quorum) return quorumStatement(sheet.quorum, locale);
  const { votingMembers, present, remote, represented } = sheet.counts;
  return { votingMembers, present, remote, represented, threshold: null, reached: true, explanation: NO_QUORUM_RULES[locale] };
}
