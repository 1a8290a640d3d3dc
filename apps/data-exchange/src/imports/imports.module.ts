import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { LineCheckPool } from './line-checks/line-check-pool';

@Module({ controllers: [ImportsController], providers: [ImportsService, LineCheckPool] })
export class ImportsModule {}
