export * from './webhook.entities';
export * from './webhook.jobs';
export * from './webhook.dispatcher';
export * from './webhook-signature';
export * from './webhook-address';
export * from './webhooks.module';
