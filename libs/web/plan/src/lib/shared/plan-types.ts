import type {
  PlanDetailQuery,
  PlanDifferencesQuery,
  PlanVersionFieldsFragment,
} from '@continuum/web/data-access';

/** A version of the plan as the lists show it (no texts, no objectives). */
export type PlanVersion = PlanVersionFieldsFragment;
/** One version with its texts, diagnostic and objectives, as the page reads it. */
export type PlanDetail = PlanDetailQuery['plan'];
export type PlanObjective = PlanDetail['objectives'][number];
export type PlanSnapshot = NonNullable<PlanDetail['diagnosticSnapshot']>;
export type PlanDifference = PlanDifferencesQuery['planDifferences'][number];
