import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailModule } from '../core/mail/mail.module';
import { Account } from './entities/account.entity';
import { AccountsService } from './services/accounts.service';
import { AuthResolver } from './graphql/auth.resolver';
import { LoginThrottle } from './services/login-throttle';
import { PasswordHasher } from './passwords/password-hasher';
import { RegistrationRequest } from './entities/registration-request.entity';
import { RegistrationResolver } from './graphql/registration.resolver';
import { RegistrationsService } from './services/registrations.service';
import { SessionRevocations } from './services/session-revocations.service';
import { Session } from './entities/session.entity';
import { SessionsService } from './services/sessions.service';

function requiredSecret(config: AppConfig): string {
  if (!config.sessionSecret) throw new Error('No session secret: load the configuration through withSessionSecret');
  return config.sessionSecret;
}

/** Accounts, passwords and sessions; every operation needs a session unless @Public() (the guard is registered by the app module). */
@Module({
  imports: [
    MailModule,
    TypeOrmModule.forFeature([Account, Session, RegistrationRequest]),
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
  providers: [PasswordHasher, SessionRevocations, SessionsService, AccountsService, LoginThrottle, AuthResolver, RegistrationsService, RegistrationResolver],
  exports: [AccountsService, SessionsService, SessionRevocations],
})
export class AuthModule {}
