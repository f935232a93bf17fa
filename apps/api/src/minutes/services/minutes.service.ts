import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { minutesSeal, renderMinutes, type MinutesDocument } from '@collegial/minutes-pdf';
import type { Actor } from '../../core/actor/actor';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { isUniqueViolation } from '../../core/errors/postgres-errors';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Transactions } from '../../core/transactions/transactions';
import { AgendaService } from '../../meetings/services/agenda.service';
import { flatten } from '../../meetings/services/agenda-tree';
import { MeetingsService, readerIn, statusForbids } from '../../meetings/services/meetings.service';
import { MembersService } from '../../members/members.service';
import { MinutesApproval } from '../entities/minutes-approval.entity';
import { OFFICER_ROLES, type MinutesLocale, type OfficerRole, type RecordedIncident } from '../entities/minutes-enums';
import { Minutes } from '../entities/minutes.entity';
import { localDate } from './meeting-clock';
import { MinutesAssembler } from './minutes-assembly';
import type { MinutesFiles } from './minutes-files';
import { MINUTES_FILES } from './minutes-files.token';
import { MINUTES, OFFICER_NAMES, alreadyApproved, invalid, minutesApproved, notAnOfficer } from './minutes-messages';
import { RegisterService, decisionsOf } from './register.service';

export interface MinutesChanges {
  /** null clears; undefined leaves as is. */
  chairMemberId?: string | null;
  secretaryMemberId?: string | null;
  scrutineerMemberIds?: string[] | null;
  convenedBy?: string | null;
  /** Summaries of the debate by agenda item; an empty summary removes it. */
  summaries?: { agendaItemId: string; summary: string }[] | null;
  /** Replaces the incidents. */
  incidents?: { time: string; description: string; durationMinutes?: number | null }[] | null;
  locale?: MinutesLocale | null;
}

