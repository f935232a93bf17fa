import { Injectable } from '@nestjs/common';
import {
  renderAttendanceSheet,
  renderPostalConvocations,
  renderProxyForm,
  type AttendanceSheetMember,
  type NamedPerson,
  type PaperDocument,
} from '@collegial/minutes-pdf';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { ConvocationsService } from '../../convocations/services/convocations.service';
import { DocumentsService } from '../../documents/services/documents.service';
import { AgendaService } from '../../meetings/services/agenda.service';
import { flatten } from '../../meetings/services/agenda-tree';
import { MeetingsService, readerIn } from '../../meetings/services/meetings.service';
import { ProxiesService } from '../../meetings/services/proxies.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import { localDate } from './meeting-clock';
import { agendaEntries, defaultConvenedBy, meetingIdentity, organisationIdentity } from './minutes-assembly';

const CHAIR = { fr: 'président(e) de séance', en: 'chair of the meeting' };
const SECRETARY = { fr: 'secrétaire', en: 'secretary' };

/**
 * The papers printed for a meeting (libs/minutes-pdf), in French: the attendance sheet to
 * sign with the proxies each member holds, a member's proxy form, and the convocation
 * letters of the members convened by post.
 */
@Injectable()
export class MeetingPapersService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly proxies: ProxiesService,
    private readonly convocations: ConvocationsService,
    private readonly documents: DocumentsService,
    private readonly clock: Clock,
  ) {}

  async attendanceSheet(organisationId: string, meetingId: string): Promise<Buffer> {
    const reader = readerIn(organisationId);
    const [roll, organisation, proxies] = await Promise.all([
      this.meetings.convenedMembers(organisationId, meetingId),
      this.organisations.get(reader),
      this.proxies.inForce(organisationId, meetingId),
    ]);
    const profile = await this.organisations.profileOf(organisationId);
    const colleges = new Map((profile.colleges?.colleges ?? []).map((c) => [c.id, c.name]));
    const names = new Map(roll.members.map((m) => [m.member.id, m.member.name]));
    const held = new Map<string, string[]>();
    for (const proxy of proxies) {
      if (proxy.holderMemberId) held.set(proxy.holderMemberId, [...(held.get(proxy.holderMemberId) ?? []), names.get(proxy.principalMemberId) ?? '']);
    }
    const members: AttendanceSheetMember[] = roll.members.map((m) => ({
      name: m.member.name,
      college: m.member.collegeId ? (colleges.get(m.member.collegeId) ?? null) : null,
      proxiesHeld: held.get(m.member.id) ?? [],
    }));
    const meeting = roll.meeting;
    const secretary = roll.members.find((m) => m.role === 'secretary');
    return renderAttendanceSheet({
      organisation: organisationIdentity(organisation),
      meeting: meetingIdentity(meeting),
      members,
      blankProxies: proxies.filter((p) => p.holderMemberId === null).map((p) => names.get(p.principalMemberId) ?? ''),
      officers: {
        chair: meeting.chairMemberId ? { name: names.get(meeting.chairMemberId) ?? '', capacity: CHAIR.fr } : null,
        secretary: secretary ? { name: secretary.member.name, capacity: SECRETARY.fr } : null,
      },
    });
  }

  async proxyForm(organisationId: string, meetingId: string, memberId: string): Promise<Buffer> {
    const reader = readerIn(organisationId);
    const [roll, organisation, proxies, tree] = await Promise.all([
      this.meetings.convenedMembers(organisationId, meetingId),
      this.organisations.get(reader),
      this.proxies.inForce(organisationId, meetingId),
      this.agendas.tree(reader, meetingId),
    ]);
    const principal = roll.members.find((m) => m.member.id === memberId);
    if (!principal) {
      throw new DomainError(ErrorReason.NotFound, {
        fr: "Ce membre n'est pas convoqué à cette réunion : pas de pouvoir à imprimer.",
        en: 'This member is not convened to this meeting: no proxy form to print.',
      });
    }
    const holderId = proxies.find((p) => p.principalMemberId === memberId)?.holderMemberId ?? null;
    const holder = holderId ? roll.members.find((m) => m.member.id === holderId) : undefined;
    return renderProxyForm({
      organisation: organisationIdentity(organisation),
      meeting: meetingIdentity(roll.meeting),
      principal: { name: principal.member.name, capacity: principal.representative ? principal.representative : null },
      holder: holder ? { name: holder.member.name } : null,
      agenda: agendaEntries(tree),
      returnBy: null,
    });
  }

  async postalConvocations(organisationId: string, meetingId: string): Promise<Buffer> {
    const reader = readerIn(organisationId);
    const meeting = await this.meetings.get(reader, meetingId);
    const [organisation, postal, sendings, tree, roll] = await Promise.all([
      this.organisations.get(reader),
      this.convocations.postal(reader, meetingId),
      this.convocations.sendingsOf(reader, meetingId),
      this.agendas.tree(reader, meetingId),
      this.meetings.convenedMembers(organisationId, meetingId),
    ]);
    if (postal.length === 0) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: "Aucun membre n'est convoqué par courrier à cette réunion (les convocations ne sont pas envoyées, ou tous les membres les reçoivent par e-mail).",
        en: 'No member is convened by post to this meeting (the convocations are not sent, or every member receives them by e-mail).',
      });
    }
    const nodes = flatten(tree);
    const [ofMeeting, ofItems] = await Promise.all([
      this.documents.ofMeetings(reader, [meetingId]),
      this.documents.ofAgendaItems(
        reader,
        nodes.map((n) => n.item.id),
      ),
    ]);
    const documents: PaperDocument[] = [
      ...(ofMeeting.get(meetingId) ?? []).map((d) => ({ title: d.title, agendaNumber: null })),
      ...nodes.flatMap((n) => (ofItems.get(n.item.id) ?? []).map((d) => ({ title: d.title, agendaNumber: n.number }))),
    ];
    const chair = meeting.chairMemberId ? roll.members.find((m) => m.member.id === meeting.chairMemberId) : undefined;
    const signatory: NamedPerson = chair ? { name: chair.member.name, capacity: CHAIR.fr } : { name: organisation.name, capacity: null };
    return renderPostalConvocations({
      organisation: organisationIdentity(organisation),
      meeting: meetingIdentity(meeting),
      convocation: meeting.convocation,
      sentOn: sendings[0]?.sentOn ?? localDate(this.clock.now(), meeting.timeZone),
      signatory,
      convenedBy: defaultConvenedBy(meeting.body!.kind, 'fr'),
      agenda: agendaEntries(tree),
      documents,
      proxyFormEnclosed: true,
      recipients: postal.map((c) => ({
        name: c.member!.name,
        address: (c.member!.postalAddress ?? '')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      })),
    });
  }
}
