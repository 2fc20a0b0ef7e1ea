export * from './lib/mail-message.entity';
export * from './lib/mail.jobs';
export * from './lib/mail.service';
export * from './lib/mail.module';
export * from './lib/ics';
