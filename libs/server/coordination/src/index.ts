export * from './lib/coordination.entities';
export * from './lib/coordination.module';
export * from './lib/bodies/body.models';
export * from './lib/bodies/bodies.service';
export { userLoader, workingGroupLoader } from './lib/bodies/bodies.resolver';
