import { Module } from '@nestjs/common';
import { ReturnFollowUpsController } from './return-follow-ups.controller';
import { ReturnFollowUpsQueries } from './return-follow-ups.queries';
import { ReturnFollowUpsService } from './return-follow-ups.service';

/** 回归稳固 post-return assessments of vagrant relief (DOMAIN §3), beside the cases they follow. */
@Module({ controllers: [ReturnFollowUpsController], providers: [ReturnFollowUpsService, ReturnFollowUpsQueries] })
export class ReturnFollowUpsModule {}
