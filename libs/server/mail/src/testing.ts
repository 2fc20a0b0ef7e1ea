// Test and demonstration helpers; never imported by the application (smtp-server and mailparser
// are development dependencies).
export * from './lib/testing/smtp-catcher';
