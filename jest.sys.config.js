// System tests: the services as separate processes over the real broker (test/system).
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'system',
  testMatch: ['<rootDir>/test/system/**/*.sys-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 300000,
};
