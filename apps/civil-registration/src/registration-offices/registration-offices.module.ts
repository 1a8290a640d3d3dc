import { Module } from '@nestjs/common';
import { RegistrationOfficesController } from './registration-offices.controller';
import { RegistrationOfficesService } from './registration-offices.service';

@Module({ controllers: [RegistrationOfficesController], providers: [RegistrationOfficesService] })
export class RegistrationOfficesModule {}
