import { defineAbilityFor, OrganizationType, Role } from '@continuum/domain';
import {
  IndicatorDirection,
  IndicatorSource,
  type IndicatorParameters,
  OperationKind,
  OutcomeMeasure,
  PlanSection,
  PresenceSetting,
} from '@continuum/domain/plan';
import { diagnosticSnapshot, indicatorStatement, monthOf, runNamed } from '@continuum/server/plan';
import type { DataSource, EntityManager } from 'typeorm';

const CABINET = 'Préfecture du Loiret — cabinet';
const BASELINE = '2025-12-31';
const ADOPTED_ON = new Date('2026-02-16T10:00:00Z');

interface DemoObjective {
  section: PlanSection;
  title: string;
  description: string;
  indicatorLabel: string;
  source: IndicatorSource;
  parameters?: IndicatorParameters;
  manualSource?: string;
  direction: IndicatorDirection;
  /** Given for what the platform cannot count back to 2025 (presence, operations began in 2026); computed otherwise. */
  baseline?: number;
  /** The target, as a share of the baseline (0.9 = 10 % fewer). */
  targetShare: number;
  deadline: string;
  pilot: string;
  /** Values entered by hand (manual indicators): day → value. */
  measurements?: [string, number, string][];
}

const OBJECTIVES: DemoObjective[] = [
  {
    section: PlanSection.RESULTS,
    title: 'Faire reculer les cambriolages de logement',
    description: 'Opérations tranquillité vacances étendues, prévention situationnelle avec les bailleurs.',
    indicatorLabel: 'Cambriolages enregistrés sur douze mois',
    source: IndicatorSource.INCIDENTS,
    parameters: { categories: ['CAMBRIOLAGES'] },
    direction: IndicatorDirection.DECREASE,
    targetShare: 0.9,
    deadline: '2026-12-31',
    pilot: 'DDPN du Loiret',
  },
  {
    section: PlanSection.RESULTS,
    title: 'Réduire les vols violents sur la voie publique',
    description: 'Présence renforcée aux heures et lieux identifiés par le diagnostic.',
    indicatorLabel: 'Vols violents (avec ou sans arme) sur douze mois',
    source: IndicatorSource.INCIDENTS,
    parameters: { categories: ['VOLS_AVEC_ARMES', 'VOLS_VIOLENTS_SANS_ARME'] },
    direction: IndicatorDirection.DECREASE,
    targetShare: 0.85,
    deadline: '2026-12-31',
    pilot: 'DDPN du Loiret',
  },
  {
    section: PlanSection.RESULTS,
    title: 'Être davantage présents sur la voie publique',
    description: 'Heures de patrouille pédestre et de présence visible, toutes forces confondues.',
    indicatorLabel: 'Heures de présence sur la voie publique sur douze mois',
    source: IndicatorSource.PRESENCE_HOURS,
    parameters: { setting: PresenceSetting.VOIE_PUBLIQUE },
    direction: IndicatorDirection.INCREASE,
    baseline: 100_000,
    targetShare: 1.4,
    deadline: '2026-12-31',
    pilot: 'Groupement de gendarmerie du Loiret',
  },
  {
    section: PlanSection.RESULTS,
    title: 'Sécuriser les transports en commun',
    description: 'Incivilités et atteintes dans le réseau de l’agglomération orléanaise.',
    indicatorLabel: 'Incivilités dans les transports sur douze mois',
    source: IndicatorSource.INCIDENTS,
    parameters: { categories: ['INCIVILITES_TRANSPORTS'] },
    direction: IndicatorDirection.DECREASE,
    targetShare: 0.8,
    deadline: '2026-12-31',
    pilot: 'Transports de l’Orléanais Démo',
  },
  {
    section: PlanSection.RESULTS,
    title: 'Être présents dans les transports',
    description: 'Présence conjointe police, police municipale et sûreté du réseau.',
    indicatorLabel: 'Heures de présence dans les transports sur douze mois',
    source: IndicatorSource.PRESENCE_HOURS,
    parameters: { setting: PresenceSetting.TRANSPORTS },
    direction: IndicatorDirection.INCREASE,
    baseline: 38_000,
    targetShare: 1.35,
    deadline: '2026-12-31',
    pilot: 'DDPN du Loiret',
  },
  {
    section: PlanSection.MODES_OF_ACTION,
    title: 'Démanteler les points de deal',
    description: 'Opérations coordonnées de harcèlement des points de revente.',
    indicatorLabel: 'Opérations « stupéfiants » menées sur douze mois',
    source: IndicatorSource.OPERATIONS,
    parameters: { operationKinds: [OperationKind.STUPEFIANTS] },
    direction: IndicatorDirection.INCREASE,
    baseline: 12,
    targetShare: 2,
    deadline: '2026-12-31',
    pilot: 'DDPN du Loiret',
  },
  {
    section: PlanSection.MODES_OF_ACTION,
    title: 'Interpeller lors des opérations stupéfiants',
    description: 'Résultats des opérations coordonnées contre les trafics.',
    indicatorLabel: 'Interpellations lors des opérations « stupéfiants »',
    source: IndicatorSource.OPERATION_OUTCOME,
    parameters: { operationKinds: [OperationKind.STUPEFIANTS], outcome: OutcomeMeasure.INTERPELLATIONS },
    direction: IndicatorDirection.INCREASE,
    baseline: 40,
    targetShare: 1.5,
    deadline: '2026-12-31',
    pilot: 'DDPN du Loiret',
  },
  {
    section: PlanSection.MODES_OF_ACTION,
    title: 'Mettre fin aux rodéos motorisés',
    description: 'Orléans et Montargis : saisie des engins, actions avec les bailleurs.',
    indicatorLabel: 'Rodéos urbains enregistrés à Orléans et Montargis',
    source: IndicatorSource.INCIDENTS,
    parameters: { categories: ['RODEOS_URBAINS'], communeCodes: ['45234', '45208'] },
    direction: IndicatorDirection.DECREASE,
    targetShare: 0.7,
    deadline: '2026-12-31',
    pilot: 'Police municipale d’Orléans',
  },
  {
    section: PlanSection.MODES_OF_ACTION,
    title: 'Protéger les exploitations agricoles',
    description: 'Délinquance rurale : vols de matériel, de carburant et de câbles.',
    indicatorLabel: 'Vols de matériel agricole sur douze mois',
    source: IndicatorSource.INCIDENTS,
    parameters: { categories: ['VOLS_MATERIEL_AGRICOLE'] },
    direction: IndicatorDirection.DECREASE,
    targetShare: 0.85,
    deadline: '2026-12-31',
    pilot: 'Groupement de gendarmerie du Loiret',
  },
  {
    section: PlanSection.CONTINUUM,
    title: 'Tenir les délais des actions partagées',
    description: 'Les actions décidées en CLSPD, CISPD et GPO réalisées à la date prévue.',
    indicatorLabel: 'Actions réalisées dans les délais (%)',
    source: IndicatorSource.ACTIONS_ON_TIME,
    direction: IndicatorDirection.INCREASE,
    baseline: 60,
    targetShare: 1.35,
    deadline: '2026-12-31',
    pilot: CABINET,
  },
  {
    section: PlanSection.CONTINUUM,
    title: 'Contrôler les établissements avec les services de l’État',
    description: 'Contrôles conjoints URSSAF, DDFiP, douanes et ARS des commerces liés aux trafics.',
    indicatorLabel: 'Opérations de contrôle d’établissements sur douze mois',
    source: IndicatorSource.OPERATIONS,
    parameters: { operationKinds: [OperationKind.CONTROLE_ETABLISSEMENTS] },
    direction: IndicatorDirection.INCREASE,
    baseline: 6,
    targetShare: 2,
    deadline: '2026-12-31',
    pilot: 'URSSAF Centre-Val de Loire',
  },
  {
    section: PlanSection.DIALOGUE,
    title: 'Améliorer la satisfaction des maires',
    description: 'Enquête semestrielle auprès des maires et des partenaires du continuum.',
    indicatorLabel: 'Maires satisfaits ou très satisfaits (%)',
    source: IndicatorSource.MANUAL,
    manualSource: 'Enquête semestrielle de satisfaction des maires (préfecture)',
    direction: IndicatorDirection.INCREASE,
    baseline: 62,
    targetShare: 75 / 62,
    deadline: '2026-12-31',
    pilot: CABINET,
    measurements: [
      ['2025-12-31', 62, 'Vague de décembre 2025 (139 réponses)'],
      ['2026-06-30', 70, 'Vague de juin 2026 (148 réponses)'],
    ],
  },
];

