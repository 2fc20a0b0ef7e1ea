// npm run bench:meetings — preparing a meeting of a large body (issue #4): a CLSPD with 5,000 attached
// cases, 20,000 actions, a few hundred escalations, a backlog and a previous meeting whose minutes
// were approved (carried-over items, decisions), all generated here. As the secretary (Sophie
// Bernard), it times the agenda proposal (GraphQL), then, once 120 proposals are accepted, the
// download of the agenda in DOCX and PDF. Prints p50/p95 against the targets (proposal ≤ 200 ms p50,
// each document ≤ 1 s), the SQL statements per request, the same proposal measured inside the
// service and as its one candidate query in raw SQL, and the EXPLAIN ANALYZE of that query.
// BENCH_RUNS (default 40) measures after 5 warm-ups. Exits 1 only when a request fails.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { buildServer, ensureServices, ROOT, runNode, startApi } from '../scripts/lib.mjs';
import { fetchApi } from './load-driver.mjs';

const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 5;
const ACCEPTED = 120;
const TARGET_PROPOSALS_MS = 200;
const TARGET_DOCUMENT_MS = 1000;
const database = 'continuum_bench_meetings';
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
const port = Number(process.env.BENCH_PORT ?? 4991);
const base = `http://127.0.0.1:${port}`;
const { login, graphql, download } = fetchApi(base);
const SECRETARY = 'sophie.bernard@orleans.demo';
const BODY_NAME = 'CLSPD d’Orléans — banc d’essai';
const MEMBER_ORGANIZATIONS = [
  'Mairie d’Orléans',
  'Police municipale d’Orléans',
  'DDPN du Loiret',
  'Parquet d’Orléans',
  'Val de Loire Habitat Démo',
  'Transports de l’Orléanais Démo',
  'Préfecture du Loiret — cabinet',
];
const MEMBER_PEOPLE = [
  SECRETARY,
  'marc.petit@orleans.demo',
  'paul.durand@pm-orleans.demo',
  'laurent.moreau@police.demo',
  'antoine.roux@justice.demo',
  'nadia.fournier@bailleur.demo',
  'thomas.girard@transport.demo',
];

const benchStarted = performance.now();
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`BENCH_RUNS invalide : « ${process.env.BENCH_RUNS} »`);

await ensureServices();
await buildServer();
require(`${ROOT}/tools/scripts/dist-paths.cjs`);
const { Client } = require('pg');
const { AGENDA_SECTION_LABELS, defineAbilityFor, isPublicAuthority } = require('@continuum/domain');

