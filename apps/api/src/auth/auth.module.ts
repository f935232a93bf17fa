import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Account } from './account.entity';
import { AccountsService } from './accounts.service';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';

/** Accounts, passwords and sessions; every operation needs a session unless @Public(). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Account, Session]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.sessionSecret, signOptions: { issuer: 'collegial' }, verifyOptions: { issuer: 'collegial' } }),
    }),
  ],
  providers: [
    PasswordHasher,
    SessionsService,
    AccountsService,
    LoginThrottle,
    AuthResolver,
  ],
  exports: [AccountsService, SessionsService],
})
export class AuthModule {}
