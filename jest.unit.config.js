// Unit tests: pure functions, the policy, lint rules. No database, no Redis.
module.exports = {
  ...require('./jest.shared'),
  displayName: 'unit',
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
};
