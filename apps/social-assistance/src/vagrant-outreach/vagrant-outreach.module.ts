import { Module } from '@nestjs/common';
import { VagrantOutreachController } from './vagrant-outreach.controller';
import { VagrantOutreachService } from './vagrant-outreach.service';

/** 流浪乞讨 24-hour hotline and street patrol log, beside the vagrant cases it leads to. */
@Module({ controllers: [VagrantOutreachController], providers: [VagrantOutreachService] })
export class VagrantOutreachModule {}
