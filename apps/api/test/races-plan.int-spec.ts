import { Api, ok, Session } from './api-harness';
import {
  ADD_OBJECTIVE,
  ADOPT,
  aDraftPlan,
  anAdoptedPlan,
  burglaries,
  PLAN,
  type PlanView,
  SUBMIT,
} from './plan-factory';
import { race } from './race-outcomes';

const TEXTS = `mutation($id: ID!, $input: PlanTextsInput!, $expected: DateTime!) { updatePlanTexts(id: $id, input: $input, expectedUpdatedAt: $expected) { id } }`;
const UPDATE_OBJECTIVE = `mutation($id: ID!, $input: ObjectiveInput!, $expected: DateTime!) { updateObjective(id: $id, input: $input, expectedUpdatedAt: $expected) { id } }`;
const REVISE = `mutation($id: ID!, $note: String!) { revisePlan(id: $id, note: $note) { id } }`;
const MEASURE = `mutation($id: ID!, $input: MeasurementInput!) { recordMeasurement(objectiveId: $id, input: $input) { id } }`;

describe('The plan under parallel writes: one passes, the others are told in French', () => {
  let api: Api;
  let claire: Session;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
  });
  afterAll(() => api.stop());

  it('adopts a submitted version once out of ten at once, with one entry in the journal', async () => {
    const plan = await aDraftPlan(claire);
    ok(await claire.gql(SUBMIT, { id: plan.id }));
    const outcome = await race(10, () => claire.gql(ADOPT, { id: plan.id }));
    expect(outcome.winners).toHaveLength(1);
    expect(new Set(outcome.told)).toEqual(
      new Set(['CONFLICT : Ce plan vient d’être adopté par quelqu’un d’autre.']),
    );
    const [{ n }] = await api.dataSource.query(
      `select count(*)::int as n from audit_entries where subject_id = $1 and action = 'plan.adopt'`,
      [plan.id],
    );
    expect(n).toBe(1);
  });

  it('keeps one of ten edits of the same texts read at the same moment', async () => {
    const plan = await aDraftPlan(claire);
    const outcome = await race(10, (index) =>
      claire.gql(TEXTS, { id: plan.id, input: { results: `Version ${index}` }, expected: plan.updatedAt }),
    );
    expect(outcome.winners).toHaveLength(1);
    expect(new Set(outcome.told)).toEqual(
      new Set([
        'CONFLICT : Ce plan a été modifié entre-temps par quelqu’un d’autre : rechargez-le avant d’enregistrer.',
      ]),
    );
  });

  it('keeps one of ten edits of one objective, and opens one revision out of five at once', async () => {
    const adopted = await anAdoptedPlan(claire, [burglaries()]);
    const revisions = await race(5, (index) =>
      claire.gql(REVISE, { id: adopted.id, note: `Révision ${index}` }),
    );
    expect(revisions.winners).toHaveLength(1);
    expect(new Set(revisions.told)).toEqual(
      new Set([
        'CONFLICT : Une nouvelle version de ce plan est déjà en cours d’écriture : reprenez-la plutôt que d’en ouvrir une autre.',
      ]),
    );
    const [{ n }] = await api.dataSource.query(`select count(*)::int as n from plans where year = $1`, [
      adopted.year,
    ]);
    expect(n).toBe(2);

    const draftId = (revisions.winners[0] as { revisePlan: { id: string } }).revisePlan.id;
    const draft = ok(
      await claire.gql<{ plan: PlanView & { objectives: { updatedAt: string }[] } }>(PLAN, { id: draftId }),
    ).plan;
    const objective = draft.objectives[0] as PlanView['objectives'][number] & { updatedAt: string };
    const edits = await race(10, (index) =>
      claire.gql(UPDATE_OBJECTIVE, {
        id: objective.id,
        input: burglaries({ baselineValue: objective.baselineValue, targetValue: index + 1 }),
        expected: objective.updatedAt,
      }),
    );
    expect(edits.winners).toHaveLength(1);
    expect(new Set(edits.told)).toEqual(
      new Set([
        'CONFLICT : Cet objectif a été modifié entre-temps par quelqu’un d’autre : rechargez-le avant d’enregistrer.',
      ]),
    );
  });

  it('records one value of ten sent for the same day', async () => {
    const plan = await aDraftPlan(claire);
    const { addObjective } = ok(
      await claire.gql<{ addObjective: { id: string } }>(ADD_OBJECTIVE, {
        planId: plan.id,
        input: burglaries({
          indicatorSource: 'MANUAL',
          indicatorParameters: null,
          manualSource: 'Enquête',
          baselineValue: 50,
          targetValue: 10,
        }),
      }),
    );
    const outcome = await race(10, (index) =>
      claire.gql(MEASURE, {
        id: addObjective.id,
        input: { measuredOn: '2026-03-31', value: index, source: 'Relevé' },
      }),
    );
    expect(outcome.winners).toHaveLength(1);
    expect(new Set(outcome.told)).toEqual(
      new Set(['CONFLICT : Une valeur est déjà enregistrée pour ce jour : supprimez-la pour la remplacer.']),
    );
  });
});