const TEXTS: Record<PlanSection, string> = {
  [PlanSection.DIAGNOSTIC]:
    'Le Loiret connaît une délinquance du quotidien concentrée sur la métropole orléanaise et l’agglomération montargoise : cambriolages de logement, vols violents sur la voie publique, trafics de stupéfiants dans les quartiers prioritaires, rodéos motorisés. En zone rurale, les vols de matériel agricole progressent. Les chiffres ci-dessous sont ceux du diagnostic au jour de l’adoption du plan.',
  [PlanSection.RESULTS]:
    'Le plan vise des résultats concrets et mesurables : une présence visible accrue sur la voie publique et dans les transports, un recul des cambriolages et des vols violents, la tranquillité retrouvée dans les transports en commun.',
  [PlanSection.MODES_OF_ACTION]:
    'Dans les zones sensibles, des opérations coordonnées combattent les écosystèmes délinquants ; les perturbateurs de l’ordre public sont ciblés ; la délinquance rurale fait l’objet d’un plan propre avec la gendarmerie et la profession agricole.',
  [PlanSection.CONTINUUM]:
    'Le continuum de sécurité est mobilisé : polices municipales, gardes champêtres, bailleurs, transporteurs et sécurité privée partagent les dossiers et les alertes ; les services de l’État (URSSAF, DDFiP, douanes, ARS) participent aux contrôles d’établissements ; le parquet est associé aux groupes de partenariat opérationnel.',
  [PlanSection.DIALOGUE]:
    'Les maires sont associés à chaque étape : réunions bimestrielles de suivi, page de résultats par commune, recueil des propositions des élus et de la population, enquête de satisfaction semestrielle.',
};

