export * from './lib/alerts.entities';
export * from './lib/alerts.module';
export * from './lib/alert-content';
export * from './lib/fanout.service';
export * from './lib/recipients.sql';
export * from './lib/digest.service';
export * from './lib/alerts.jobs';
export * from './lib/live-notifications';
