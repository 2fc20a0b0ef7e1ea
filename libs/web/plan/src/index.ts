// The PADRSQ in the browser: the plan of a year, its versions and their texts, the objectives'
// dashboard with their indicators, and the differences between two versions.
export * from './lib/plan.routes';
