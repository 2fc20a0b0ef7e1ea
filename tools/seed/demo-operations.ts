import { mulberry32 } from '@continuum/server/platform';
import type { EntityManager } from 'typeorm';

/**
 * The demo's results (issue #15): a year (2026) of fictional coordinated operations of every kind in
 * the Loiret with their participants and outcomes — done before today, a few cancelled, a few
 * planned in the weeks to come — and the weekly hours of visible presence of the forces in the main
 * communes. Deterministic (mulberry32); written once: a second seed finds them and adds nothing.
 */

const ORG = {
  ddpn: 'DDPN du Loiret',
  gendarmerie: 'Groupement de gendarmerie du Loiret',
  pmOrleans: 'Police municipale d’Orléans',
  pmMontargis: 'Police municipale de Montargis',
  urssaf: 'URSSAF Centre-Val de Loire',
  douanes: 'Direction régionale des douanes',
  ddfip: 'DDFiP du Loiret',
  ars: 'ARS Centre-Val de Loire',
  gien: 'Mairie de Gien',
  prefecture: 'Préfecture du Loiret — cabinet',
};

interface Kind {
  kind: string;
  titles: string[];
  organizer: keyof typeof ORG;
  participants: (keyof typeof ORG)[];
  communes: string[][];
  hour: number;
}

const ORLEANS_METRO = ['45234', '45147', '45284', '45285', '45302', '45232'];
const KINDS: Kind[] = [
  {
    kind: 'STUPEFIANTS',
    titles: [
      'Démantèlement d’un point de deal',
      'Opération « place nette »',
      'Contrôles autour d’un point de deal',
    ],
    organizer: 'ddpn',
    participants: ['douanes', 'pmOrleans'],
    communes: [['45234'], ['45147'], ['45285']],
    hour: 6,
  },
  {
    kind: 'RODEOS',
    titles: ['Lutte contre les rodéos motorisés', 'Rodéos urbains : contrôles ciblés'],
    organizer: 'ddpn',
    participants: ['pmOrleans', 'gendarmerie'],
    communes: [['45234'], ['45284'], ['45302']],
    hour: 17,
  },
  {
    kind: 'TRANSPORTS',
    titles: ['Sécurisation du réseau de tramway', 'Contrôles en gare et aux abords'],
    organizer: 'ddpn',
    participants: ['pmOrleans'],
    communes: [['45234', '45147'], ['45208']],
    hour: 16,
  },
  {
    kind: 'CONTROLE_ETABLISSEMENTS',
    titles: [
      'Contrôle conjoint de débits de boissons',
      'Contrôle d’ongleries et de barbiers',
      'Contrôle d’épiceries de nuit',
    ],
    organizer: 'ddpn',
    participants: ['urssaf', 'douanes', 'ddfip', 'ars'],
    communes: [['45234'], ['45208'], ['45155']],
    hour: 19,
  },
  {
    kind: 'SECURISATION_VOIE_PUBLIQUE',
    titles: ['Sécurisation du centre-ville', 'Présence renforcée sur les marchés'],
    organizer: 'pmOrleans',
    participants: ['ddpn'],
    communes: [['45234'], ['45232']],
    hour: 10,
  },
  {
    kind: 'ZONE_RURALE',
    titles: ['Prévention des vols dans les exploitations agricoles', 'Contrôles routiers en zone rurale'],
    organizer: 'gendarmerie',
    participants: ['gien'],
    communes: [
      ['45155', '45004'],
      ['45208', '45004'],
    ],
    hour: 8,
  },
  {
    kind: 'AUTRE',
    titles: ['Contrôle du respect des arrêtés préfectoraux'],
    organizer: 'prefecture',
    participants: ['ddpn', 'gendarmerie'],
    communes: [ORLEANS_METRO],
    hour: 20,
  },
];

type Outcome = Record<string, unknown>;

