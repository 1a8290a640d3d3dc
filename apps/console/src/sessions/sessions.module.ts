import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PasswordsModule } from '../passwords/passwords.module';
import { LoginService } from './login.service';
import { SessionController } from './session.controller';
import { SessionCookie } from './session-cookie';
import { SessionGuard } from './session.guard';
import { SessionHandover } from './session-handover';
import { SessionStore } from './session-store';

/** Login, sessions and the guard every route passes (session, CSRF, pending password change, roles). */
@Module({
  imports: [PasswordsModule],
  controllers: [SessionController],
  providers: [SessionStore, SessionCookie, SessionHandover, LoginService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [SessionStore, SessionHandover],
})
export class SessionsModule {}
