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
  // Each suite boots the API in this process. When a boot fails half-way (a service too slow to
  // answer on a loaded machine), Nest never closes the connections and workers it had opened, and
  // Jest would wait for them forever after reporting: the run reports, then exits.
  forceExit: true,
  // Each suite boots the API; one process running them all grew past Node's heap (out of memory
  // after ~150 suites). A worker is restarted once a suite leaves it above this much memory.
  workerIdleMemoryLimit: '2GB',
};
