import { Module } from '@nestjs/common';
import { CollegesModule } from '../colleges/colleges.module';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { MemberRepresentative } from './member-representative.entity';
import { Member } from './member.entity';
import { MemberImportResolver } from './member-import.resolver';
import { MemberImportService } from './member-import.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

/** Members (persons and legal entities with their representatives). */
@Module({
  imports: [TenancyModule.forFeature([Member, MemberRepresentative]), CollegesModule],
  providers: [MembersService, MembersResolver, MemberImportService, MemberImportResolver],
  exports: [MembersService],
})
export class MembersModule {}
