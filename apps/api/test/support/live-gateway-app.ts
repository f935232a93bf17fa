import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { runMigrations } from '@collegial/database';
import { SmtpTestServer, workerDatabaseUrl } from '@collegial/testing';
import { AppModule } from '../../src/app.module';
import { loadAppConfig } from '../../src/config/app-config';
import { PostgresIoAdapter } from '../../src/core/live/postgres-io-adapter';
import { DomainError, ErrorReason } from '../../src/core/errors/domain-error';
import type { LiveTally } from '../../src/voting/live-tally';
import type { CastReceipt, CastRequest, Voter } from '../../src/voting/voter';
import { VotingEvents } from '../../src/voting/voting-events';
import { LiveModule } from '../../src/voting/live/live.module';

// The live gateway on stand-ins of the voting services (TalliesService, CastingService), for
// its tests while the voting core is written: sessions, roles, links and PostgreSQL are real.

/** Stands for the voting core's TalliesService while it is written: tallies set by the test. */
@Injectable()
export class TestTallies {
  readonly tallies = new Map<string, LiveTally>();
  reads = 0;
  liveTally(ballotId: string): Promise<LiveTally | null> {
    this.reads++;
    return Promise.resolve(this.tallies.get(ballotId) ?? null);
  }
}

/** Stands for CastingService: records the casts and answers a receipt. */
@Injectable()
export class TestCasting {
  readonly casts: { voter: Voter; request: CastRequest }[] = [];
  voterForAccount(accountId: string, organisationId: string): Promise<Voter> {
    return Promise.resolve({ organisationId, memberId: `member-of-${accountId}`, meetingId: null });
  }
  cast(voter: Voter, request: CastRequest): Promise<CastReceipt> {
    if (request.choices.length === 0) {
      return Promise.reject(new DomainError(ErrorReason.InvalidInput, { fr: 'Choisissez une réponse.', en: 'Choose an option.' }));
    }
    this.casts.push({ voter, request });
    return Promise.resolve({ ballotId: request.ballotId, memberId: voter.memberId, receipt: 'RCPT', castAt: new Date(), replayed: false });
  }
}

@Module({ providers: [VotingEvents, TestTallies, TestCasting], exports: [VotingEvents, TestTallies, TestCasting] })
export class TestVotingModule {}

export function tallyOf(organisationId: string, cast = 0, meetingId: string | null = null): LiveTally {
  return {
    ballotId: randomUUID(),
    organisationId,
    meetingId,
    status: 'open',
    participation: { roll: 100, cast },
    counts: { options: [{ optionId: 'yes', votes: cast }], byCollege: [] },
    result: null,
  };
}

/** The api with the live gateway on the stand-in voting services, as createApp builds it. */
export async function startGatewayApp(mailbox: SmtpTestServer, sessionSecret = randomBytes(32).toString('hex')): Promise<INestApplication> {
  const config = loadAppConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: sessionSecret,
    SMTP_URL: mailbox.url,
    REGISTRATION_MAX_PER_ADDRESS: '1000000',
  });
  const databaseUrl = await workerDatabaseUrl();
  const app = await NestFactory.create(
    {
      module: class LiveTestRoot {},
      imports: [AppModule.forRoot(config, databaseUrl), LiveModule.forVoting({ imports: [TestVotingModule], tallies: TestTallies, casting: TestCasting })],
    },
    { logger: false },
  );
  app.useWebSocketAdapter(new PostgresIoAdapter(app, databaseUrl));
  await runMigrations(app.get(DataSource));
  await app.listen(0, '127.0.0.1');
  return app;
}

export const urlOf = (app: INestApplication) => `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
