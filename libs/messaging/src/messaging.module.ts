import { HealthRegistry } from '@app/common/health/health.registry';
import {
  Global,
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AmqpConnection } from './connection/amqp-connection';
import { messagingConfigFromEnv, type ConsumerDefaults, type MessagingConfig } from './messaging.config';
import { addMessagingGauges } from './messaging.gauges';
import { EventPublisher } from './outbox/event-publisher';
import { OutboxRelay } from './outbox/outbox-relay';

export const MESSAGING_CONFIG = Symbol('MESSAGING_CONFIG');

/** Runs the outbox relay for the lifetime of the service and reports the broker's health. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly connection: AmqpConnection;
  readonly relay: OutboxRelay;
  private readonly removeGauges: () => void;

  constructor(
    dataSource: DataSource,
    @Inject(MESSAGING_CONFIG) config: MessagingConfig,
    health: HealthRegistry,
  ) {
    this.connection = new AmqpConnection(config.amqpUrl, `${config.service}-relay`, config.reconnectMaxDelayMs);
    this.relay = new OutboxRelay(dataSource, this.connection, {
      service: config.service,
      batchSize: config.relayBatchSize,
      pollMs: config.relayPollMs,
      notifyDelayMs: config.relayNotifyDelayMs,
      logEveryMs: config.relayLogEveryMs,
      retentionHours: config.outboxRetentionHours,
    });
    health.register({
      name: 'broker',
      check: async () => {
        if (!this.connection.isConnected) throw new Error('not connected to RabbitMQ');
      },
    });
    this.removeGauges = addMessagingGauges(config.service, dataSource, this.connection);
  }

  onApplicationBootstrap(): void {
    void this.connection.start();
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.removeGauges();
    await this.relay.stop();
    await this.connection.close();
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forService(service: string, overrides: Partial<MessagingConfig> = {}, defaults: ConsumerDefaults = {}): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_CONFIG, useFactory: () => messagingConfigFromEnv(service, overrides, defaults) },
        { provide: EventPublisher, useFactory: (c: MessagingConfig) => new EventPublisher(c.service), inject: [MESSAGING_CONFIG] },
        OutboxRelayService,
      ],
      exports: [MESSAGING_CONFIG, EventPublisher, OutboxRelayService],
    };
  }
}