const MAX_SUMMARY = 20_000;
const MAX_INCIDENTS = 100;
const MAX_SCRUTINEERS = 10;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The minutes of a meeting: drafted once the meeting is closed (idempotent), edited by a
 * secretary while a draft, approved by the chair and the secretary of the meeting, each
 * from the account linked to their member record. The second approval freezes the
 * content, renders and stores the PDF, and appends the register entry, in one transaction.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectTenantRepository(Minutes) private readonly minutes: TenantRepository<Minutes>,
    @InjectTenantRepository(MinutesApproval) private readonly approvals: TenantRepository<MinutesApproval>,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly members: MembersService,
    private readonly assembler: MinutesAssembler,
    private readonly register: RegisterService,
    @Inject(MINUTES_FILES) private readonly files: MinutesFiles,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async get(actor: Pick<Actor, 'organisationId'>, minutesId: string): Promise<Minutes> {
    const minutes = await this.minutes.of(actor.organisationId).findOne({ id: minutesId });
    if (!minutes) throw DomainError.notFound(MINUTES);
    return minutes;
  }

  /** The meeting's minutes, or null when none are drafted yet (the meeting must exist in the organisation). */
  async ofMeeting(actor: Pick<Actor, 'organisationId'>, meetingId: string): Promise<Minutes | null> {
    await this.meetings.get(actor, meetingId);
    return this.minutes.of(actor.organisationId).findOne({ meetingId });
  }

  /** Minutes by id alone, for a download: the caller's right is checked next, in its organisation. */
  findAnywhere(minutesId: string): Promise<Minutes | null> {
    return this.minutes.acrossOrganisations().findOne({ where: { id: minutesId } });
  }

  /**
   * The draft of a closed meeting's minutes, created the first time: chair of the meeting,
   * secretary the holder of the body's secretary mandate that day. Asking again returns it.
   */
  async draft(actor: Actor, meetingId: string): Promise<Minutes> {
    const meeting = await this.meetings.get(actor, meetingId);
    const existing = await this.minutes.of(actor.organisationId).findOne({ meetingId });
    if (existing) return existing;
    if (meeting.status !== 'closed') {
      throw statusForbids(meeting, { fr: 'son procès-verbal se rédige une fois la séance close.', en: 'its minutes are drafted once the sitting is closed.' });
    }
    const roll = await this.meetings.convenedMembers(actor.organisationId, meetingId);
    const secretary = roll.members.find((m) => m.role === 'secretary')?.member.id ?? null;
    const scope = this.minutes.of(actor.organisationId);
    try {
      return await scope.save(
        scope.create({
          meetingId,
          status: 'draft',
          locale: 'fr',
          chairMemberId: meeting.chairMemberId,
          secretaryMemberId: secretary,
          scrutineerMemberIds: [],
          convenedBy: null,
          summaries: {},
          incidents: [],
          content: null,
          seal: null,
          pdfSha256: null,
          pdfSize: null,
          pdfPages: null,
          approvedAt: null,
        }),
      );
    } catch (error) {
      // Drafted at the same moment by another request: theirs is the draft.
      if (!isUniqueViolation(error)) throw error;
      return (await scope.findOne({ meetingId }))!;
    }
  }

  /** Edits a draft; approvals already given lapse, since they approved another text. */
  async update(actor: Actor, minutesId: string, changes: MinutesChanges): Promise<Minutes> {
    return this.transactions.withTransaction(async () => {
      const minutes = await this.lock(actor, minutesId);
      if (minutes.status === 'approved') throw minutesApproved();
      if (changes.chairMemberId !== undefined) minutes.chairMemberId = await this.memberId(actor, changes.chairMemberId);
      if (changes.secretaryMemberId !== undefined) minutes.secretaryMemberId = await this.memberId(actor, changes.secretaryMemberId);
      if (changes.scrutineerMemberIds !== undefined) {
        const ids = [...new Set(changes.scrutineerMemberIds ?? [])];
        if (ids.length > MAX_SCRUTINEERS) throw invalid(`Au plus ${MAX_SCRUTINEERS} scrutateurs.`, `At most ${MAX_SCRUTINEERS} scrutineers.`);
        for (const id of ids) await this.memberId(actor, id);
        minutes.scrutineerMemberIds = ids;
      }
      if (changes.convenedBy !== undefined) {
        const text = changes.convenedBy?.trim() ?? '';
        if (text.length > 300) throw invalid('« Convoquée par » dépasse 300 caractères.', '"Convened by" exceeds 300 characters.');
        minutes.convenedBy = text || null;
      }
      if (changes.summaries) minutes.summaries = await this.mergedSummaries(actor, minutes, changes.summaries);
      if (changes.incidents !== undefined) minutes.incidents = checkedIncidents(changes.incidents ?? []);
      if (changes.locale) minutes.locale = changes.locale;
      await this.approvals.of(actor.organisationId).delete({ minutesId });
      return this.minutes.of(actor.organisationId).save(minutes);
    });
  }

  /**
   * The caller approves as the officer(s) their member record is: chair, secretary, or
   * both. Once both roles have approved, the minutes are frozen and registered.
   */
  async approve(actor: Actor, minutesId: string): Promise<Minutes> {
    return this.transactions.withTransaction(async () => {
      const minutes = await this.lock(actor, minutesId);
      if (minutes.status === 'approved') throw minutesApproved();
      const member = await this.members.ofAccount(actor.organisationId, actor.accountId);
      const roles = OFFICER_ROLES.filter((role) => member && officerOf(minutes, role) === member.id);
      if (!member || roles.length === 0) throw notAnOfficer();
      const scope = this.approvals.of(actor.organisationId);
      const given = await scope.find({ where: { minutesId } });
      const pending = roles.filter((role) => !given.some((a) => a.role === role));
      if (pending.length === 0) throw alreadyApproved(OFFICER_NAMES[roles[0]]);
      const now = this.clock.now();
      await scope.save(pending.map((role) => scope.create({ minutesId, role, memberId: member.id, accountId: actor.accountId, approvedAt: now })));
      const approvedRoles = new Set([...given.map((a) => a.role), ...pending]);
      if (OFFICER_ROLES.every((role) => approvedRoles.has(role))) await this.freeze(actor, minutes);
      return this.get(actor, minutesId);
    });
  }

  async approvalsOf(organisationId: string, minutesIds: readonly string[]): Promise<Map<string, MinutesApproval[]>> {
    const out = new Map<string, MinutesApproval[]>(minutesIds.map((id) => [id, []]));
    if (minutesIds.length === 0) return out;
    const rows = await this.approvals.of(organisationId).find({ where: { minutesId: In([...minutesIds]) }, order: { approvedAt: 'ASC' } });
    for (const row of rows) out.get(row.minutesId)?.push(row);
    return out;
  }

  /** The content: frozen once approved, assembled from the meeting while a draft. */
  async document(minutes: Minutes): Promise<MinutesDocument> {
    return minutes.content ? (minutes.content as unknown as MinutesDocument) : this.assembler.assemble(minutes);
  }

  /** The PDF: the stored one once approved, else a preview of the draft rendered now. */
  async pdf(minutes: Minutes): Promise<Buffer> {
    if (minutes.status === 'approved' && minutes.pdfSha256) return this.files.readPdf(minutes.pdfSha256);
    return renderMinutes(await this.document(minutes), { locale: minutes.locale });
  }

  /** Every approved minutes of the organisation (the archive). */
  approved(organisationId: string): Promise<Minutes[]> {
    return this.minutes.of(organisationId).find({ where: { status: 'approved' }, order: { approvedAt: 'ASC' } });
  }

  private async freeze(actor: Actor, minutes: Minutes): Promise<void> {
    const content = await this.assembler.assemble(minutes);
    const seal = minutesSeal(content);
    const stored = await this.files.putPdf(await renderMinutes(content, { locale: minutes.locale }));
    const approvedAt = this.clock.now();
    Object.assign(minutes, {
      status: 'approved',
      content: content as unknown as Record<string, unknown>,
      seal,
      pdfSha256: stored.sha256,
      pdfSize: stored.size,
      pdfPages: stored.pages,
      approvedAt,
    });
    await this.minutes.of(actor.organisationId).save(minutes);
    const meeting = await this.meetings.get(readerIn(actor.organisationId), minutes.meetingId);
    await this.register.append(actor.organisationId, {
      kind: 'minutes',
      minutesId: minutes.id,
      meetingId: meeting.id,
      bodyId: meeting.bodyId,
      meetingDate: localDate(meeting.openedAt ?? meeting.startsAt, meeting.timeZone),
      title: meeting.title,
      seal,
      pdf: stored,
      decisions: decisionsOf(content),
      accountId: actor.accountId,
    });
  }

  private async lock(actor: Pick<Actor, 'organisationId'>, minutesId: string): Promise<Minutes> {
    const minutes = await this.minutes.of(actor.organisationId).findOne({ id: minutesId }, { lock: { mode: 'pessimistic_write' } });
    if (!minutes) throw DomainError.notFound(MINUTES);
    return minutes;
  }

  /** A member of the organisation (another organisation's is not found), or null. */
  private async memberId(actor: Actor, memberId: string | null): Promise<string | null> {
    if (memberId === null) return null;
    return (await this.members.get(actor, memberId)).id;
  }

  private async mergedSummaries(actor: Actor, minutes: Minutes, summaries: { agendaItemId: string; summary: string }[]): Promise<Record<string, string>> {
    const items = new Set(flatten(await this.agendas.tree(actor, minutes.meetingId)).map((n) => n.item.id));
    const merged = { ...minutes.summaries };
    for (const { agendaItemId, summary } of summaries) {
      if (!items.has(agendaItemId)) {
        throw new DomainError(ErrorReason.InvalidInput, {
          fr: "Ce point n'est pas à l'ordre du jour de la réunion.",
          en: "This item is not on the meeting's agenda.",
        });
      }
      const text = summary.replace(/\r\n/g, '\n').trim();
      if (text.length > MAX_SUMMARY) throw invalid(`Un résumé dépasse ${MAX_SUMMARY} caractères.`, `A summary exceeds ${MAX_SUMMARY} characters.`);
      if (text) merged[agendaItemId] = text;
      else delete merged[agendaItemId];
    }
    return merged;
  }
}

