import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { AccessModule } from '../../access/access.module';
import { AuthModule } from '../../auth/auth.module';
import { ConvocationsModule } from '../../convocations/convocations.module';
import { LiveAccess } from './live-access';
import { LiveGateway } from './live.gateway';
import { LiveHandshake } from './live-handshake';
import { LiveCasting, LiveTallies } from './live-voting-ports';

export interface LiveVotingOptions {
  /** Modules exporting VotingEvents and the two services below. */
  imports: NonNullable<ModuleMetadata['imports']>;
  tallies: Type<LiveTallies>;
  casting: Type<LiveCasting>;
}

/**
 * The live tallies gateway (`/live`), on the voting feature's services: authentication by
 * session or personal link at the handshake, rooms per ballot, coalesced tallies, casting.
 */
@Module({})
export class LiveModule {
  static forVoting(options: LiveVotingOptions): DynamicModule {
    return {
      module: LiveModule,
      imports: [...options.imports, AuthModule, AccessModule, ConvocationsModule],
      providers: [
        { provide: LiveTallies, useExisting: options.tallies },
        { provide: LiveCasting, useExisting: options.casting },
        LiveHandshake,
        LiveAccess,
        LiveGateway,
      ],
    };
  }
}
