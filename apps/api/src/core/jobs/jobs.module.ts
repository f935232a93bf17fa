import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** The durable job queue (pg-boss), one per application, for every feature. */
@Global()
@Module({
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
