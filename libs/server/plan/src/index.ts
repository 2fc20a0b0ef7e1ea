export * from './lib/plan.module';
export * from './lib/policy/plan-policy.sql';
export { diagnosticSnapshot } from './lib/plans/diagnostic-snapshot.service';
export { indicatorStatement } from './lib/plans/indicator-sql';
export { run as runNamed } from './lib/plans/plan-sql';
export { monthOf } from './lib/plans/plan-months';
export { PlanReviewProposalsService, type ReviewProposal } from './lib/review/plan-review-proposals.service';
