// Unit tests: pure rules and static checks. No database, broker or Redis.
const base = require('./jest.base.config');

module.exports = {
  ...base,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,test,bench,seeds}/**/*.spec.ts'],
};
