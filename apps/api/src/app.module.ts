import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from './access/access.module';
import { OrganisationRoleGuard } from './access/organisation-role.guard';
import { appDataSourceOptions } from './app-data-source';
import { AuthModule } from './auth/auth.module';
import { SessionGuard } from './auth/services/session.guard';
import { BodiesModule } from './bodies/bodies.module';
import { ConvocationsModule } from './convocations/convocations.module';
import { LiveModule } from './voting/live/live.module';
import { VotingModule } from './voting/voting.module';
import { CollegesModule } from './colleges/colleges.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { requestLogOptions } from './config/request-log-options';
import { ClockModule } from './core/clock/clock.module';
import { DomainErrorFilter } from './core/errors/domain-error.filter';
import { BatchLimitMiddleware } from './core/graphql/batch-limit.middleware';
import { graphqlOptions } from './core/graphql/graphql-options';
import { HealthController } from './core/health/health.controller';
import { DATABASE_URL } from './core/jobs/database-url';
import { JobsModule } from './core/jobs/jobs.module';
import { transactionsModule } from './core/transactions/transactions';
import { DocumentsModule } from './documents/documents.module';
import { MandatesModule } from './mandates/mandates.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MembersModule } from './members/members.module';
import { OrganisationsModule } from './organisations/organisations.module';

@Module({})
class ConfigModule {}

@Module({})
export class AppModule implements NestModule {
  /** `databaseUrl` is resolved before Nest starts: the embedded server or DATABASE_URL. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        {
          module: ConfigModule,
          global: true,
          providers: [
            { provide: APP_CONFIG, useValue: config },
            { provide: DATABASE_URL, useValue: databaseUrl },
          ],
          exports: [APP_CONFIG, DATABASE_URL],
        },
        LoggerModule.forRoot(requestLogOptions(config)),
        TypeOrmModule.forRoot(appDataSourceOptions(databaseUrl, config.databasePool)),
        transactionsModule(),
        ClockModule,
        JobsModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        AuthModule,
        AccessModule,
        OrganisationsModule,
        CollegesModule,
        MembersModule,
        BodiesModule,
        MandatesModule,
        MeetingsModule,
        DocumentsModule,
        ConvocationsModule,
        VotingModule,
        LiveModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        // In this order: the session, then the role it allows in the organisation named.
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_GUARD, useClass: OrganisationRoleGuard },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BatchLimitMiddleware).forRoutes('graphql');
  }
}
