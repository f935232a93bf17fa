import { Injectable } from '@nestjs/common';
import type { PlainDate } from '@collegial/governance';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Member } from '../../members/member.entity';

/**
 * Stand-in until MeetingsService.convenedMembers lands: the members of the organisation on
 * the meeting's date (a general assembly's membership).
 */
@Injectable()
export class ConvenedMembers {
  constructor(@InjectTenantRepository(Member) private readonly members: TenantRepository<Member>) {}

  of(organisationId: string, meetingDate: PlainDate): Promise<Member[]> {
    return this.members
      .of(organisationId)
      .query('member')
      .andWhere('member.joined_on <= :date', { date: meetingDate })
      .andWhere('(member.left_on IS NULL OR member.left_on > :date)', { date: meetingDate })
      .orderBy('member.name', 'ASC')
      .getMany();
  }
}
