// End-to-end tests of the console: headless Chromium (Debian's, through playwright-core) clicks
// through the real UI served by the real console backend, with the services as separate
// processes on a vhost and databases of the run's own (test/e2e/support/console-stack.ts).
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 300000,
};
