export * from './lib/dialogue.module';
export * from './lib/proposal.entity';
export * from './lib/policy/dialogue-policy.sql';
export * from './lib/proposal-read.service';
export { signFormToken, checkFormToken } from './lib/submission/form-token';
export * from './lib/policy/survey-policy.sql';
export { SurveySendingService } from './lib/surveys/survey-sending.service';
export * from './lib/policy/contract-policy.sql';
