import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccountRole } from './account-role.entity';
import { AccountRolesService } from './account-roles.service';
import { Account } from './account.entity';
import { AccountsService } from './accounts.service';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle';
import { OrganisationRoleGuard } from './organisation-role.guard';
import { PasswordHasher } from './password-hasher';
import { SessionRevocations } from './session-revocations.service';
import { SessionGuard } from './session.guard';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';

function requiredSecret(config: AppConfig): string {
  if (!config.sessionSecret) throw new Error('No session secret: load the configuration through withSessionSecret');
  return config.sessionSecret;
}

@Module({
  imports: [
    TypeOrmModule.forFeature([Account, Session, AccountRole]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject made once: given a string, jsonwebtoken tries to parse it as a public key
      // (and fails) on every verification, which cost more than the rest of the check.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(requiredSecret(config), 'utf8')),
        signOptions: { issuer: 'collegial', algorithm: 'HS256' },
        verifyOptions: { issuer: 'collegial', algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    PasswordHasher,
    SessionRevocations,
    SessionsService,
    AccountsService,
    AccountRolesService,
    LoginThrottle,
    AuthResolver,
    // Order matters: the session first, then the role it allows in an organisation.
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_GUARD, useClass: OrganisationRoleGuard },
  ],
  exports: [AccountsService, AccountRolesService, SessionsService, SessionRevocations],
})
export class AuthModule {}
