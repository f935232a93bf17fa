import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { dataSourceOptions } from '@collegial/database';
import { AuthModule } from './auth/auth.module';
import { DomainErrorFilter } from './common/domain-error.filter';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { entities } from './entities';
import { BatchLimitMiddleware } from './graphql/batch-limit.middleware';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';
import { OrganisationsModule } from './organisations/organisations.module';
import { requestLogOptions } from './config/request-log-options';

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
          providers: [{ provide: APP_CONFIG, useValue: config }],
          exports: [APP_CONFIG],
        },
        LoggerModule.forRoot(requestLogOptions(config)),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, entities, config.databasePool)),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        AuthModule,
        OrganisationsModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BatchLimitMiddleware).forRoutes('graphql');
  }
}