await runNode('dist/server/tools/db/db-cli.js', ['drop'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['seed'], { DATABASE_URL: databaseUrl });

const pg = new Client({ connectionString: databaseUrl });
await pg.connect();
const generationStarted = performance.now();
const bodyId = await generate(pg);
const volumes = await volumesOf(pg, bodyId);
process.stdout.write(`Données générées en ${seconds(performance.now() - generationStarted)}\n`);

const { child } = await startApi(
  {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    CONTINUUM_REDIS_PREFIX: 'continuum-bench-meetings:',
    // An API process only: the background jobs (the due-actions scan over 20,000 actions at start,
    // the relay's poll) would take CPU and SQL statements from the requests measured here.
    CONTINUUM_PROCESS: 'api',
    // No convocation is sent here: nothing needs to listen there.
    SMTP_URL: 'smtp://127.0.0.1:9',
  },
  { quiet: true },
);

// The secretary's view: every section counted over all attached cases, the 30 most urgent of each returned.
const PROPOSALS = `query Proposals($id: ID!) { meeting(id: $id) { proposalCounts { section total }
  proposals { key section reason case { id reference title sensitivity } } } }`;

let failure = null;
const figures = {};
try {
  const cookie = await login(SECRETARY);
  const startsAt = new Date(Date.now() + 10 * 86_400_000);
  startsAt.setUTCHours(13, 0, 0, 0);
  const created = await graphql(
    cookie,
    `
      mutation Create($bodyId: ID!, $input: MeetingInput!) {
        createMeeting(bodyId: $bodyId, input: $input) {
          id
        }
      }
    `,
    { bodyId, input: { kind: 'PLENIERE', startsAt: startsAt.toISOString(), durationMinutes: 120 } },
  );
  const meetingId = created.createMeeting.id;

  // 1. The proposal, through the API.
  figures.proposals = await measure(async () => {
    const data = await graphql(cookie, PROPOSALS, { id: meetingId });
    figures.counts = data.meeting.proposalCounts;
    return data.meeting.proposals;
  });
  const proposals = figures.proposals.last;
  figures.sections = Object.fromEntries(figures.counts.map((c) => [c.section, c.total]));

  // 2. The same proposal inside the service (no GraphQL, no HTTP), and its candidate query alone.
  figures.inside = await insideTheService(meetingId);

  // 3. A long agenda: 120 proposals taken in turn from each section, then the documents.
  const keys = roundRobin(proposals, ACCEPTED).map((p) => p.key);
  const acceptStarted = performance.now();
  await graphql(
    cookie,
    `
      mutation Accept($meetingId: ID!, $keys: [String!]!) {
        acceptAgendaProposals(meetingId: $meetingId, keys: $keys) {
          id
        }
      }
    `,
    { meetingId, keys },
  );
  figures.acceptMs = performance.now() - acceptStarted;
  const agenda = await graphql(
    cookie,
    `
      query Agenda($id: ID!) {
        meeting(id: $id) {
          agenda {
            id
          }
        }
      }
    `,
    {
      id: meetingId,
    },
  );
  figures.agendaItems = agenda.meeting.agenda.length;
  if (figures.agendaItems !== keys.length)
    throw new Error(`ordre du jour : ${figures.agendaItems} points au lieu de ${keys.length}`);
  figures.docx = await measure(() => download(cookie, `/exports/meetings/${meetingId}/agenda.docx`, 'PK'));
  figures.pdf = await measure(() => download(cookie, `/exports/meetings/${meetingId}/agenda.pdf`, '%PDF'));
} catch (error) {
  failure = error;
} finally {
  await stop(child);
  await pg.end();
}

if (failure) {
  process.stderr.write(`\n✖ Une requête a échoué : ${failure.stack ?? failure}\n`);
  process.exit(1);
}
report();

// ---------------------------------------------------------------------------------------------

function report() {
  const { proposals, docx, pdf, inside } = figures;
  const rows = [
    [
      `Proposition de l’ordre du jour (API, ${fr(figures.counts.reduce((sum, c) => sum + c.total, 0))} propositions, ${fr(proposals.last.length)} renvoyées)`,
      proposals,
      `p50 ≤ ${TARGET_PROPOSALS_MS} ms`,
      proposals.p50 <= TARGET_PROPOSALS_MS,
      proposals.statements,
    ],
    [
      `Ordre du jour DOCX (${figures.agendaItems} points, ${kilobytes(docx.last.length)})`,
      docx,
      `p95 ≤ ${TARGET_DOCUMENT_MS / 1000} s`,
      docx.p95 <= TARGET_DOCUMENT_MS,
      docx.statements,
    ],
    [
      `Ordre du jour PDF (${figures.agendaItems} points, ${kilobytes(pdf.last.length)})`,
      pdf,
      `p95 ≤ ${TARGET_DOCUMENT_MS / 1000} s`,
      pdf.p95 <= TARGET_DOCUMENT_MS,
      pdf.statements,
    ],
  ];
  if (inside.service)
    rows.push(
      ['  dont AgendaService.proposals (hors GraphQL/HTTP)', inside.service, '', null, inside.statements],
      ['  dont la requête des candidats seule (SQL brut)', inside.raw, '', null, 1],
    );
  const table = [
    ['Mesure', 'p50', 'p95', 'Cible', 'Verdict', 'Requêtes SQL'],
    ...rows.map(([label, m, target, met, statements]) => [
      label,
      ms(m.p50),
      ms(m.p95),
      target,
      met === null ? '' : met ? 'atteint' : 'non atteint',
      String(statements),
    ]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 || i >= 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [
    '',
    `Continuum — préparation d’une séance de « ${BODY_NAME} » (${RUNS} mesures après ${WARMUP} de chauffe)`,
    '',
    'Volumes',
    `  dossiers rattachés à l’instance : ${fr(volumes.cases)} (dont ${fr(volumes.open)} ouverts, ${fr(volumes.red)} TLP:RED exclus d’une plénière)`,
    `  actions : ${fr(volumes.actions)} (dont ${fr(volumes.overdue)} en retard au jour de la séance)`,
    `  signalements à l’instance : ${fr(volumes.escalations)} (dont ${fr(volumes.openEscalations)} non repris)`,
    `  séance précédente (compte rendu approuvé, il y a 40 jours) : ${volumes.previousItems} points, ${volumes.carried} reportés, ${volumes.decisions} décisions`,
    `  points en attente (backlog) : ${volumes.backlog}`,
    `  propositions par section : ${Object.entries(figures.sections)
      .map(([section, n]) => `${AGENDA_SECTION_LABELS[section] ?? section} ${fr(n)}`)
      .join(', ')}`,
    `  ${ACCEPTED} propositions retenues en ${ms(figures.acceptMs)} (une mesure)`,
    '',
    line(table[0]),
    line(widths.map((w) => '─'.repeat(w))),
    ...table.slice(1).map(line),
    '',
    'Les documents sont jugés sur le p95 (« chaque document ≤ 1 s ») ; la proposition sur le p50.',
    'Requêtes SQL : le maximum par appel, compté par l’API (continuum_sql_statements_total).',
  ];
  if (inside.plan)
    out.push('', 'EXPLAIN ANALYZE de la requête des candidats :', ...inside.plan.map((l) => `  ${l}`));
  else out.push('', `Mesure dans le service indisponible : ${inside.error}`);
  out.push('', `Durée totale du banc : ${seconds(performance.now() - benchStarted)}`, '');
  process.stdout.write(out.join('\n'));
}

/** Times `work` RUNS times after WARMUP, with the SQL statements each call costs the API. */
async function measure(work) {
  const times = [];
  const statements = [];
  let last;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const before = await sqlCount();
    const started = performance.now();
    last = await work();
    const elapsed = performance.now() - started;
    const after = await sqlCount();
    if (i >= WARMUP) {
      times.push(elapsed);
      statements.push(after - before);
    }
  }
  return { ...percentiles(times), statements: Math.max(...statements), last };
}

/**
 * AgendaService.proposals called in this process on its own connection pool, the SQL it runs
 * captured: the candidate query (the one over the body's cases) is then timed raw and explained.
 * A diagnostic only: when the service cannot be built here, the API figures still stand.
 */
/** The compiled server's modules, loaded from dist once the build has run. */
function serverModules() {
  const dist = `${ROOT}/dist/server`;
  const lib = `${dist}/libs/server/meetings/src/lib`;
  return {
    DataSource: require('typeorm').DataSource,
    dataSourceOptions: require(`${dist}/libs/server/platform/src/index.js`).dataSourceOptions,
    CaseQueryService: require(`${dist}/libs/server/cases/src/index.js`).CaseQueryService,
    MeetingEntity: require(`${lib}/entities/meeting.entities.js`).MeetingEntity,
    ENTITIES: require(`${dist}/tools/db/entities.js`).ENTITIES,
    AgendaService: require(`${lib}/agenda.service.js`).AgendaService,
    MeetingsService: require(`${lib}/meetings.service.js`).MeetingsService,
  };
}

async function insideTheService(meetingId) {
  let ds;
  try {
    const {
      DataSource,
      dataSourceOptions,
      CaseQueryService,
      MeetingEntity,
      ENTITIES,
      AgendaService,
      MeetingsService,
    } = serverModules();
    const captured = [];
    const ignore = () => undefined;
    ds = new DataSource({
      ...dataSourceOptions(databaseUrl),
      entities: ENTITIES,
      logger: {
        logQuery: (query, parameters) => captured.push({ query, parameters: parameters ?? [] }),
        logQueryError: ignore,
        logQuerySlow: ignore,
        logSchemaBuild: ignore,
        logMigration: ignore,
        log: ignore,
      },
    });
    await ds.initialize();
    const meetings = new MeetingsService(ds, null, {
      timeZone: process.env.CONTINUUM_TIME_ZONE || 'Europe/Paris',
    });
    const agenda = new AgendaService(ds, meetings, new CaseQueryService(ds, null), null);
    const meeting = await ds.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
    const principal = await principalOf(SECRETARY);
    const times = [];
    let statements = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      captured.length = 0;
      const started = performance.now();
      await agenda.proposals(meeting, principal);
      if (i >= WARMUP) times.push(performance.now() - started);
      statements = Math.max(statements, captured.length);
    }
    const candidates = captured.find((q) => q.query.includes('case_escalations'));
    if (!candidates) throw new Error('requête des candidats non trouvée parmi les requêtes capturées');
    const raw = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const started = performance.now();
      await pg.query(candidates.query, candidates.parameters);
      if (i >= WARMUP) raw.push(performance.now() - started);
    }
    const explain = await pg.query(`explain (analyze, buffers) ${candidates.query}`, candidates.parameters);
    return {
      service: percentiles(times),
      statements,
      raw: percentiles(raw),
      plan: explain.rows.map((row) => row['QUERY PLAN']),
    };
  } catch (error) {
    return { error: error.message };
  } finally {
    if (ds?.isInitialized) await ds.destroy();
  }
}

