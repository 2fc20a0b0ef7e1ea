import { Api, ok } from './api-harness';

const CURRENT = `{ currentPlan(year: 2026) { version status objectives { title indicatorSource baselineValue targetValue
  indicator { currentValue progress } } } plans(year: 2026) { version status } }`;

describe('The demo’s plan: the Loiret’s 2026 PADRSQ adopted, a revision in draft', () => {
  let api: Api;
  beforeAll(async () => {
    api = await Api.start();
  });
  afterAll(() => api.stop());

  it('shows the cabinet twelve objectives with computed indicators, some on track and some off', async () => {
    const claire = await api.as('claire.martin@prefecture.demo');
    type Result = {
      currentPlan: {
        version: number;
        objectives: {
          title: string;
          indicatorSource: string;
          indicator: { currentValue: number | null; progress: string };
        }[];
      };
      plans: { version: number; status: string }[];
    };
    const { currentPlan, plans } = ok(await claire.gql<Result>(CURRENT));
    expect(plans).toEqual([
      { version: 2, status: 'DRAFT' },
      { version: 1, status: 'ADOPTED' },
    ]);
    expect(currentPlan.version).toBe(1);
    expect(currentPlan.objectives).toHaveLength(12);
    const progress = currentPlan.objectives.map((objective) => objective.indicator.progress);
    expect(progress).toContain('OFF_TRACK');
    expect(progress.some((one) => one === 'ON_TRACK' || one === 'REACHED')).toBe(true);
  });
});
