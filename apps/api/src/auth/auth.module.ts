import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailModule } from '../core/mail/mail.module';
import { AccountRole } from './account-role.entity';
import { AccountRolesService } from './account-roles.service';
import { Account } from './account.entity';
import { AccountsService } from './accounts.service';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle';
import { OrganisationRoleGuard } from './organisation-role.guard';
import { PasswordHasher } from './password-hasher';
import { RegistrationRequest } from './registration-request.entity';
import { RegistrationResolver } from './registration.resolver';
import { RegistrationsService } from './registrations.service';
import { SessionGuard } from './session.guard';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    MailModule,
    TypeOrmModule.forFeature([Account, Session, AccountRole, RegistrationRequest]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.sessionSecret, signOptions: { issuer: 'collegial' }, verifyOptions: { issuer: 'collegial' } }),
    }),
  ],
  providers: [
    PasswordHasher,
    SessionsService,
    AccountsService,
    AccountRolesService,
    LoginThrottle,
    AuthResolver,
    RegistrationsService,
    RegistrationResolver,
    // Order matters: the session first, then the role it allows in an organisation.
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_GUARD, useClass: OrganisationRoleGuard },
  ],
  exports: [AccountsService, AccountRolesService, SessionsService],
})
export class AuthModule {}
