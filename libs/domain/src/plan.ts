// The plan's vocabulary (sections, versions, indicators, operations, presence): a separate entry,
// like the diagnostic's, so that only the plan's lazy pages carry its label tables.
export * from './lib/plan/plan';
