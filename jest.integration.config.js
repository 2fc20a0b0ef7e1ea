// Integration tests: the API booted in-process against the real PostgreSQL and Redis of the run
// (tools/scripts/test.mjs creates a database for the run and drops it after).
module.exports = {
  ...require('./jest.shared'),
  displayName: 'integration',
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/tools'],
  testMatch: ['**/*.int-spec.ts'],
  // Suites with background workers run apart, one at a time (jest.integration-workers.config.js).
  testPathIgnorePatterns: ['/node_modules/', '\\.workers\\.int-spec\\.ts$'],
  testTimeout: 30000,
};
