// End-to-end tests: Jest drives Debian's Chromium through playwright-core against a running
// Continuum (API + built client on one URL, given by E2E_BASE_URL). No browser is downloaded.
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // otplib (the second-factor scenario computes codes as a phone would) and its ES-module-only
    // plugins, turned into CommonJS as in jest.shared.js.
    '/node_modules/(@scure|@noble)/.+\\.js$': [
      'babel-jest',
      { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] },
    ],
  },
  transformIgnorePatterns: ['^(?!.*/node_modules/(@scure|@noble)/).*/node_modules/'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // The convocation scenario catches the API's mails with the SMTP catcher of server/mail.
  moduleNameMapper: {
    '^@continuum/server/mail/testing$': '<rootDir>/../../libs/server/mail/src/testing.ts',
  },
  // One browser at a time: two cores, and the scenarios share the demo database.
  maxWorkers: 1,
  testSequencer: '<rootDir>/sequencer.js',
  testTimeout: 60_000,
};
