import { Module } from '@nestjs/common';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { College } from './college.entity';
import { CollegesResolver } from './colleges.resolver';
import { CollegesService } from './colleges.service';

/** Voting colleges and their weights. */
@Module({
  imports: [TenancyModule.forFeature([College]), OrganisationsModule],
  providers: [CollegesService, CollegesResolver],
  exports: [CollegesService],
})
export class CollegesModule {}
