export * from './lib/dialogue.module';
export * from './lib/proposal.entity';
export * from './lib/policy/dialogue-policy.sql';
export * from './lib/proposal-read.service';
export { signFormToken, checkFormToken } from './lib/submission/form-token';
export * from './lib/policy/contract-policy.sql';
