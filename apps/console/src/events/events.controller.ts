import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import type { Response } from 'express';
import { Current, type CurrentSession } from '../sessions/access.decorators';
import { EventStreams } from './event-streams.service';

/** The grammar of X-Correlation-Id (libs/common request-context): any id the console echoes can be watched. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export class EventStreamQuery {
  @ApiProperty({ example: '4e1f0c9a-8d1b-4c57-9a43-0c5f3b2a7d10', description: 'The X-Correlation-Id the UI sends with the request whose cascade it watches.' })
  @IsString()
  @Matches(CORRELATION_ID, { message: 'correlationId must be 1 to 100 letters, digits and . _ : -' })
  correlationId: string;
}

/**
 * The platform's events as they happen, for the screens that show a cascade live (死亡登记).
 * The same roles that may read the services' records; the services' own checks do not apply
 * here, so the stream carries no personal data (docs/console.md "Event stream").
 */
@ApiTags('events')
@Controller('api/events')
export class EventsController {
  constructor(private readonly streams: EventStreams) {}

  @Get('stream')
  @Roles(...READERS)
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: `ready` once listening, then `platform-event` {id, type, source, time, subject (masked), causationid, summary} for each event of the correlation in arrival order, then `end` {reason: TIMEOUT | BROKER_LOST | SHUTDOWN}.',
  })
  @ApiResponse({ status: 401, description: 'AUTH.NO_SESSION, AUTH.SESSION_EXPIRED' })
  @ApiResponse({ status: 403, description: 'AUTH.FORBIDDEN: none of operator, reviewer, approver, auditor, admin' })
  @ApiResponse({ status: 429, description: 'EVENTS.TOO_MANY_STREAMS: the user already has EVENTS_STREAMS_PER_USER streams open' })
  @ApiResponse({ status: 503, description: 'EVENTS.BROKER_UNAVAILABLE: the broker cannot be reached' })
  stream(@Query() query: EventStreamQuery, @Current() current: CurrentSession, @Res() res: Response): Promise<void> {
    return this.streams.open(current.user.id, query.correlationId, res);
  }
}