async function principalOf(email) {
  const { rows } = await pg.query(
    `select u.id, u.full_name, u.roles::text[] as roles, o.id as org, o.name as org_name, o.type
       from users u join organizations o on o.id = u.organization_id where u.email = $1`,
    [email],
  );
  const [row] = rows;
  const actor = {
    userId: row.id,
    organizationId: row.org,
    organizationType: row.type,
    publicAuthority: isPublicAuthority(row.type),
    roles: row.roles,
  };
  return {
    actor,
    ability: defineAbilityFor(actor),
    sessionId: 'bench',
    label: `${row.full_name} (${row.org_name})`,
  };
}

async function stop(api) {
  if (api.exitCode !== null || api.signalCode !== null) return;
  const exited = once(api, 'exit');
  api.kill('SIGTERM');
  const timer = setTimeout(() => api.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

/** `count` items taken in turn from each section, in the order of the proposal. */
function roundRobin(items, count) {
  const queues = Object.values(
    items.reduce((groups, item) => {
      (groups[item.section] ??= []).push(item);
      return groups;
    }, {}),
  );
  const picked = [];
  while (picked.length < count && queues.some((q) => q.length)) {
    for (const queue of queues) if (queue.length && picked.length < count) picked.push(queue.shift());
  }
  return picked;
}

function ms(value) {
  return `${value.toFixed(1).replace('.', ',')} ms`;
}

function seconds(value) {
  return `${(value / 1000).toFixed(1).replace('.', ',')} s`;
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1).replace('.', ',')} ko`;
}

function fr(n) {
  return Number(n).toLocaleString('fr-FR');
}

async function sqlCount() {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^continuum_sql_statements_total (\d+)/m.exec(text)?.[1] ?? 0);
}

async function volumesOf(client, id) {
  const { rows } = await client.query(
    `select (select count(*) from cases where body_id = $1)::int as cases,
            (select count(*) from cases where body_id = $1 and status in ('NEW', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT', 'ON_HOLD'))::int as open,
            (select count(*) from cases where body_id = $1 and sensitivity = 'RED')::int as red,
            (select count(*) from case_actions a join cases c on c.id = a.case_id where c.body_id = $1)::int as actions,
            (select count(*) from case_actions a join cases c on c.id = a.case_id
              where c.body_id = $1 and a.status in ('TODO', 'IN_PROGRESS') and a.due_on < current_date + 10)::int as overdue,
            (select count(*) from case_escalations where body_id = $1)::int as escalations,
            (select count(*) from case_escalations where body_id = $1 and taken_up_by_meeting_id is null)::int as "openEscalations",
            (select count(*) from agenda_items i join meetings m on m.id = i.meeting_id where m.body_id = $1)::int as "previousItems",
            (select count(*) from agenda_items i join meetings m on m.id = i.meeting_id where m.body_id = $1 and i.carry_over)::int as carried,
            (select count(*) from agenda_decisions d join agenda_items i on i.id = d.agenda_item_id
               join meetings m on m.id = i.meeting_id where m.body_id = $1)::int as decisions,
            (select count(*) from agenda_backlog where body_id = $1)::int as backlog`,
    [id],
  );
  return rows[0];
}

/** The body and everything attached to it, in set-based SQL (a few seconds). Returns the body's id. */
async function generate(client) {
  await client.query('begin');
  const {
    rows: [{ id }],
  } = await client.query(
    `insert into coordination_bodies (name, kind, theme, chair_organization_id, secretary_user_id, commune_codes, created_at)
     select $1, 'CLSPD', 'Banc d’essai de la préparation des séances', o.id, u.id, '{45234}', now() - interval '1 year'
       from organizations o, users u
      where o.name = 'Mairie d’Orléans' and u.email = $2
     returning id`,
    [BODY_NAME, SECRETARY],
  );
  await client.query(
    `insert into coordination_body_organizations (body_id, organization_id)
     select $1, id from organizations where name = any($2)`,
    [id, MEMBER_ORGANIZATIONS],
  );
  await client.query(
    `insert into coordination_body_members (body_id, user_id)
     select $1, u.id from users u
      where u.email = any($2)
        and u.organization_id in (select organization_id from coordination_body_organizations where body_id = $1)`,
    [id, MEMBER_PEOPLE],
  );
  await client.query(
    `create temporary table bench_owners on commit drop as
     select row_number() over (order by name) as n, id from organizations where name = any($1)`,
    [[...MEMBER_ORGANIZATIONS, 'Groupement de gendarmerie du Loiret']],
  );
  // 5,000 cases over the last year: mostly GREEN and AMBER, a few AMBER+STRICT, CLEAR and RED.
  await client.query(
    `insert into cases (reference, title, description, category, commune_code, sensitivity, priority,
                        owner_organization_id, status, body_id, opened_at, assessment_due_on, resolved_at, updated_at)
     select '45-BANC-' || lpad(g::text, 5, '0'),
            (array['Occupation de hall', 'Rodéos urbains', 'Dépôts sauvages', 'Nuisances sonores', 'Point de deal',
                   'Dégradations', 'Incivilités dans le tram', 'Squat'])[1 + g % 8] || ' — secteur ' || (1 + g % 97),
            'Dossier généré pour le banc d’essai des séances (' || g || ').',
            (enum_range(null::case_category))[1 + g % 24], '45234',
            (array['CLEAR','GREEN','GREEN','GREEN','GREEN','GREEN','GREEN','GREEN','GREEN','GREEN',
                   'AMBER','AMBER','AMBER','AMBER','AMBER','AMBER','AMBER','AMBER_STRICT','AMBER_STRICT','RED'])
              [1 + abs(hashtext('s' || g)) % 20]::case_sensitivity,
            (enum_range(null::case_priority))[1 + g % 4],
            (select id from bench_owners where n = 1 + g % (select count(*) from bench_owners)),
            status::case_status, $1, opened_at,
            case when g % 3 = 0 then current_date + (g % 120 - 60) end,
            case when status = 'RESOLVED' then least(opened_at + interval '60 days', now()) end,
            least(opened_at + (g % 30) * interval '1 day', now())
       from (select g,
                    (array['NEW','NEW','NEW','ANALYSIS','ANALYSIS','ANALYSIS','ANALYSIS','ANALYSIS','RESPONSE','RESPONSE',
                           'RESPONSE','RESPONSE','RESPONSE','RESPONSE','ASSESSMENT','ASSESSMENT','ASSESSMENT','RESOLVED',
                           'RESOLVED','RESOLVED'])[1 + abs(hashtext('t' || g)) % 20] as status,
                    date_trunc('minute', now()) - ((g * 7919) % 365) * interval '1 day' - (g % 600) * interval '1 minute' as opened_at
               from generate_series(1, 5000) g) s`,
    [id],
  );
  await client.query(
    `create temporary table bench_cases on commit drop as
     select row_number() over (order by reference) as n, id, opened_at, owner_organization_id
       from cases where body_id = $1`,
    [id],
  );
  await client.query('create index on bench_cases (n)');
  // 20,000 actions, unevenly spread; due 2 to 20 weeks after the case opened, so the older cases
  // carry most of the overdue ones.
  await client.query(
    `insert into case_actions (case_id, title, organization_id, due_on, status, created_at, completed_at)
     select c.id, (array['Rondes de surveillance renforcées', 'Réunion avec les locataires', 'Pose d’éclairage',
                         'Médiation', 'Enlèvement d’épave', 'Rappel à l’ordre', 'Nettoyage du site'])[1 + g % 7] || ' (' || g || ')',
            (select id from bench_owners where n = 1 + abs(hashtext('o' || g)) % (select count(*) from bench_owners)),
            due_on, status::action_status, least(c.opened_at + interval '1 day', now()),
            case when status = 'DONE' then least(due_on::timestamptz, now()) end
       from (select g, 1 + abs(hashtext('a' || g)) % 5000 as n from generate_series(1, 20000) g) a
       join bench_cases c on c.n = a.n
      cross join lateral (select (c.opened_at::date + 14 + abs(hashtext('d' || g)) % 126) as due_on) d
      cross join lateral (
        select case when d.due_on < current_date
                    then (array['DONE','DONE','DONE','DONE','DONE','TODO','TODO','TODO','IN_PROGRESS','IN_PROGRESS'])[1 + g % 10]
                    else (array['TODO','TODO','TODO','TODO','TODO','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','DONE','CANCELLED'])[1 + g % 10]
               end as status) s`,
  );
  // The previous meeting: held 40 days ago, its minutes approved.
  const {
    rows: [{ id: previousId }],
  } = await client.query(
    `insert into meetings (body_id, kind, starts_at, ends_at, place, status, sequence, convened_at, summary,
                           minutes_approved_at, minutes_approved_by_user_id, created_by_user_id, created_at, updated_at)
     select $1, 'PLENIERE', s, s + interval '2 hours', 'Hôtel de ville d’Orléans — salle du conseil', 'MINUTES_APPROVED', 1,
            s - interval '15 days', 'Séance plénière : points de situation et décisions.', s + interval '5 days',
            (select id from users where email = 'marc.petit@orleans.demo'), (select id from users where email = $2),
            s - interval '20 days', s + interval '5 days'
       from (select date_trunc('hour', now() - interval '40 days') as s) t
     returning id`,
    [id, SECRETARY],
  );
  await client.query(
    `insert into meeting_invitees (meeting_id, user_id, attendance)
     select $1, user_id, 'PRESENT' from coordination_body_members where body_id = $2`,
    [previousId, id],
  );
  // ~40 items: 34 on cases (a quarter carried over), 6 free items (2 carried over).
  await client.query(
    `insert into agenda_items (meeting_id, position, section, case_id, title, reason, duration_minutes, notes, carry_over, created_at)
     select $1, row_number() over (order by c.n),
            (array['NEW_CASES','OVERDUE_ACTIONS','ESCALATED','ASSESSMENT_DUE','FOLLOW_UP'])[1 + c.n % 5]::agenda_section,
            c.id, null, 'Proposé par la plateforme', 10, 'Point examiné en séance.', c.n % 4 = 0, now() - interval '45 days'
       from bench_cases c where c.n % 147 = 3`,
    [previousId],
  );
  await client.query(
    `insert into agenda_items (meeting_id, position, section, title, duration_minutes, notes, carry_over, created_at)
     select $1, 34 + g, 'FREE', 'Point divers n° ' || g, 5, 'Échange entre partenaires.', g <= 2, now() - interval '45 days'
       from generate_series(1, 6) g`,
    [previousId],
  );
  // Decisions on two thirds of the case items, each followed by an action of the case.
  await client.query(
    `insert into agenda_decisions (agenda_item_id, text, owner_organization_id, due_on, case_action_id, created_by_user_id, created_at)
     select i.id, 'Décision ' || i.position || ' : ' || a.title, a.organization_id, a.due_on, a.id,
            (select id from users where email = $2), now() - interval '40 days'
       from agenda_items i
       cross join lateral (select a.*, row_number() over (order by a.id) as rank from case_actions a
                            where a.case_id = i.case_id order by a.id limit 2) a
      where i.meeting_id = $1 and i.case_id is not null and i.position % 3 <> 0
        and (a.rank = 1 or i.position % 5 = 0)`,
    [previousId, SECRETARY],
  );
  // Escalations to the body (a fifth already taken up by the previous meeting).
  await client.query(
    `insert into case_escalations (case_id, body_id, by_label, reason, taken_up_by_meeting_id, created_at)
     select c.id, $1,
            (array['Nadia Fournier (Val de Loire Habitat Démo)', 'Paul Durand (Police municipale d’Orléans)',
                   'Thomas Girard (Transports de l’Orléanais Démo)', 'Laurent Moreau (DDPN du Loiret)'])[1 + g % 4],
            (array['Recrudescence des faits', 'Plaintes répétées des habitants', 'Situation bloquée',
                   'Besoin d’un arbitrage du CLSPD'])[1 + g % 4],
            case when g % 5 = 0 then $2::uuid end, now() - (g % 60) * interval '1 day'
       from generate_series(1, 300) g
       join bench_cases c on c.n = 1 + abs(hashtext('e' || g)) % 5000`,
    [id, previousId],
  );
  // The backlog: cases proposed last time and not kept, and three free items.
  await client.query(
    `insert into agenda_backlog (body_id, case_id, reason, from_meeting_id, created_at)
     select $1, c.id, 'Proposé pour la séance précédente, non retenu', $2, now() - interval '41 days'
       from bench_cases c where c.n % 83 = 11`,
    [id, previousId],
  );
  await client.query(
    `insert into agenda_backlog (body_id, title, reason, from_meeting_id, created_at)
     select $1, 'Point en attente n° ' || g, 'Retiré de l’ordre du jour de la séance précédente', $2, now() - interval '41 days'
       from generate_series(1, 3) g`,
    [id, previousId],
  );
  await client.query('commit');
  await client.query('analyze');
  return id;
}
