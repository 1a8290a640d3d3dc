import { Module } from '@nestjs/common';
import { PasswordsModule } from '../passwords/passwords.module';
import { SessionsModule } from '../sessions/sessions.module';
import { FirstAdmin } from './first-admin';
import { RolesController } from './roles.controller';
import { UserUpdateService } from './user-update.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** The console's users and their administration by `admin`s; the first admin on an empty table. */
@Module({
  imports: [PasswordsModule, SessionsModule],
  controllers: [UsersController, RolesController],
  providers: [UsersService, UserUpdateService, FirstAdmin],
})
export class UsersModule {}
