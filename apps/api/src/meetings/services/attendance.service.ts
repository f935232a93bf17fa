import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import {
  countAttendance,
  effectiveProxies,
  quorumFor,
  type AttendanceCounts,
  type AttendanceEntry,
  type CollegeAttendance,
  type QuorumResult,
} from '@collegial/governance';
import type { Actor } from '../../core/actor/actor';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { underRules } from '../../core/errors/governance-error.translation';
import { isUniqueViolation } from '../../core/errors/postgres-errors';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Transactions } from '../../core/transactions/transactions';
import type { MemberRecord as Member } from './neighbour-types';
import { OrganisationsService } from '../../organisations/organisations.service';
import { AttendanceRecord } from '../entities/attendance-record.entity';
import type { AttendanceMode } from '../entities/meeting-enums';
import { MeetingExcusal } from '../entities/meeting-excusal.entity';
import type { Meeting } from '../entities/meeting.entity';
import { MeetingsService, readerIn, statusForbids, type ConvenedMember } from './meetings.service';
import { ProxiesService } from './proxies.service';

export type AttendanceStatus = 'present' | 'remote' | 'represented' | 'excused' | 'absent';

/** One line of the attendance sheet (feuille de présence). */
export interface AttendanceLine {
  convened: ConvenedMember;
  status: AttendanceStatus;
  /** The mode of the stay in progress, or of the last one. */
  mode: AttendanceMode | null;
  /** First arrival and last departure (null while present). */
  arrivedAt: Date | null;
  departedAt: Date | null;
  /** For a represented member: who holds their vote (a blank proxy's recipient). */
  representedBy: Member | null;
  /** Votes this member casts: their own, plus one per proxy in force (0 when not attending). */
  votes: number;
}

export interface AttendanceSheet {
  meeting: Meeting;
  lines: AttendanceLine[];
  counts: AttendanceCounts;
  /** Null when the profile has no rules for the body (a working group). */
  quorum: QuorumResult | null;
}

