export * from './lib/entities';
export * from './lib/policy/case-policy.sql';
export * from './lib/case-query.service';
export * from './lib/case-command.service';
export * from './lib/cases.models';
export * from './lib/cases.module';
export { recordEvent } from './lib/case-timeline';
export type { CaseEventKind } from './lib/case-timeline';
export { CreateCaseInput, GeoPointInput } from './lib/cases.inputs';
