import { Module } from '@nestjs/common';
import { BodiesModule } from '../bodies/bodies.module';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { MembersModule } from '../members/members.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { Handover } from './handover.entity';
import { Mandate } from './mandate.entity';
import { MandatesResolver } from './mandates.resolver';
import { MandatesService } from './mandates.service';

/** Who holds which role in which body, from when to when, and the handovers between them. */
@Module({
  imports: [TenancyModule.forFeature([Mandate, Handover]), BodiesModule, MembersModule, OrganisationsModule],
  providers: [MandatesService, MandatesResolver],
  exports: [MandatesService],
})
export class MandatesModule {}
