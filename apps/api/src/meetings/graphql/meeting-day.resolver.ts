import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { requestLoader } from '../../core/graphql/request-loaders';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { requestLocale } from '../../core/locale/request-locale';
import type { AttendanceMode } from '../entities/meeting-enums';
import type { MeetingProxy } from '../entities/meeting-proxy.entity';
import { AttendanceService, type AttendanceSheet } from '../services/attendance.service';
import { MeetingsService } from '../services/meetings.service';
import { ProxiesService } from '../services/proxies.service';
import { AttendanceLineObject, MeetingProxyObject, MeetingQuorumObject } from './day.object';
import { AttendanceModeEnum } from './meeting-enums.graphql';
import { MeetingObject } from './meeting.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const MeetingId = () => Args('meetingId', { type: () => UUIDScalar });
const MemberId = () => Args('memberId', { type: () => UUIDScalar });

/** Proxies, attendance and the live quorum of a meeting. */
@Resolver(() => MeetingObject)
export class MeetingDayResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly proxiesService: ProxiesService,
    private readonly attendanceService: AttendanceService,
  ) {}

  @RequireRole('secretary')
  @Mutation(() => MeetingProxyObject, { description: 'Records a proxy (e.g. on paper); no holderMemberId = a blank proxy. Checked by the governance rules.' })
  async recordProxy(
    @OrganisationId() _o: string,
    @MeetingId() meetingId: string,
    @Args('principalMemberId', { type: () => UUIDScalar }) principalMemberId: string,
    @Args('holderMemberId', { type: () => UUIDScalar, nullable: true }) holderMemberId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingProxyObject> {
    await this.meetingsService.get(actor, meetingId);
    return MeetingProxyObject.from(await this.proxiesService.give(actor.organisationId, meetingId, principalMemberId, holderMemberId ?? null, actor.accountId));
  }

  @RequireRole('secretary')
  @Mutation(() => MeetingProxyObject, { description: 'Cancels a proxy in force (the principal withdrew it).' })
  async cancelProxy(
    @OrganisationId() _o: string,
    @Args('proxyId', { type: () => UUIDScalar }) proxyId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingProxyObject> {
    return MeetingProxyObject.from(await this.proxiesService.withdraw(actor.organisationId, proxyId, null));
  }

  @RequireRole('secretary')
  @Mutation(() => MeetingObject, { description: 'A convened member arrives (the meeting must be open); their own proxy, if any, is cancelled.' })
  async recordArrival(
    @OrganisationId() _o: string,
    @MeetingId() meetingId: string,
    @MemberId() memberId: string,
    @Args('mode', { type: () => AttendanceModeEnum }) mode: AttendanceMode,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingObject> {
    await this.attendanceService.recordArrival(actor, meetingId, memberId, mode);
    return MeetingObject.from(await this.meetingsService.get(actor, meetingId));
  }

  @RequireRole('secretary')
  @Mutation(() => MeetingObject, { description: 'A present member leaves.' })
  async recordDeparture(
    @OrganisationId() _o: string,
    @MeetingId() meetingId: string,
    @MemberId() memberId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingObject> {
    await this.attendanceService.recordDeparture(actor, meetingId, memberId);
    return MeetingObject.from(await this.meetingsService.get(actor, meetingId));
  }

  @RequireRole('secretary')
  @Mutation(() => MeetingObject, { description: 'Marks a convened member as excused (absent with apology), or no longer.' })
  async recordExcused(
    @OrganisationId() _o: string,
    @MeetingId() meetingId: string,
    @MemberId() memberId: string,
    @Args('excused', { type: () => Boolean }) excused: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingObject> {
    await this.meetingsService.get(actor, meetingId);
    await this.attendanceService.setExcused(actor.organisationId, meetingId, memberId, excused);
    return MeetingObject.from(await this.meetingsService.get(actor, meetingId));
  }

  @ResolveField(() => [MeetingProxyObject], { description: 'Every proxy of the meeting (given, declined, cancelled), oldest first.' })
  async proxies(@Parent() meeting: MeetingObject, @Context('req') request: CollegialRequest): Promise<MeetingProxyObject[]> {
    const organisationId = meeting.organisationId;
    const loader = requestLoader<string, MeetingProxy[]>(request, `meetingProxies:${organisationId}`, async (ids) => {
      const byMeeting = await this.proxiesService.ofMeetings(organisationId, ids);
      return ids.map((id) => byMeeting.get(id) ?? []);
    });
    return (await loader.load(meeting.id)).map((p) => MeetingProxyObject.from(p));
  }

  @ResolveField(() => [AttendanceLineObject], { description: 'Each convened member: present, remote, represented (by whom), excused or absent.' })
  async attendance(@Parent() meeting: MeetingObject, @Context('req') request: CollegialRequest): Promise<AttendanceLineObject[]> {
    return (await this.sheet(meeting, request)).lines.map((l) => AttendanceLineObject.from(l));
  }

  @ResolveField(() => MeetingQuorumObject, {
    nullable: true,
    description: 'The live quorum with its explanation; null when the profile has no rules for the body.',
  })
  async quorum(@Parent() meeting: MeetingObject, @Context('req') request: CollegialRequest): Promise<MeetingQuorumObject | null> {
    const { quorum } = await this.sheet(meeting, request);
    return quorum ? MeetingQuorumObject.from(quorum, requestLocale(request)) : null;
  }

  /** One sheet per meeting and request, shared by attendance and quorum. */
  private sheet(meeting: MeetingObject, request: CollegialRequest): Promise<AttendanceSheet> {
    const organisationId = meeting.organisationId;
    const loader = requestLoader<string, AttendanceSheet>(request, `attendanceSheets:${organisationId}`, async (ids) => {
      const sheets = await this.attendanceService.sheets(organisationId, ids);
      return ids.map((id) => sheets.get(id)!);
    });
    return loader.load(meeting.id);
  }
}
