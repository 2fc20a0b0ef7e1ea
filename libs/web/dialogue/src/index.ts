// Proposals and requests from mayors and the population: the public form and its private link,
// the lists and the moderation and triage of one proposal.
export * from './lib/dialogue.routes';
export * from './lib/surveys/surveys.routes';
export * from './lib/contracts/contracts.routes';
