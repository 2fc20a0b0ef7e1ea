export * from './lib/plan.module';
export * from './lib/policy/plan-policy.sql';
