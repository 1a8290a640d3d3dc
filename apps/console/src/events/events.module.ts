import { Module } from '@nestjs/common';
import { EventBroker } from './event-broker';
import { EventStreams } from './event-streams.service';
import { EventsController } from './events.controller';
import { EVENTS_CONFIG, eventsConfigFromEnv } from './events-config';

/** GET /api/events/stream: a cascade of events watched live, by correlation id. */
@Module({ controllers: [EventsController], providers: [{ provide: EVENTS_CONFIG, useFactory: eventsConfigFromEnv }, EventBroker, EventStreams] })
export class EventsModule {}
