// npm run bench:plan — the plan's read paths at scale (issue #15): the demo département with its
// recorded facts scaled to a million over three years (×22 in every commune × category × month), the
// 100,000-case world of bench:cases, 2,000 coordinated operations with outcomes and a year of weekly
// presence in 60 communes. It times, as the cabinet (Claire Martin), the dashboard — every objective
// of the adopted plan with its current value, progress and history — against p50 ≤ 200 ms; a
// commune's public page cold (its first request) against ≤ 200 ms and cached against p50 ≤ 50 ms;
// the plan's PDF against ≤ 2 s. BENCH_RUNS (default 30) after 3 warm-ups; BENCH_REUSE=1 keeps the
// database of a previous run. Exits 1 only when a request fails.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { buildServer, ensureServices, ROOT, runNode, startApi } from '../scripts/lib.mjs';
import { generateCases } from './generate-cases.mjs';
import { fetchApi, percentiles } from './load-driver.mjs';

const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const REUSE = process.env.BENCH_REUSE === '1';
const TARGETS = { dashboard: 200, cold: 200, cached: 50, pdf: 2000 };
const database = 'continuum_bench_plan';
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
const port = Number(process.env.BENCH_PORT ?? 4993);
const base = `http://127.0.0.1:${port}`;
const { login, graphql, download } = fetchApi(base);

const DASHBOARD = `query($year: Int!) { currentPlan(year: $year) { id objectives { id title indicator {
  currentValue progress share expectedValue scopeNote history { period value masked } } } } }`;

await ensureServices();
await buildServer();
require(`${ROOT}/tools/scripts/dist-paths.cjs`);
const { Client } = require('pg');

const pg = new Client({ connectionString: databaseUrl });
if (!REUSE || !(await exists())) {
  await runNode('dist/server/tools/db/db-cli.js', ['drop'], { DATABASE_URL: databaseUrl });
  await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
  await runNode('dist/server/tools/db/db-cli.js', ['seed'], { DATABASE_URL: databaseUrl });
  await pg.connect();
  const started = performance.now();
  await generate();
  say(`Données générées en ${((performance.now() - started) / 1000) | 0} s`);
} else await pg.connect();
const volumes = (
  await pg.query(`select (select sum(incidents) from incident_monthly_counts)::bigint as facts,
    (select count(*) from cases) as cases, (select count(*) from operations) as operations,
    (select count(*) from presence_records) as presence, (select count(*) from public_result_pages) as pages`)
).rows[0];
say(
  `Volumes : ${fr(volumes.facts)} faits, ${fr(volumes.cases)} dossiers, ${fr(volumes.operations)} opérations, ` +
    `${fr(volumes.presence)} relevés de présence, ${fr(volumes.pages)} pages publiques`,
);
const communes = (
  await pg.query(`select commune_code from public_result_pages order by commune_code`)
).rows.map((r) => r.commune_code);

