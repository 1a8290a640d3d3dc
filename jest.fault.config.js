// Fault suite: the five services as processes under a stream of deaths while the broker restarts,
// a consumer is SIGKILLed and a consumer's database connections are cut (docs/resilience.md).
// It restarts the local RabbitMQ node: never run it on a broker others are using.
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'fault',
  testMatch: ['<rootDir>/test/fault/**/*.fault-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 900000,
};
