import type { DataSource } from 'typeorm';
import type { MessagingConfig } from '../messaging.config';
import { AmqpEventTransport } from './amqp-event.transport';

// The start-up check behind @OnEvent: a handler bound to a key outside the EventMap (a typo that
// got past the types, e.g. through a cast) stops the service before it connects to the broker.
describe('AmqpEventTransport start-up check of handler keys', () => {
  const config = { service: 'canteen', amqpUrl: 'amqp://127.0.0.1:1', reconnectMaxDelayMs: 1000 } as MessagingConfig;
  const transport = () => new AmqpEventTransport({} as DataSource, config);
  const handler = Object.assign(async () => undefined, { isEventHandler: true });

  it('refuses to listen with a handler for a key that is not in the EventMap, naming it', () => {
    const server = transport();
    server.addHandler('civil-registration.death.registred.v1', handler, true);
    const callback = jest.fn();
    expect(() => server.listen(callback)).toThrow(/not in the EventMap: civil-registration\.death\.registred\.v1/);
    expect(callback).not.toHaveBeenCalled();
  });
});
