import { connectOptionsFromUrl } from './amqp-connection';

describe('connectOptionsFromUrl', () => {
  it('reads host, credentials and an encoded vhost, adding a heartbeat', () => {
    expect(connectOptionsFromUrl('amqp://user:p%40ss@broker:5673/cap-test%2Fx')).toEqual({
      protocol: 'amqp',
      hostname: 'broker',
      port: 5673,
      username: 'user',
      password: 'p@ss',
      vhost: 'cap-test/x',
      heartbeat: 10,
    });
  });

  it('defaults to the root vhost, port 5672 and keeps an explicit heartbeat', () => {
    expect(connectOptionsFromUrl('amqp://guest:guest@127.0.0.1?heartbeat=30')).toMatchObject({ vhost: '/', port: 5672, heartbeat: 30 });
  });
});
