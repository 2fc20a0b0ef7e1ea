export * from './lib/videoprotection.module';
export * from './lib/video-project.entity';
export * from './lib/policy/video-policy.sql';
