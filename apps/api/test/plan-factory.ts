import { type Api, ok, type Session } from './api-harness';

/** A year no other test of the run uses (plans are one per département and year). */
const taken = new Set<number>();
export function aPlanYear(): number {
  for (;;) {
    const year = 2040 + Math.floor(Math.random() * 60);
    if (!taken.has(year)) {
      taken.add(year);
      return year;
    }
  }
}

export const PLAN_FIELDS = `id year version status statusLabel title updatedAt previousVersionId adoptedAt
  sections { section label text }
  objectives { id lineageId title section indicatorSource baselineValue targetValue deadline updatedAt
    indicator { currentValue currentOn comparable progress progressLabel scopeNote history { period value masked source } } }`;

export const CREATE_PLAN = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN_FIELDS} } }`;
export const ADD_OBJECTIVE = `mutation($planId: ID!, $input: ObjectiveInput!) { addObjective(planId: $planId, input: $input) { id lineageId baselineValue updatedAt } }`;
export const SUBMIT = `mutation($id: ID!) { submitPlan(id: $id) { id status } }`;
export const ADOPT = `mutation($id: ID!) { adoptPlan(id: $id) { id status adoptedAt } }`;
export const PLAN = `query($id: ID!) { plan(id: $id) { ${PLAN_FIELDS} } }`;

export interface PlanView {
  id: string;
  year: number;
  version: number;
  status: string;
  updatedAt: string;
  objectives: {
    id: string;
    lineageId: string;
    title: string;
    baselineValue: number;
    indicator: {
      currentValue: number | null;
      comparable: boolean;
      progress: string;
      scopeNote: string;
      history: { period: string; value: number | null; masked: boolean; source: string | null }[];
    };
  }[];
}

/** An objective on the département's burglaries, baseline computed from the data, target 10 % below. */
export const burglaries = (overrides: Record<string, unknown> = {}) => ({
  section: 'RESULTS',
  title: 'Faire reculer les cambriolages',
  indicatorLabel: 'Cambriolages enregistrés sur douze mois',
  indicatorSource: 'INCIDENTS',
  indicatorParameters: { categories: ['CAMBRIOLAGES'] },
  direction: 'DECREASE',
  baselineDate: '2025-12-31',
  targetValue: 1,
  deadline: '2027-12-31',
  ...overrides,
});

/**
 * A draft plan of a year no plan has yet, opened by the cabinet (another year is tried when the
 * run's database already holds one: suites run in parallel and runs may share a database).
 */
export async function aDraftPlan(cabinet: Session, title = 'PADRSQ de test'): Promise<PlanView> {
  for (let attempt = 0; ; attempt++) {
    const result = await cabinet.gql<{ createPlan: PlanView }>(CREATE_PLAN, {
      input: { year: aPlanYear(), title },
    });
    if (result.errors?.[0]?.extensions?.code !== 'CONFLICT' || attempt === 20) return ok(result).createPlan;
  }
}

/** A plan adopted with the given objectives (each added to the draft, then submitted and adopted). */
export async function anAdoptedPlan(
  cabinet: Session,
  objectives: Record<string, unknown>[],
): Promise<PlanView> {
  const plan = await aDraftPlan(cabinet);
  for (const input of objectives) ok(await cabinet.gql(ADD_OBJECTIVE, { planId: plan.id, input }));
  ok(await cabinet.gql(SUBMIT, { id: plan.id }));
  ok(await cabinet.gql(ADOPT, { id: plan.id }));
  return ok(await cabinet.gql<{ plan: PlanView }>(PLAN, { id: plan.id })).plan;
}

/** The département's recorded burglaries over the twelve months ending with `month` (AAAA-MM-01), from SQL. */
export async function burglariesOver12Months(api: Api, month: string, communes?: string[]): Promise<number> {
  const [row] = await api.dataSource.query(
    `select coalesce(sum(incidents), 0)::int as n from incident_monthly_counts
      where category = 'CAMBRIOLAGES' and month > $1::date - interval '12 months' and month <= $1::date
        and ($2::text[] is null or commune_code = any($2))`,
    [month, communes ?? null],
  );
  return row.n;
}