/**
 * The day of the meeting: arrivals and departures (in person or remote), sign-ins
 * through a personal link, the attendance sheet, and the live quorum from libs/governance.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectTenantRepository(AttendanceRecord) private readonly stays: TenantRepository<AttendanceRecord>,
    @InjectTenantRepository(MeetingExcusal) private readonly excusals: TenantRepository<MeetingExcusal>,
    private readonly meetings: MeetingsService,
    private readonly proxies: ProxiesService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** A secretary records an arrival; a principal who arrives cancels their proxy. */
  async recordArrival(actor: Pick<Actor, 'organisationId'>, meetingId: string, memberId: string, mode: AttendanceMode): Promise<AttendanceRecord> {
    return this.arrive(actor.organisationId, meetingId, memberId, mode, false);
  }

  /**
   * A member signs in through their personal link (called by convocations): like an
   * arrival, and signing in again while present returns the stay in progress.
   */
  async signIn(organisationId: string, meetingId: string, memberId: string, mode: AttendanceMode): Promise<AttendanceRecord> {
    return this.arrive(organisationId, meetingId, memberId, mode, true);
  }

  async recordDeparture(actor: Pick<Actor, 'organisationId'>, meetingId: string, memberId: string): Promise<AttendanceRecord> {
    const organisationId = actor.organisationId;
    return this.transactions.withTransaction(async () => {
      await this.openMeeting(organisationId, meetingId);
      const scope = this.stays.of(organisationId);
      const stay = await scope.findOne({ meetingId, memberId, departedAt: IsNull() });
      if (!stay) {
        throw new DomainError(ErrorReason.InvalidInput, {
          fr: "Ce membre n'est pas présent : pas de départ à enregistrer.",
          en: 'This member is not present: no departure to record.',
        });
      }
      stay.departedAt = this.clock.now();
      return scope.save(stay);
    });
  }

  /** The member said they would be absent (excusé), or no longer (excused false); called by convocations' replies too. */
  async setExcused(organisationId: string, meetingId: string, memberId: string, excused: boolean): Promise<void> {
    await this.transactions.withTransaction(async () => {
      const meeting = await this.meetings.lock(readerIn(organisationId), meetingId);
      if (meeting.status === 'closed') throw statusForbids(meeting, { fr: 'sa feuille de présence est close.', en: 'its attendance sheet is closed.' });
      await this.convenedMember(organisationId, meetingId, memberId);
      const scope = this.excusals.of(organisationId);
      if (!excused) return scope.delete({ meetingId, memberId });
      if (!(await scope.findOne({ meetingId, memberId }))) await scope.save(scope.create({ meetingId, memberId }));
    });
  }

  /** The attendance sheets of many meetings. */
  async sheets(organisationId: string, meetingIds: readonly string[]): Promise<Map<string, AttendanceSheet>> {
    const out = new Map<string, AttendanceSheet>();
    for (const id of new Set(meetingIds)) out.set(id, await this.sheet(organisationId, id));
    return out;
  }

  /**
   * Each convened member's status: present or remote (a stay in progress), represented
   * (a proxy in force whose holder attends), excused, or absent; and the quorum counted
   * by libs/governance on the voting roll.
   */
  async sheet(organisationId: string, meetingId: string): Promise<AttendanceSheet> {
    const roll = await this.meetings.convenedMembers(organisationId, meetingId);
    const meeting = roll.meeting;
    const [stays, excusals, proxies, profile] = await Promise.all([
      this.stays.of(organisationId).find({ where: { meetingId }, order: { arrivedAt: 'ASC' } }),
      this.excusals.of(organisationId).find({ where: { meetingId } }),
      this.proxies.inForce(organisationId, meetingId),
      this.organisations.profileOf(organisationId),
    ]);
    const current = new Map(stays.filter((s) => s.departedAt === null).map((s) => [s.memberId, s]));
    const attending = [...current.keys()];
    const blankRecipientId = await this.proxies.blankRecipient(organisationId, meeting, roll, profile);
    // Blank proxies with nobody to receive them are not in force.
    const records = proxies
      .filter((p) => p.holderMemberId !== null || blankRecipientId !== null)
      .map((p) => ({ principalId: p.principalMemberId, holderId: p.holderMemberId }));
    const effective = effectiveProxies(records, attending, blankRecipientId ?? '');
    // A vote held by someone who is not there is not cast: represented only through an attending holder.
    const representedBy = new Map(effective.proxies.filter((p) => current.has(p.holderId)).map((p) => [p.principalId, p.holderId]));
    const membersById = new Map(roll.members.map((m) => [m.member.id, m.member]));
    const excused = new Set(excusals.map((e) => e.memberId));
    const lines = roll.members.map((convened): AttendanceLine => {
      const id = convened.member.id;
      const own = stays.filter((s) => s.memberId === id);
      const stay = current.get(id);
      const holder = representedBy.get(id);
      const status: AttendanceStatus = stay ? (stay.mode === 'remote' ? 'remote' : 'present') : holder ? 'represented' : excused.has(id) ? 'excused' : 'absent';
      const votesHeld = [...representedBy.values()].filter((h) => h === id).length;
      return {
        convened,
        status,
        mode: stay?.mode ?? own.at(-1)?.mode ?? null,
        arrivedAt: own[0]?.arrivedAt ?? null,
        departedAt: stay ? null : (own.at(-1)?.departedAt ?? null),
        representedBy: holder ? (membersById.get(holder) ?? null) : null,
        votes: stay ? (convened.hasVote ? 1 : 0) + votesHeld : 0,
      };
    });
    const entries: AttendanceEntry[] = lines.map((l) => ({
      memberId: l.convened.member.id,
      status: l.status === 'excused' ? 'absent' : l.status,
    }));
    const counts = underRules(ErrorReason.InvalidInput, () => countAttendance(roll.voters, entries));
    const byCollege = collegeCounts(lines, new Set(roll.voters));
    let quorum: QuorumResult | null = null;
    if (profile.bodies[meeting.body!.kind]) {
      quorum = underRules(ErrorReason.InvalidGovernanceProfile, () =>
        quorumFor(profile, meeting.body!.kind, meeting.kind, meeting.convocation, byCollege ? { ...counts, byCollege } : counts),
      );
    }
    return { meeting, lines, counts, quorum };
  }

  private async arrive(organisationId: string, meetingId: string, memberId: string, mode: AttendanceMode, again: boolean): Promise<AttendanceRecord> {
    try {
      return await this.transactions.withTransaction(async () => {
        await this.openMeeting(organisationId, meetingId);
        await this.convenedMember(organisationId, meetingId, memberId);
        const scope = this.stays.of(organisationId);
        const now = this.clock.now();
        const stay = await scope.findOne({ meetingId, memberId, departedAt: IsNull() });
        if (stay && (again || stay.mode === mode)) {
          if (again) return stay;
          throw alreadyPresent();
        }
        // Switching from the room to the video (or back) ends one stay and starts the next.
        if (stay) await scope.update({ id: stay.id }, { departedAt: now });
        await this.proxies.cancelForAttendance(organisationId, meetingId, memberId, now);
        await this.excusals.of(organisationId).delete({ meetingId, memberId });
        return scope.save(scope.create({ meetingId, memberId, mode, arrivedAt: now, departedAt: null }));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'attendance_records_one_open_stay')) throw alreadyPresent();
      throw error;
    }
  }

  /** The meeting, locked, if it is open: attendance is recorded only during the sitting. */
  private async openMeeting(organisationId: string, meetingId: string): Promise<Meeting> {
    const meeting = await this.meetings.lock(readerIn(organisationId), meetingId);
    if (meeting.status !== 'open') {
      throw statusForbids(meeting, { fr: "la présence ne s'enregistre que pendant la séance.", en: 'attendance is recorded only during the sitting.' });
    }
    return meeting;
  }

  private async convenedMember(organisationId: string, meetingId: string, memberId: string): Promise<ConvenedMember> {
    const roll = await this.meetings.convenedMembers(organisationId, meetingId);
    const convened = roll.members.find((m) => m.member.id === memberId);
    if (!convened) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: "Ce membre n'est pas convoqué à cette réunion.",
        en: 'This member is not convened to this meeting.',
      });
    }
    return convened;
  }
}

function alreadyPresent(): DomainError {
  return new DomainError(ErrorReason.AlreadyDone, { fr: 'Ce membre est déjà enregistré comme présent.', en: 'This member is already recorded as present.' });
}

/** The same counts per college (for a quorum required in each college); null without colleges. */
function collegeCounts(lines: readonly AttendanceLine[], voters: ReadonlySet<string>): Record<string, CollegeAttendance> | null {
  const out: Record<string, CollegeAttendance> = {};
  for (const line of lines) {
    const college = line.convened.member.collegeId;
    if (!college || !voters.has(line.convened.member.id)) continue;
    const c = (out[college] ??= { votingMembers: 0, present: 0, remote: 0, represented: 0 });
    c.votingMembers += 1;
    if (line.status === 'present' || line.status === 'remote' || line.status === 'represented') c[line.status] += 1;
  }
  return Object.keys(out).length > 0 ? out : null;
}