function officerOf(minutes: Minutes, role: OfficerRole): string | null {
  return role === 'chair' ? minutes.chairMemberId : minutes.secretaryMemberId;
}

function checkedIncidents(incidents: readonly { time: string; description: string; durationMinutes?: number | null }[]): RecordedIncident[] {
  if (incidents.length > MAX_INCIDENTS) throw invalid(`Au plus ${MAX_INCIDENTS} incidents.`, `At most ${MAX_INCIDENTS} incidents.`);
  return incidents.map((incident) => {
    if (!TIME.test(incident.time))
      throw invalid(`Heure d'incident invalide : « ${incident.time} » (HH:MM attendu).`, `Invalid incident time: "${incident.time}" (HH:MM expected).`);
    const description = incident.description.trim();
    if (!description || description.length > 2000) {
      throw invalid(
        "La description d'un incident est requise (2 000 caractères au plus).",
        "An incident's description is required (2,000 characters at most).",
      );
    }
    const duration = incident.durationMinutes ?? null;
    if (duration !== null && (!Number.isInteger(duration) || duration < 0 || duration > 24 * 60)) {
      throw invalid("La durée d'un incident se compte en minutes (0 à 1 440).", "An incident's duration is in minutes (0 to 1,440).");
    }
    return { time: incident.time, description, durationMinutes: duration };
  });
}