function outcomeOf(kind: string, org: keyof typeof ORG, rand: () => number): Outcome {
  const n = (max: number) => Math.floor(rand() * (max + 1));
  const seizures: { nature: string; quantity: number; unit: string }[] = [];
  const base = {
    interpellations: 0,
    verbalisations: 0,
    fermetures_administratives: 0,
    montants_recouvres: 0,
  };
  if (org === 'urssaf')
    return {
      ...base,
      montants_recouvres: 2000 + n(30) * 500,
      seizures,
      comment: 'Travail dissimulé relevé.',
    };
  if (org === 'ddfip') return { ...base, montants_recouvres: 1000 + n(20) * 250, seizures, comment: null };
  if (org === 'ars')
    return { ...base, fermetures_administratives: n(1), seizures, comment: 'Manquements d’hygiène.' };
  if (org === 'douanes') {
    seizures.push(
      kind === 'STUPEFIANTS'
        ? { nature: 'Résine de cannabis', quantity: Math.round((0.2 + rand() * 3) * 10) / 10, unit: 'kg' }
        : { nature: 'Tabac de contrebande', quantity: 5 + n(60), unit: 'cartouches' },
    );
    return { ...base, interpellations: n(1), seizures, comment: null };
  }
  if (kind === 'STUPEFIANTS') {
    seizures.push({ nature: 'Herbe de cannabis', quantity: 50 + n(900), unit: 'g' });
    if (rand() < 0.4) seizures.push({ nature: 'Cocaïne', quantity: 5 + n(80), unit: 'g' });
    return {
      ...base,
      interpellations: 1 + n(5),
      verbalisations: n(4),
      montants_recouvres: n(4) * 500,
      seizures,
      comment: null,
    };
  }
  if (kind === 'RODEOS') {
    seizures.push({ nature: 'Deux-roues motorisés', quantity: 1 + n(3), unit: 'véhicules' });
    return { ...base, interpellations: n(2), verbalisations: 2 + n(10), seizures, comment: null };
  }
  if (kind === 'CONTROLE_ETABLISSEMENTS') {
    return { ...base, verbalisations: n(6), fermetures_administratives: n(1), seizures, comment: null };
  }
  return { ...base, interpellations: n(3), verbalisations: 3 + n(25), seizures, comment: null };
}

