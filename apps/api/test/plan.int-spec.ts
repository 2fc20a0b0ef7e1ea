import { Api, codeOf, ok, Session } from './api-harness';
import {
  ADD_OBJECTIVE,
  ADOPT,
  aDraftPlan,
  anAdoptedPlan,
  burglaries,
  burglariesOver12Months,
  PLAN,
  type PlanView,
  SUBMIT,
} from './plan-factory';

const TEXTS = `mutation($id: ID!, $input: PlanTextsInput!, $expected: DateTime!) {
  updatePlanTexts(id: $id, input: $input, expectedUpdatedAt: $expected) { id updatedAt sections { section text } } }`;
const REVISE = `mutation($id: ID!, $note: String!) { revisePlan(id: $id, note: $note) { id version status previousVersionId objectives { lineageId title } } }`;
const DIFFERENCES = `query($from: ID!, $to: ID!) { planDifferences(fromId: $from, toId: $to) { kind subject field before after } }`;
const UPDATE_OBJECTIVE = `mutation($id: ID!, $input: ObjectiveInput!, $expected: DateTime!) {
  updateObjective(id: $id, input: $input, expectedUpdatedAt: $expected) { id title targetValue } }`;
const MEASURE = `mutation($id: ID!, $input: MeasurementInput!) { recordMeasurement(objectiveId: $id, input: $input) { id } }`;
const SNAPSHOT = `query($id: ID!) { plan(id: $id) { diagnosticSnapshot { takenOn period incidents categories { label incidents } } } }`;