/**
 * The Loiret's plan for 2026 (fictional): adopted in February with twelve objectives whose
 * baselines are computed from the demo's data where it reaches back to 2025, and a revision in
 * draft (a target raised, an objective added). Idempotent: nothing is added when the year has a plan.
 */
export async function seedDemoPlan(
  ds: DataSource,
  departementCode: string,
  log: (message: string) => void,
): Promise<void> {
  const [existing] = await ds.query(`select 1 from plans where departement_code = $1 and year = 2026`, [
    departementCode,
  ]);
  if (existing) {
    log('Plan d’action 2026 de démonstration déjà présent.');
    return;
  }
  await ds.transaction(async (manager) => {
    const [claire] = await manager.query(
      `select u.id, u.organization_id from users u where u.email = 'claire.martin@prefecture.demo'`,
    );
    const ability = defineAbilityFor({
      userId: claire.id,
      organizationId: claire.organization_id,
      organizationType: OrganizationType.PREFECTURE,
      publicAuthority: true,
      roles: [Role.COORDINATOR],
    });
    const [plan] = await manager.query(
      `insert into plans (departement_code, year, version, title, diagnostic_text, results_text, modes_of_action_text,
                          continuum_text, dialogue_text, created_by_user_id, created_at)
       values ($1, 2026, 1, 'Plan d’action départemental de restauration de la sécurité du quotidien du Loiret — 2026',
               $2, $3, $4, $5, $6, $7, '2026-01-12T09:00:00Z') returning id`,
      [
        departementCode,
        TEXTS[PlanSection.DIAGNOSTIC],
        TEXTS[PlanSection.RESULTS],
        TEXTS[PlanSection.MODES_OF_ACTION],
        TEXTS[PlanSection.CONTINUUM],
        TEXTS[PlanSection.DIALOGUE],
        claire.id,
      ],
    );
    const positions = new Map<PlanSection, number>();
    for (const objective of OBJECTIVES) {
      const baseline = objective.baseline ?? (await computedBaseline(manager, objective, ability));
      const position = (positions.get(objective.section) ?? 0) + 1;
      positions.set(objective.section, position);
      const [row] = await manager.query(
        `insert into plan_objectives (plan_id, section, position, title, description, indicator_label, indicator_source,
                indicator_parameters, manual_source, direction, baseline_value, baseline_date, target_value, deadline,
                pilot_organization_id)
         select $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, o.id from organizations o where o.name = $15
         returning lineage_id`,
        [
          plan.id,
          objective.section,
          position,
          objective.title,
          objective.description,
          objective.indicatorLabel,
          objective.source,
          JSON.stringify(objective.parameters ?? {}),
          objective.manualSource ?? null,
          objective.direction,
          baseline,
          BASELINE,
          Math.round(baseline * objective.targetShare),
          objective.deadline,
          objective.pilot,
        ],
      );
      for (const [on, value, source] of objective.measurements ?? [])
        await manager.query(
          `insert into objective_measurements (lineage_id, measured_on, value, source, entered_by_user_id, entered_by_label)
           values ($1, $2, $3, $4, $5, 'Claire Martin (Préfecture du Loiret — cabinet)')`,
          [row.lineage_id, on, value, source, claire.id],
        );
    }
    const snapshot = await diagnosticSnapshot(manager, departementCode, ADOPTED_ON);
    await manager.query(
      `update plans set status = 'ADOPTED', submitted_at = '2026-02-02T09:00:00Z', submitted_by_label = $2,
              adopted_at = $3, adopted_by_label = 'Le préfet du Loiret (démonstration)', diagnostic_snapshot = $4
        where id = $1`,
      [plan.id, 'Claire Martin (Préfecture du Loiret — cabinet)', ADOPTED_ON, JSON.stringify(snapshot)],
    );
    await reviseInDraft(manager, plan.id, claire.id);
    // Orléans' results are published: its public page is open.
    await manager.query(
      `insert into public_result_pages (commune_code, enabled_by_label, enabled_at)
       values ('45234', 'Claire Martin (Préfecture du Loiret — cabinet)', '2026-03-02T09:00:00Z') on conflict do nothing`,
    );
    const review = await seedHeldReview(manager, ability);
    log(
      `Plan d’action 2026 : adopté (${OBJECTIVES.length} objectifs), une révision en projet` +
        (review ? ', la dernière revue bimestrielle tenue avec son compte rendu.' : '.'),
    );
  });
}

