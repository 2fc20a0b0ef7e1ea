export * from './lib/coordination.entities';
export * from './lib/coordination.module';