export async function seedDemoOperations(
  manager: EntityManager,
  today: string,
): Promise<{ operations: number; presence: number }> {
  const orgRows: { id: string; name: string }[] = await manager.query(
    'select id, name from organizations where name = any($1)',
    [Object.values(ORG)],
  );
  const org = (key: keyof typeof ORG) => orgRows.find((row) => row.name === ORG[key])?.id;
  if (Object.keys(ORG).some((key) => !org(key as keyof typeof ORG))) return { operations: 0, presence: 0 };
  const rand = mulberry32(2026_15);
  let operations = 0;
  const [{ count: existing }] = await manager.query('select count(*)::int as count from operations');
  if (existing === 0) {
    const todayMs = Date.parse(`${today}T12:00:00Z`);
    const plans: { starts: Date; kind: Kind }[] = [];
    // About five a month through 2026, and four in the weeks to come whatever today is.
    for (let day = 3; day < 365; day += 4 + Math.floor(rand() * 5)) {
      plans.push({
        starts: new Date(Date.UTC(2026, 0, day)),
        kind: KINDS[Math.floor(rand() * KINDS.length)],
      });
    }
    for (const days of [6, 13, 22, 34]) {
      plans.push({
        starts: new Date(todayMs + days * 86_400_000),
        kind: KINDS[Math.floor(rand() * KINDS.length)],
      });
    }
    plans.sort((a, b) => a.starts.getTime() - b.starts.getTime());
    const counters = new Map<number, number>();
    for (const plan of plans) {
      const { kind } = plan;
      const start = new Date(plan.starts);
      start.setUTCHours(kind.hour - 1, 0, 0, 0);
      const end = new Date(start.getTime() + (3 + Math.floor(rand() * 4)) * 3600_000);
      const year = start.getUTCFullYear();
      const number = (counters.get(year) ?? 0) + 1;
      counters.set(year, number);
      const status = end.getTime() > Date.now() ? 'PLANNED' : rand() < 0.06 ? 'CANCELLED' : 'DONE';
      const communes = kind.communes[Math.floor(rand() * kind.communes.length)];
      const participants = [kind.organizer, ...kind.participants.filter(() => rand() < 0.85)];
      const [row] = await manager.query(
        `insert into operations (reference, title, kind, status, description, starts_at, ends_at, commune_codes,
                                 organizer_organization_id, created_at, status_changed_at)
         values ($1, $2, $3, $4::operation_status, $5, $6, $7, $8, $9, $6::timestamptz - interval '12 days',
                 case when $4::text = 'PLANNED' then null else $7::timestamptz + interval '1 day' end)
         returning id`,
        [
          `OP-${year}-${String(number).padStart(4, '0')}`,
          kind.titles[Math.floor(rand() * kind.titles.length)],
          kind.kind,
          status,
          'Opération fictive de démonstration.',
          start.toISOString(),
          end.toISOString(),
          communes,
          org(kind.organizer),
        ],
      );
      operations++;
      for (const participant of new Set(participants)) {
        await manager.query(
          'insert into operation_participants (operation_id, organization_id) values ($1, $2)',
          [row.id, org(participant)],
        );
        if (status !== 'DONE' || rand() < 0.1) continue;
        const outcome = outcomeOf(kind.kind, participant, rand);
        await manager.query(
          `insert into operation_outcomes (operation_id, organization_id, interpellations, verbalisations,
                  fermetures_administratives, montants_recouvres, seizures, comment, entered_by_label)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            row.id,
            org(participant),
            outcome['interpellations'],
            outcome['verbalisations'],
            outcome['fermetures_administratives'],
            outcome['montants_recouvres'],
            JSON.stringify(outcome['seizures']),
            outcome['comment'],
            `${ORG[participant]} (démonstration)`,
          ],
        );
      }
    }
  }

  let presence = 0;
  const [{ count: existingPresence }] = await manager.query(
    'select count(*)::int as count from presence_records',
  );
  if (existingPresence === 0) {
    const forces: { key: keyof typeof ORG; communes: string[]; settings: string[]; agents: number }[] = [
      {
        key: 'ddpn',
        communes: ORLEANS_METRO.concat('45208'),
        settings: ['VOIE_PUBLIQUE', 'TRANSPORTS'],
        agents: 12,
      },
      { key: 'gendarmerie', communes: ['45155', '45004', '45232'], settings: ['VOIE_PUBLIQUE'], agents: 8 },
      { key: 'pmOrleans', communes: ['45234'], settings: ['VOIE_PUBLIQUE', 'TRANSPORTS'], agents: 10 },
      { key: 'pmMontargis', communes: ['45208'], settings: ['VOIE_PUBLIQUE'], agents: 4 },
    ];
    const lines: Record<string, unknown>[] = [];
    // Every Monday of 2026 up to today.
    for (let monday = new Date(Date.UTC(2025, 11, 29)); monday.toISOString().slice(0, 10) <= today;) {
      monday = new Date(monday.getTime() + 7 * 86_400_000);
      const week = monday.toISOString().slice(0, 10);
      if (week > today || !week.startsWith('2026')) continue;
      const season = 1 + 0.15 * Math.sin(((monday.getUTCMonth() + 1) / 12) * 2 * Math.PI);
      for (const force of forces) {
        for (const commune of force.communes) {
          for (const setting of force.settings) {
            const agents = Math.max(
              1,
              Math.round(force.agents * (0.5 + rand()) * (commune === '45234' ? 2 : 1)),
            );
            const perAgent = setting === 'TRANSPORTS' ? 6 + rand() * 6 : 14 + rand() * 12;
            lines.push({
              organization_id: org(force.key),
              week_start: week,
              setting,
              commune_code: commune,
              hours: Math.round(agents * perAgent * season * 2) / 2,
              agents,
              label: `${ORG[force.key]} (démonstration)`,
            });
          }
        }
      }
    }
    const inserted = await manager.query(
      `insert into presence_records (organization_id, week_start, setting, commune_code, hours, agents, entered_by_label)
       select l.organization_id, l.week_start, l.setting, l.commune_code, l.hours, l.agents, l.label
         from jsonb_to_recordset($1::jsonb) as l(organization_id uuid, week_start date, setting presence_setting,
                                                commune_code varchar, hours numeric, agents int, label text)
         join communes c on c.code = l.commune_code
       returning id`,
      [JSON.stringify(lines)],
    );
    presence = inserted.length;
  }
  return { operations, presence };
}
