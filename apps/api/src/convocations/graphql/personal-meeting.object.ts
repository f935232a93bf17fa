import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { downloadPath } from '../../documents/services/download-path';
import type { ProxyRecord } from '../services/foreign-types';
import type { ConvocationAnswer } from '../entities/convocation-enums';
import type { PersonalMeeting } from '../services/replies.service';
import { ConvocationAnswerEnum } from './convocation-enums.graphql';

@ObjectType('PersonalAgendaItem', { description: 'An agenda item as a convened member reads it.' })
export class PersonalAgendaItemObject {
  @Field({ description: '« 2.1 »' }) number: string;
  @Field(() => Int) depth: number;
  @Field() title: string;
}

@ObjectType('PersonalDocument', { description: 'A document of the meeting or of an agenda item: GET downloadPath with `?link=<token>`.' })
export class PersonalDocumentObject {
  @Field(() => UUIDScalar) id: string;
  @Field() title: string;
  @Field() downloadPath: string;
}

@ObjectType('ProxyCandidate', { description: 'A member the proxy may be given to.' })
export class ProxyCandidateObject {
  @Field(() => UUIDScalar) memberId: string;
  @Field() name: string;
}

@ObjectType('PersonalProxy', { description: 'A proxy in force, seen by its principal or its holder.' })
export class PersonalProxyObject {
  @Field(() => UUIDScalar) id: string;
  @Field(() => UUIDScalar) principalMemberId: string;
  @Field() principalName: string;
  @Field(() => UUIDScalar, { nullable: true, description: 'Null: a blank proxy.' }) holderMemberId: string | null;
  @Field(() => String, { nullable: true }) holderName: string | null;
  @Field(() => GraphQLISODateTime) givenAt: Date;

  static from(proxy: ProxyRecord, names: Map<string, string>): PersonalProxyObject {
    return Object.assign(new PersonalProxyObject(), {
      id: proxy.id,
      principalMemberId: proxy.principalMemberId,
      principalName: names.get(proxy.principalMemberId) ?? '',
      holderMemberId: proxy.holderMemberId,
      holderName: proxy.holderMemberId ? (names.get(proxy.holderMemberId) ?? '') : null,
      givenAt: proxy.givenAt,
    });
  }
}

@ObjectType('PersonalMeeting', { description: 'A meeting as the convened member sees it through their personal link (no account).' })
export class PersonalMeetingObject {
  @Field(() => UUIDScalar) meetingId: string;
  @Field() title: string;
  @Field() organisationName: string;
  @Field() bodyName: string;
  @Field({ description: 'draft, convened, open or closed.' }) status: string;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => GraphQLISODateTime) endsAt: Date;
  @Field() timeZone: string;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true, description: 'The video room.' }) remoteLink: string | null;
  @Field(() => [PersonalAgendaItemObject], { description: 'In reading order, numbered.' }) agenda: PersonalAgendaItemObject[];
  @Field(() => [PersonalDocumentObject]) documents: PersonalDocumentObject[];
  @Field(() => UUIDScalar) memberId: string;
  @Field() memberName: string;
  @Field(() => ConvocationAnswerEnum, { nullable: true, description: "The member's current reply." }) reply: ConvocationAnswer | null;
  @Field(() => PersonalProxyObject, { nullable: true, description: 'The proxy the member gave, in force.' }) proxyGiven: PersonalProxyObject | null;
  @Field(() => [PersonalProxyObject], { description: 'Proxies given to the member (each may be declined).' }) proxiesHeld: PersonalProxyObject[];
  @Field(() => [ProxyCandidateObject], { description: 'The members a proxy may be given to, by name.' }) proxyCandidates: ProxyCandidateObject[];
  @Field({ description: 'Replies are open (until the meeting opens).' }) canReply: boolean;
  @Field({ description: 'The meeting is open: the member may sign in.' }) canSignIn: boolean;

  static from(personal: PersonalMeeting): PersonalMeetingObject {
    const { facts, member, names } = personal;
    const meeting = facts.meeting;
    for (const candidate of personal.proxyCandidates) names.set(candidate.id, candidate.name);
    names.set(member.id, member.name);
    return Object.assign(new PersonalMeetingObject(), {
      meetingId: meeting.id,
      title: meeting.title,
      organisationName: facts.organisationName,
      bodyName: facts.bodyName,
      status: meeting.status,
      startsAt: meeting.startsAt,
      endsAt: facts.end,
      timeZone: meeting.timeZone,
      place: meeting.place,
      remoteLink: meeting.remoteLink,
      agenda: facts.agenda.map((item) => Object.assign(new PersonalAgendaItemObject(), item)),
      documents: facts.documents.map((d) => Object.assign(new PersonalDocumentObject(), { id: d.id, title: d.title, downloadPath: downloadPath(d.id) })),
      memberId: member.id,
      memberName: member.name,
      reply: personal.convocation?.answer ?? null,
      proxyGiven: personal.proxyGiven ? PersonalProxyObject.from(personal.proxyGiven, names) : null,
      proxiesHeld: personal.proxiesHeld.map((p) => PersonalProxyObject.from(p, names)),
      proxyCandidates: personal.proxyCandidates.map((m) => Object.assign(new ProxyCandidateObject(), { memberId: m.id, name: m.name })),
      canReply: meeting.status === 'draft' || meeting.status === 'convened',
      canSignIn: meeting.status === 'open',
    });
  }
}

@ObjectType('MeetingRepliesProxy')
export class MeetingRepliesProxyObject {
  @Field(() => UUIDScalar) id: string;
  @Field(() => UUIDScalar) principalMemberId: string;
  @Field() principalName: string;
  @Field(() => UUIDScalar, { nullable: true, description: 'Null: a blank proxy.' }) holderMemberId: string | null;
  @Field(() => String, { nullable: true }) holderName: string | null;
}

@ObjectType('MeetingReplies', { description: "The members' replies at a glance, and the proxies in force." })
export class MeetingRepliesObject {
  @Field(() => Int) convened: number;
  @Field(() => Int) attendingInPerson: number;
  @Field(() => Int) attendingRemotely: number;
  @Field(() => Int) absent: number;
  @Field(() => Int) proxy: number;
  @Field(() => Int) blankProxy: number;
  @Field(() => Int) noReply: number;
  @Field(() => [MeetingRepliesProxyObject]) proxies: MeetingRepliesProxyObject[];
}
