// Integration suites that run background workers (outbox relay, alert fan-out, mail): they share
// the run's database, where any worker takes any pending event or mail, so they run one at a time
// (`--runInBand`, see tools/scripts/test.mjs) — each then sees only its own deliveries.
module.exports = {
  ...require('./jest.shared'),
  displayName: 'integration-workers',
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/tools'],
  testMatch: ['**/*.workers.int-spec.ts'],
  testTimeout: 60000,
};
