import { Module } from '@nestjs/common';
import { PasswordsModule } from '../passwords/passwords.module';
import { SessionsModule } from '../sessions/sessions.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({ imports: [PasswordsModule, SessionsModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
