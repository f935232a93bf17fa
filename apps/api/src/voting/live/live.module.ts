import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module';
import { AuthModule } from '../../auth/auth.module';
import { ConvocationsModule } from '../../convocations/convocations.module';
import { VotingModule } from '../voting.module';
import { LiveAccess } from './live-access';
import { LiveGateway } from './live.gateway';
import { LiveHandshake } from './live-handshake';

/**
 * The live tallies gateway (`/live`) on the voting feature's services: authentication by
 * session or personal link at the handshake, rooms per ballot, coalesced tallies, casting.
 * Beside VotingModule (imported by the app), not inside it: live depends on voting, not the reverse.
 */
@Module({
  imports: [VotingModule, AuthModule, AccessModule, ConvocationsModule],
  providers: [LiveHandshake, LiveAccess, LiveGateway],
})
export class LiveModule {}
