import { Injectable } from '@nestjs/common';
import { effectiveProxies, type PlainDate, type QuorumResult } from '@collegial/governance';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { AttendanceService } from '../../meetings/services/attendance.service';
import { MeetingsService, type ConvenedMember } from '../../meetings/services/meetings.service';
import { ProxiesService } from '../../meetings/services/proxies.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import type { RollBasis, RollVia } from '../entities/ballot-enums';

/** One vote on the roll, before it is stored. */
export interface RollLine {
  memberId: string;
  casterMemberId: string;
  collegeId: string | null;
  weight: number;
  via: RollVia;
}

/**
 * Draws up a ballot's roll when it opens, from what the meetings feature knows that
 * moment: who attends and whom they represent, or every member convened with a vote and
 * the proxies given, or a body's voters on the day. One vote per member, weight 1 (the
 * colleges weigh results, not ballots), cast by the member or by their proxy's holder.
 */
@Injectable()
export class VoterRollBuilder {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly attendance: AttendanceService,
    private readonly proxies: ProxiesService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** The roll; in the room, with the quorum at that moment (null when no rule applies). */
  async draw(
    organisationId: string,
    basis: RollBasis,
    scope: { meetingId: string | null; bodyId: string; date: PlainDate },
  ): Promise<{ lines: RollLine[]; quorum: QuorumResult | null }> {
    if (basis === 'body') {
      const members = await this.meetings.bodyMembersOn(organisationId, scope.bodyId, scope.date);
      return { lines: members.filter((m) => m.hasVote).map((m) => own(m)), quorum: null };
    }
    const meetingId = scope.meetingId!;
    if (basis === 'attending') return this.attending(organisationId, meetingId);
    return { lines: await this.convened(organisationId, meetingId), quorum: null };
  }

  /** Members present or remote vote; a represented member's vote goes to the holder who attends. */
  private async attending(organisationId: string, meetingId: string): Promise<{ lines: RollLine[]; quorum: QuorumResult | null }> {
    const [sheet, given] = await Promise.all([this.attendance.sheet(organisationId, meetingId), this.proxies.inForce(organisationId, meetingId)]);
    const blank = new Set(given.filter((p) => p.holderMemberId === null).map((p) => p.principalMemberId));
    const lines: RollLine[] = [];
    for (const line of sheet.lines) {
      if (!line.convened.hasVote) continue;
      if (line.status === 'present' || line.status === 'remote') lines.push(own(line.convened));
      else if (line.status === 'represented' && line.representedBy) {
        lines.push({ ...own(line.convened), casterMemberId: line.representedBy.id, via: blank.has(line.convened.member.id) ? 'blankProxy' : 'proxy' });
      }
    }
    return { lines, quorum: sheet.quorum };
  }

  /** Every member convened with a vote, ahead of the meeting or from afar; a proxy given makes its holder cast the vote. */
  private async convened(organisationId: string, meetingId: string): Promise<RollLine[]> {
    const roll = await this.meetings.convenedMembers(organisationId, meetingId);
    const [given, profile] = await Promise.all([this.proxies.inForce(organisationId, meetingId), this.organisations.profileOf(organisationId)]);
    const blankRecipientId = await this.proxies.blankRecipient(organisationId, roll.meeting, roll, profile);
    const records = given
      .filter((p) => p.holderMemberId !== null || blankRecipientId !== null)
      .map((p) => ({ principalId: p.principalMemberId, holderId: p.holderMemberId }));
    const effective = effectiveProxies(records, [], blankRecipientId ?? '');
    const holders = new Map(effective.proxies.map((p) => [p.principalId, p]));
    const voters = new Set(roll.voters);
    return roll.members
      .filter((m) => m.hasVote)
      .map((m) => {
        const proxy = holders.get(m.member.id);
        // A proxy to someone without a vote that day cannot be used: the member votes themselves.
        if (!proxy || !voters.has(proxy.holderId)) return own(m);
        return { ...own(m), casterMemberId: proxy.holderId, via: proxy.blank ? 'blankProxy' : 'proxy' };
      });
  }
}

function own(m: ConvenedMember): RollLine {
  return { memberId: m.member.id, casterMemberId: m.member.id, collegeId: m.member.collegeId, weight: 1, via: 'own' };
}

export function emptyRoll(): DomainError {
  return new DomainError(ErrorReason.BallotStatusForbids, {
    fr: 'Personne ne peut voter : la liste des votants serait vide (aucun membre présent ou représenté avec droit de vote). Enregistrez les arrivées, ou ouvrez le vote à tous les convoqués.',
    en: 'Nobody could vote: the roll would be empty (no member with a vote present or represented). Record arrivals, or open the vote to everyone convened.',
  });
}
