import { Module } from '@nestjs/common';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { BodiesResolver } from './bodies.resolver';
import { BodiesService } from './bodies.service';
import { Body } from './body.entity';

/** The organisation's bodies (instances): general assembly, board, committees. */
@Module({
  imports: [TenancyModule.forFeature([Body])],
  providers: [BodiesService, BodiesResolver],
  exports: [BodiesService],
})
export class BodiesModule {}