async function computedBaseline(
  manager: EntityManager,
  objective: DemoObjective,
  ability: ReturnType<typeof defineAbilityFor>,
): Promise<number> {
  const statement = indicatorStatement(
    objective.source as Exclude<IndicatorSource, IndicatorSource.MANUAL>,
    objective.parameters ?? {},
    ability,
  );
  // The baseline's day ends December 2025: the twelve months of 2025.
  const month = monthOf(BASELINE);
  const [row] = await runNamed<{ value: number | null }>(manager, statement.sql, {
    ...statement.params,
    months: [month],
  });
  return Math.max(1, Math.round(Number(row?.value ?? 0)));
}

/** Version 2 in draft: the burglaries' target raised after the mid-year review, new objectives (the dialogue's among them). */
async function reviseInDraft(manager: EntityManager, adoptedId: string, userId: string): Promise<void> {
  const [draft] = await manager.query(
    `insert into plans (departement_code, year, version, title, diagnostic_text, results_text, modes_of_action_text,
                        continuum_text, dialogue_text, revision_note, previous_version_id, created_by_user_id)
     select departement_code, year, 2, title, diagnostic_text, results_text || $3, modes_of_action_text, continuum_text,
            dialogue_text, 'Revue à mi-parcours : cible des cambriolages relevée, dégradations du mobilier urbain ajoutées', id, $2
       from plans where id = $1 returning id`,
    [
      adoptedId,
      userId,
      ' Après la revue de mi-parcours, l’effort porte aussi sur les dégradations du mobilier urbain.',
    ],
  );
  await manager.query(
    `insert into plan_objectives (plan_id, lineage_id, section, position, title, description, indicator_label, indicator_source,
            indicator_parameters, manual_source, direction, baseline_value, baseline_date, target_value, deadline, pilot_organization_id)
     select $2, lineage_id, section, position, title, description, indicator_label, indicator_source, indicator_parameters,
            manual_source, direction, baseline_value, baseline_date,
            case when title = 'Faire reculer les cambriolages de logement' then round(baseline_value * 0.85) else target_value end,
            deadline, pilot_organization_id
       from plan_objectives where plan_id = $1`,
    [adoptedId, draft.id],
  );
  await manager.query(
    `insert into plan_objectives (plan_id, section, position, title, description, indicator_label, indicator_source,
            indicator_parameters, direction, baseline_value, baseline_date, target_value, deadline, pilot_organization_id)
     select $1, 'RESULTS', 6, 'Réduire les dégradations', 'Mobilier urbain, abribus et équipements publics.',
            'Destructions et dégradations sur douze mois', 'INCIDENTS', '{"categories":["DESTRUCTIONS_DEGRADATIONS"]}',
            'DECREASE', b.value, '2026-06-30', round(b.value * 0.9), '2027-06-30', o.id
       from organizations o,
            (select greatest(1, sum(incidents))::numeric as value from incident_monthly_counts
              where category = 'DESTRUCTIONS_DEGRADATIONS' and month > date '2026-06-01' - interval '12 months' and month <= date '2026-06-01') b
      where o.name = 'Police municipale d’Orléans'`,
    [draft.id],
  );
  // The dialogue feeds the plan: the answer delay to proposals and the contracts' commitments kept.
  await manager.query(
    `insert into plan_objectives (plan_id, section, position, title, description, indicator_label, indicator_source,
            indicator_parameters, direction, baseline_value, baseline_date, target_value, deadline, pilot_organization_id)
     select $1::uuid, 'DIALOGUE'::plan_section, 2, 'Répondre vite aux propositions', 'Élus et population reçoivent une réponse en moins de trois semaines.',
            'Délai médian de réponse aux propositions (jours)', 'PROPOSAL_ANSWER_DAYS'::indicator_source, '{}'::jsonb, 'DECREASE'::indicator_direction, 30, '2026-06-30'::date, 20,
            '2027-06-30'::date, o.id from organizations o where o.name = 'Préfecture du Loiret — cabinet'
     union all
     select $1::uuid, 'CONTINUUM'::plan_section, 3, 'Tenir les engagements des contrats de sécurité', 'CSI d’Orléans et volet sécurité de la convention PVD de Gien.',
            'Engagements tenus dans les délais (%)', 'COMMITMENTS_KEPT'::indicator_source, '{}'::jsonb, 'INCREASE'::indicator_direction, 50, '2026-06-30'::date, 80,
            '2027-06-30'::date, o.id from organizations o where o.name = 'Préfecture du Loiret — cabinet'`,
    [draft.id],
  );
}