const { child } = await startApi(
  {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    CONTINUUM_REDIS_PREFIX: 'continuum-bench-plan:',
    CONTINUUM_PROCESS: 'api',
    SMTP_URL: 'smtp://127.0.0.1:9',
  },
  { quiet: true },
);
let failed = false;
try {
  const cookie = await login('claire.martin@prefecture.demo');
  const year = 2026;
  const first = await graphql(cookie, DASHBOARD, { year });
  const planId = first.currentPlan.id;
  const dashboard = await measure(() => graphql(cookie, DASHBOARD, { year }));
  const cold = [];
  for (const code of communes) {
    const started = performance.now();
    await download(null, `/public/resultats/${code}`, '<!doctype html>');
    cold.push(performance.now() - started);
  }
  const cached = await measure(() => download(null, `/public/resultats/${communes[0]}`, '<!doctype html>'));
  const pdf = await measure(() => download(cookie, `/exports/plans/${planId}/plan.pdf`, '%PDF-'), 10);
  const line = (label, figures, target) =>
    say(
      `${label.padEnd(46)} p50 ${ms(figures.p50)}  p95 ${ms(figures.p95)}  cible ${ms(target)}  ${figures.p50 <= target ? 'tenue' : 'MANQUÉE'}`,
    );
  say(`Tableau de bord : ${first.currentPlan.objectives.length} objectifs, ${RUNS} mesures`);
  line('Tableau de bord du cabinet (GraphQL)', dashboard, TARGETS.dashboard);
  line(`Page publique d’une commune, à froid (${cold.length})`, percentiles(cold), TARGETS.cold);
  line('Page publique d’une commune, en cache', cached, TARGETS.cached);
  line('Plan en PDF', pdf, TARGETS.pdf);
} catch (error) {
  failed = true;
  process.stderr.write(`${error.stack ?? error}\n`);
} finally {
  await pg.end();
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
process.exit(failed ? 1 : 0);

async function measure(work, runs = RUNS) {
  const times = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const started = performance.now();
    await work();
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return percentiles(times);
}

async function exists() {
  const admin = new Client({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  const found = (await admin.query('select 1 from pg_database where datname = $1', [database])).rowCount > 0;
  await admin.end();
  return found;
}

/** The scale: facts ×22, the 100,000 cases, a year of operations and presence, 20 public pages. */
async function generate() {
  await pg.query(`update incident_monthly_counts set incidents = incidents * 22`);
  await generateCases(pg);
  await pg.query('begin');
  await pg.query(`
    with forces as (select id, row_number() over (order by name) as n from organizations
                     where type in ('POLICE_NATIONALE', 'GENDARMERIE', 'POLICE_MUNICIPALE', 'URSSAF', 'DOUANES')),
         places as (select code, row_number() over (order by population desc) as n from communes where departement_code = '45' limit 60),
         made as (
           insert into operations (reference, title, kind, status, starts_at, ends_at, commune_codes, organizer_organization_id)
           select 'OP-B-' || lpad(g::text, 5, '0'), 'Opération de banc d’essai ' || g,
                  (array['STUPEFIANTS','RODEOS','TRANSPORTS','CONTROLE_ETABLISSEMENTS','SECURISATION_VOIE_PUBLIQUE','ZONE_RURALE'])[1 + g % 6]::operation_kind,
                  case when g % 20 = 0 then 'PLANNED' else 'DONE' end::operation_status,
                  timestamp '2026-01-01 20:00' + (g % 330) * interval '1 day', timestamp '2026-01-01 23:00' + (g % 330) * interval '1 day',
                  array[(select code from places where n = 1 + g % 60)]::varchar[],
                  (select id from forces where n = 1 + g % (select count(*) from forces))
             from generate_series(1, 2000) g
           returning id, organizer_organization_id)
    insert into operation_participants (operation_id, organization_id) select id, organizer_organization_id from made`);
  await pg.query(`
    insert into operation_outcomes (operation_id, organization_id, interpellations, verbalisations, fermetures_administratives, montants_recouvres, seizures, entered_by_label)
    select p.operation_id, p.organization_id, (abs(hashtext(p.operation_id::text)) % 6), (abs(hashtext(p.operation_id::text)) % 9), 0, 0,
           '[{"nature":"résine de cannabis","quantity":0.5,"unit":"kg"}]', 'Banc d’essai'
      from operation_participants p join operations o on o.id = p.operation_id where o.status = 'DONE' and o.reference like 'OP-B-%'`);
  await pg.query(`
    insert into presence_records (organization_id, week_start, setting, commune_code, hours, agents, entered_by_label)
    select f.id, date '2025-12-29' + w * 7, (array['VOIE_PUBLIQUE','TRANSPORTS'])[1 + (w + f.n) % 2]::presence_setting, c.code,
           20 + (w * 7 + f.n) % 60, 4, 'Banc d’essai'
      from generate_series(0, 47) w
      cross join (select id, row_number() over (order by name) as n from organizations where type in ('POLICE_NATIONALE', 'GENDARMERIE', 'POLICE_MUNICIPALE')) f
      cross join (select code from communes where departement_code = '45' order by population desc limit 60) c
    on conflict do nothing`);
  await pg.query(`
    insert into public_result_pages (commune_code, enabled_by_label)
    select code, 'Banc d’essai' from communes where departement_code = '45' order by population desc limit 20 on conflict do nothing`);
  await pg.query('commit');
  await pg.query('analyze');
}

function say(text) {
  process.stdout.write(`${text}\n`);
}
function ms(value) {
  return `${value.toFixed(1).replace('.', ',')} ms`;
}
function fr(n) {
  return Number(n).toLocaleString('fr-FR');
}
