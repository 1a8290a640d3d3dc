// Cluster suite: a three-node RabbitMQ cluster of its own on loopback (ports 5701–5703), two
// replicas of each of the five services, and a stream of deaths while a node stops and a replica
// of every service is killed (docs/scale-out.md). It leaves the local RabbitMQ node alone.
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'cluster',
  testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
  globalSetup: '<rootDir>/test/cluster/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/cluster/support/global-teardown.ts',
  testTimeout: 900000,
};
