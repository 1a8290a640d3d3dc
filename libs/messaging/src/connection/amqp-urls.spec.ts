import { amqpUrls, brokerAddress, connectionOrder } from './amqp-urls';

describe('amqpUrls', () => {
  it.each([
    ['amqp://u:p@rabbit:5672/v', ['amqp://u:p@rabbit:5672/v']],
    ['amqp://u@r1:5701/v,amqp://u@r2:5702/v', ['amqp://u@r1:5701/v', 'amqp://u@r2:5702/v']],
    [' amqp://r1 , amqp://r2 ,, amqp://r3,', ['amqp://r1', 'amqp://r2', 'amqp://r3']],
    ['amqp://u:a%2Cb@r1/v', ['amqp://u:a%2Cb@r1/v']],
  ])('%s', (list, urls) => {
    expect(amqpUrls(list)).toEqual(urls);
  });

  it.each([[''], [' , ']])('refuses a list naming no broker: %j', (list) => {
    expect(() => amqpUrls(list)).toThrow('AMQP_URL names no broker');
  });
});

describe('connectionOrder', () => {
  it.each([
    [1, 0, [0]],
    [3, 0, [0, 1, 2]],
    [3, 1, [1, 2, 0]],
    [3, 2, [2, 0, 1]],
  ])('%i URLs from %i: %j', (count, start, order) => {
    expect(connectionOrder(count, start)).toEqual(order);
  });
});

describe('brokerAddress', () => {
  it.each([
    ['amqp://u:secret@rabbit-2:5702/v', 'rabbit-2:5702'],
    ['amqp://u:secret@rabbit-2/v', 'rabbit-2:5672'],
  ])('%s -> %s (no credentials)', (url, address) => {
    expect(brokerAddress(url)).toBe(address);
  });
});
