// Integration tests: real PostgreSQL, RabbitMQ and Redis on localhost. Each run gets its own
// RabbitMQ vhost and its own databases (see test/integration-setup), removed afterwards.
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120000,
};
