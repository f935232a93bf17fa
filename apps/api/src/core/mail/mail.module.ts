import { Module } from '@nestjs/common';
import { Mailer } from './mailer.service';

/** Outgoing mail (invitations, registration; convocations to come). */
@Module({
  providers: [Mailer],
  exports: [Mailer],
})
export class MailModule {}
