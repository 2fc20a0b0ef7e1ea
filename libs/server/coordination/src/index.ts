export * from './lib/coordination.entities';