describe('The PADRSQ written, adopted, frozen and revised by the prefect’s cabinet', () => {
  let api: Api;
  let claire: Session;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
  });
  afterAll(() => api.stop());

  const planOf = async (id: string) => ok(await claire.gql<{ plan: PlanView }>(PLAN, { id })).plan;

  it('opens a year’s plan as a draft with the circular’s five sections, and refuses a second one for that year', async () => {
    const plan = await aDraftPlan(claire, 'PADRSQ du Loiret');
    expect(plan).toMatchObject({ version: 1, status: 'DRAFT' });
    const view = ok(
      await claire.gql<{ plan: { sections: { section: string }[] } }>(
        `query($id: ID!) { plan(id: $id) { sections { section label } } }`,
        { id: plan.id },
      ),
    );
    expect(view.plan.sections.map((section) => section.section)).toEqual([
      'DIAGNOSTIC',
      'RESULTS',
      'MODES_OF_ACTION',
      'CONTINUUM',
      'DIALOGUE',
    ]);
    const again = await claire.gql(
      `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`,
      {
        input: { year: plan.year, title: 'Un autre' },
      },
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toBe(
      `Un plan existe déjà pour ${plan.year} : ouvrez-le, ou révisez sa version adoptée.`,
    );
  });

  it('computes an objective’s baseline from the recorded facts, and its indicator month by month', async () => {
    const plan = await aDraftPlan(claire);
    const { addObjective } = ok(
      await claire.gql<{ addObjective: { baselineValue: number } }>(ADD_OBJECTIVE, {
        planId: plan.id,
        input: burglaries(),
      }),
    );
    expect(addObjective.baselineValue).toBe(await burglariesOver12Months(api, '2025-12-01'));
    const [objective] = (await planOf(plan.id)).objectives;
    const november = objective.indicator.history.find((point) => point.period === '2026-11');
    expect(november?.value).toBe(await burglariesOver12Months(api, '2026-11-01'));
    expect(objective.indicator.history[0].period).toBe('2025-12');
    expect(objective.indicator.scopeNote).toBe('Calculé sur tout le périmètre de l’objectif');
    expect(['ON_TRACK', 'OFF_TRACK', 'REACHED']).toContain(objective.indicator.progress);
  });

  it('counts presence hours and operations’ outcomes exactly as the data adds them up over twelve months', async () => {
    const plan = await aDraftPlan(claire);
    const presence = burglaries({
      title: 'Présence',
      indicatorSource: 'PRESENCE_HOURS',
      indicatorParameters: { setting: 'VOIE_PUBLIQUE' },
      direction: 'INCREASE',
      baselineValue: 1,
      targetValue: 1e9,
    });
    const arrests = burglaries({
      title: 'Interpellations',
      indicatorSource: 'OPERATION_OUTCOME',
      indicatorParameters: { outcome: 'INTERPELLATIONS', operationKinds: ['STUPEFIANTS'] },
      direction: 'INCREASE',
      baselineValue: 1,
      targetValue: 1e9,
    });
    for (const input of [presence, arrests]) ok(await claire.gql(ADD_OBJECTIVE, { planId: plan.id, input }));
    const objectives = (await planOf(plan.id)).objectives;
    const november = (title: string) =>
      objectives
        .find((objective) => objective.title === title)!
        .indicator.history.find((point) => point.period === '2026-11')!.value;
    const [hours] = await api.dataSource.query(
      `select coalesce(sum(hours), 0)::float8 as n from presence_records where setting = 'VOIE_PUBLIQUE' and week_start >= '2025-12-01' and week_start < '2026-12-01'`,
    );
    const [outcome] = await api.dataSource.query(
      `select coalesce(sum(oo.interpellations), 0)::float8 as n from operations o join operation_outcomes oo on oo.operation_id = o.id
        where o.status = 'DONE' and o.kind = 'STUPEFIANTS' and o.starts_at >= '2025-12-01' and o.starts_at < '2026-12-01'`,
    );
    expect(hours.n).toBeGreaterThan(0);
    expect([november('Présence'), november('Interpellations')]).toEqual([hours.n, outcome.n]);
  });

  it('follows the dialogue: proposals received and the contracts’ commitments kept, as the data adds them up', async () => {
    const plan = await aDraftPlan(claire);
    const proposals = burglaries({
      title: 'Propositions',
      indicatorSource: 'PROPOSALS_RECEIVED',
      indicatorParameters: {},
      direction: 'INCREASE',
      baselineValue: 0,
      targetValue: 1e9,
    });
    const commitments = burglaries({
      title: 'Engagements',
      indicatorSource: 'COMMITMENTS_KEPT',
      indicatorParameters: {},
      direction: 'INCREASE',
      baselineValue: 0,
      targetValue: 100,
    });
    for (const input of [proposals, commitments])
      ok(await claire.gql(ADD_OBJECTIVE, { planId: plan.id, input }));
    const objectives = (await planOf(plan.id)).objectives;
    const latest = (title: string) => {
      const history = objectives.find((objective) => objective.title === title)!.indicator.history;
      return history[history.length - 1];
    };
    const month = `${latest('Propositions').period}-01`;
    const [received] = await api.dataSource.query(
      `select count(*)::float8 as n from proposals where status <> 'REJECTED'
          and created_at >= $1::date - interval '11 months' and created_at < $1::date + interval '1 month'`,
      [month],
    );
    const [kept] = await api.dataSource.query(
      `select (100.0 * count(*) filter (where k.status = 'KEPT' and (k.status_changed_at at time zone 'Europe/Paris')::date <= k.due_on)
               / nullif(count(*), 0))::float8 as share
         from contract_commitments k join contracts ct on ct.id = k.contract_id
        where k.due_on >= $1::date - interval '11 months' and k.due_on < $1::date + interval '1 month'
          and k.due_on < (now() at time zone 'Europe/Paris')::date and ct.status in ('SIGNED', 'IN_FORCE', 'EXPIRED')`,
      [month],
    );
    expect(latest('Propositions').value).toBe(received.n);
    expect(latest('Engagements').value).toBe(kept.share === null ? null : Math.round(kept.share * 100) / 100);
  });

  it('refuses each bad objective with the field named in French, and writes nothing', async () => {
    const plan = await aDraftPlan(claire);
    const refusals: [Record<string, unknown>, string, string][] = [
      [
        { targetValue: null },
        'input.targetValue',
        'Un objectif a une cible : indiquez la valeur à atteindre.',
      ],
      [
        { deadline: '2025-06-30' },
        'input.deadline',
        'L’échéance doit être postérieure à la date de référence.',
      ],
      [
        { indicatorParameters: { categories: ['CAMBRIOLAGE'] } },
        'input.indicatorParameters.categories',
        'Catégorie inconnue : « CAMBRIOLAGE ».',
      ],
      [
        { indicatorParameters: { categories: ['CAMBRIOLAGES'], setting: 'TRANSPORTS' } },
        'input.indicatorParameters.setting',
        'Donnée inconnue pour l’indicateur « Faits enregistrés (diagnostic) » : « lieu de présence ».',
      ],
      [
        { indicatorParameters: { communeCodes: ['75056'] } },
        'input.indicatorParameters.communeCodes',
        'Commune inconnue dans le département : « 75056 ».',
      ],
      [
        { indicatorSource: 'MANUAL', indicatorParameters: null, baselineValue: 10 },
        'input.manualSource',
        'Un indicateur saisi à la main indique sa source (d’où viennent ses valeurs).',
      ],
      [
        { baselineValue: 100, targetValue: 120 },
        'input.targetValue',
        'Pour un objectif à la baisse, la cible est inférieure à la valeur de référence (100).',
      ],
      [
        { baselineDate: '2025-02-30' },
        'input.baselineDate',
        'Date invalide (AAAA-MM-JJ, une année de 2000 à 2099).',
      ],
    ];
    for (const [overrides, field, message] of refusals) {
      const result = await claire.gql(ADD_OBJECTIVE, { planId: plan.id, input: burglaries(overrides) });
      expect([codeOf(result), result.errors?.[0].extensions?.field, result.errors?.[0].message]).toEqual([
        'BAD_USER_INPUT',
        field,
        message,
      ]);
    }
    expect((await planOf(plan.id)).objectives).toEqual([]);
  });

  it('freezes an adopted plan: the API refuses a change, and so does the database itself', async () => {
    const plan = await anAdoptedPlan(claire, [burglaries()]);
    expect(plan.status).toBe('ADOPTED');
    const edit = await claire.gql(TEXTS, {
      id: plan.id,
      input: { results: 'Changé' },
      expected: plan.updatedAt,
    });
    expect([codeOf(edit), edit.errors?.[0].message]).toEqual([
      'BAD_USER_INPUT',
      'Ce plan est adopté : il ne peut plus être modifié. Révisez-le pour en préparer une nouvelle version.',
    ]);
    const objective = plan.objectives[0];
    const change = await claire.gql(UPDATE_OBJECTIVE, {
      id: objective.id,
      input: burglaries({ targetValue: 2 }),
      expected: new Date().toISOString(),
    });
    expect(codeOf(change)).toBe('BAD_USER_INPUT');
    await expect(
      api.dataSource.query(`update plans set results_text = 'x' where id = $1`, [plan.id]),
    ).rejects.toThrow(/adopted and frozen/);
    await expect(
      api.dataSource.query(`update plan_objectives set target_value = 0 where plan_id = $1`, [plan.id]),
    ).rejects.toThrow(/frozen/);
    await expect(api.dataSource.query(`delete from plans where id = $1`, [plan.id])).rejects.toThrow(
      /frozen/,
    );
    expect((await planOf(plan.id)).objectives[0].title).toBe('Faire reculer les cambriolages');
  });

  it('embeds the diagnostic’s figures as they stood on the day of adoption', async () => {
    const plan = await anAdoptedPlan(claire, []);
    const { diagnosticSnapshot } = ok(
      await claire.gql<{
        plan: { diagnosticSnapshot: { takenOn: string; incidents: number; period: string } };
      }>(SNAPSHOT, { id: plan.id }),
    ).plan;
    expect(diagnosticSnapshot.takenOn).toBe(new Date().toISOString().slice(0, 10));
    const [{ n }] = await api.dataSource.query(
      `select sum(incidents)::int as n from incident_monthly_counts where month > date_trunc('month', now())::date - interval '13 months' and month < date_trunc('month', now())::date`,
    );
    expect(diagnosticSnapshot.incidents).toBe(n);
    // What is read is what was stored on that day (the database keeps it frozen), not a live count.
    const [stored] = await api.dataSource.query(`select diagnostic_snapshot as s from plans where id = $1`, [
      plan.id,
    ]);
    expect(stored.s).toMatchObject({
      takenOn: diagnosticSnapshot.takenOn,
      incidents: n,
      period: diagnosticSnapshot.period,
    });
  });

  it('revises an adopted plan into the next draft, objectives keeping their lineage, and shows the differences', async () => {
    const adopted = await anAdoptedPlan(claire, [
      burglaries(),
      burglaries({ title: 'Vols de véhicules', indicatorParameters: { categories: ['VOLS_DE_VEHICULES'] } }),
    ]);
    const { revisePlan } = ok(
      await claire.gql<{
        revisePlan: {
          id: string;
          version: number;
          status: string;
          previousVersionId: string;
          objectives: { lineageId: string }[];
        };
      }>(REVISE, { id: adopted.id, note: 'Bilan à mi-parcours' }),
    );
    expect(revisePlan).toMatchObject({ version: 2, status: 'DRAFT', previousVersionId: adopted.id });
    expect(revisePlan.objectives.map((objective) => objective.lineageId).sort()).toEqual(
      adopted.objectives.map((objective) => objective.lineageId).sort(),
    );

    const draft = await planOf(revisePlan.id);
    const burglary = draft.objectives.find(
      (objective) => objective.title === 'Faire reculer les cambriolages',
    )!;
    const updated = await claire.gql(UPDATE_OBJECTIVE, {
      id: burglary.id,
      input: burglaries({
        title: 'Réduire les cambriolages',
        baselineValue: burglary.baselineValue,
        targetValue: 7,
      }),
      expected: (
        draft.objectives.find((objective) => objective.id === burglary.id) as unknown as { updatedAt: string }
      ).updatedAt,
    });
    ok(updated);
    const vehicles = draft.objectives.find((objective) => objective.title === 'Vols de véhicules')!;
    ok(await claire.gql(`mutation($id: ID!) { removeObjective(id: $id) }`, { id: vehicles.id }));
    ok(
      await claire.gql(TEXTS, {
        id: draft.id,
        input: { continuum: 'La police municipale d’Orléans rejoint le plan.' },
        expected: draft.updatedAt,
      }),
    );

    const { planDifferences } = ok(
      await claire.gql<{
        planDifferences: {
          kind: string;
          subject: string;
          field: string | null;
          before: string | null;
          after: string | null;
        }[];
      }>(DIFFERENCES, { from: adopted.id, to: draft.id }),
    );
    expect(planDifferences.map(({ kind, subject, field }) => [kind, subject, field])).toEqual([
      ['SECTION_TEXT', '4. Mobilisation du continuum de sécurité', null],
      ['OBJECTIVE_CHANGED', 'Réduire les cambriolages', 'Intitulé'],
      ['OBJECTIVE_CHANGED', 'Réduire les cambriolages', 'Cible'],
      ['OBJECTIVE_REMOVED', 'Vols de véhicules', null],
    ]);
    expect(planDifferences[2]).toMatchObject({ before: '1', after: '7' });

    // The adopted version is untouched.
    expect((await planOf(adopted.id)).objectives).toHaveLength(2);
  });

  it('records by hand the values of a manual indicator, one per day, and reads them back with their source', async () => {
    const plan = await aDraftPlan(claire);
    const { addObjective } = ok(
      await claire.gql<{ addObjective: { id: string } }>(ADD_OBJECTIVE, {
        planId: plan.id,
        input: burglaries({
          title: 'Sentiment de sécurité',
          indicatorLabel: 'Habitants se disant en sécurité (%)',
          indicatorSource: 'MANUAL',
          indicatorParameters: null,
          manualSource: 'Enquête de victimation de la ville',
          direction: 'INCREASE',
          baselineValue: 61,
          targetValue: 70,
          baselineDate: '2026-01-01',
        }),
      }),
    );
    ok(
      await claire.gql(MEASURE, {
        id: addObjective.id,
        input: { measuredOn: '2026-06-30', value: 64.5, source: 'Enquête de juin' },
      }),
    );
    const again = await claire.gql(MEASURE, {
      id: addObjective.id,
      input: { measuredOn: '2026-06-30', value: 99, source: 'Doublon' },
    });
    expect([codeOf(again), again.errors?.[0].extensions?.field]).toEqual(['CONFLICT', 'input.measuredOn']);
    const negative = await claire.gql(MEASURE, {
      id: addObjective.id,
      input: { measuredOn: '2026-07-31', value: -3, source: 'Erreur' },
    });
    expect([codeOf(negative), negative.errors?.[0].message]).toEqual([
      'BAD_USER_INPUT',
      'La valeur est positive ou nulle.',
    ]);
    const [objective] = (await planOf(plan.id)).objectives;
    expect(objective.indicator).toMatchObject({
      currentValue: 64.5,
      scopeNote: 'Valeurs saisies — source : Enquête de victimation de la ville',
      history: [{ period: '2026-06-30', value: 64.5, masked: false, source: 'Enquête de juin' }],
    });
  });

  it('moves a version draft → submitted → adopted only in that order', async () => {
    const plan = await aDraftPlan(claire);
    const early = await claire.gql(ADOPT, { id: plan.id });
    expect([codeOf(early), early.errors?.[0].message]).toEqual([
      'CONFLICT',
      'Seul un plan soumis à l’adoption peut être adopté : soumettez-le d’abord.',
    ]);
    ok(await claire.gql(SUBMIT, { id: plan.id }));
    const edit = await claire.gql(TEXTS, {
      id: plan.id,
      input: { results: 'x' },
      expected: new Date().toISOString(),
    });
    expect(edit.errors?.[0].message).toBe(
      'Ce plan est soumis à l’adoption : retirez-le de l’adoption pour le modifier.',
    );
    ok(await claire.gql(`mutation($id: ID!) { withdrawPlan(id: $id) { id } }`, { id: plan.id }));
    ok(await claire.gql(SUBMIT, { id: plan.id }));
    ok(await claire.gql(ADOPT, { id: plan.id }));
    const [entry] = await api.dataSource.query(
      `select action, actor_label from audit_entries where subject_id = $1 and action = 'plan.adopt'`,
      [plan.id],
    );
    expect(entry.actor_label).toMatch(/^Claire Martin/);
  });
});