/**
 * The last bimonthly review, held five weeks ago, its report written (to be approved by the
 * cabinet): the objectives off track at the time (their figures of the month before), two
 * operations of the period, a local initiative, and two decisions.
 */
async function seedHeldReview(
  manager: EntityManager,
  ability: ReturnType<typeof defineAbilityFor>,
): Promise<boolean> {
  const [body] = await manager.query(
    `select id from coordination_bodies where kind = 'REVUE_PADRSQ' order by created_at limit 1`,
  );
  if (!body) return false;
  const [{ held }] = await manager.query(
    `select (date_trunc('day', now() at time zone 'Europe/Paris') - interval '35 days'
             + case extract(isodow from now() at time zone 'Europe/Paris' - interval '35 days') when 6 then interval '2 days' when 7 then interval '1 day' else interval '0' end
             + interval '10 hours') at time zone 'Europe/Paris' as held`,
  );
  const heldAt = new Date(held);
  const user = async (email: string) =>
    (await manager.query(`select id from users where email = $1`, [email]))[0].id as string;
  const claire = await user('claire.martin@prefecture.demo');
  const [meeting] = await manager.query(
    `insert into meetings (body_id, kind, starts_at, ends_at, place, status, sequence, convened_at, summary,
                           created_by_user_id, created_at)
     values ($1, 'REVUE_BIMESTRIELLE', $2, $2::timestamptz + interval '2 hours', 'Préfecture du Loiret, salon Jeanne-d’Arc',
             'HELD', 1, $2::timestamptz - interval '12 days', $3, $4, $2::timestamptz - interval '20 days')
     returning id`,
    [
      body.id,
      heldAt,
      'Revue des objectifs du plan : les cambriolages et les vols violents restent au-dessus de leur trajectoire ; la présence sur la voie publique progresse. Deux décisions.',
      claire,
    ],
  );
  for (const [email, attendance] of [
    ['claire.martin@prefecture.demo', 'PRESENT'],
    ['laurent.moreau@police.demo', 'PRESENT'],
    ['julie.lefebvre@gendarmerie.demo', 'PRESENT'],
    ['antoine.roux@justice.demo', 'PRESENT'],
    ['serge.aubert@orleans.demo', 'PRESENT'],
    ['gaelle.lambert@montargis.demo', 'EXCUSED'],
  ])
    await manager.query(
      `insert into meeting_invitees (meeting_id, user_id, attendance) select $1, id, $3::attendance from users where email = $2 on conflict do nothing`,
      [meeting.id, email, attendance],
    );
  const month = monthOf(new Date(heldAt.getTime() - 31 * 86_400_000).toISOString().slice(0, 10));
  const items: { section: string; title: string; reason: string; decision?: [string, string] }[] = [];
  for (const objective of OBJECTIVES.filter((one) => one.source === IndicatorSource.INCIDENTS).slice(0, 3)) {
    const statement = indicatorStatement(IndicatorSource.INCIDENTS, objective.parameters ?? {}, ability);
    const [row] = await runNamed<{ value: number }>(manager, statement.sql, {
      ...statement.params,
      months: [month],
    });
    items.push({
      section: 'PLAN_OBJECTIVES',
      title: `Objectif « ${objective.title} »`,
      reason: `${objective.indicatorLabel} : ${Math.round(Number(row?.value ?? 0)).toLocaleString('fr-FR')} à fin ${new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' }).format(new Date(`${month}T12:00:00Z`))} — en retard sur la trajectoire`,
      decision:
        objective.title === 'Faire reculer les cambriolages de logement'
          ? [
              'Étendre l’opération tranquillité vacances aux fêtes de fin d’année dans la métropole.',
              'DDPN du Loiret',
            ]
          : undefined,
    });
  }
  const operations: { reference: string; title: string }[] = await manager.query(
    `select reference, title from operations where status = 'DONE' and starts_at < $1 and starts_at >= $1::timestamptz - interval '61 days'
      order by starts_at desc limit 2`,
    [heldAt],
  );
  for (const operation of operations)
    items.push({
      section: 'PLAN_OPERATIONS',
      title: `${operation.reference} — ${operation.title}`,
      reason: 'Opération coordonnée de la période',
    });
  items.push({
    section: 'FREE',
    title: 'Initiative locale : marche exploratoire de nuit à Montargis',
    reason: 'Proposée par la mairie de Montargis',
    decision: [
      'Associer la police municipale et le bailleur à la marche de décembre.',
      'Mairie de Montargis',
    ],
  });
  for (const [index, item] of items.entries()) {
    const [row] = await manager.query(
      `insert into agenda_items (meeting_id, position, section, title, reason, duration_minutes)
       values ($1, $2, $3::agenda_section, $4, $5, 10) returning id`,
      [meeting.id, index + 1, item.section, item.title, item.reason],
    );
    if (item.decision)
      await manager.query(
        `insert into agenda_decisions (agenda_item_id, text, owner_organization_id, due_on, created_by_user_id, created_at)
         select $1, $2, o.id, ($4::timestamptz + interval '45 days')::date, $5, $4 from organizations o where o.name = $3`,
        [row.id, item.decision[0], item.decision[1], heldAt, claire],
      );
  }
  return true;
}
