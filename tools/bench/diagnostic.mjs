// npm run bench:diagnostic — the territorial diagnostic at scale (issue #13, « Speed »). Generates a
// million fictional incidents over three years across the Loiret with the demo's patterns (the
// seed's generator, every mean scaled up) as a CSV in the forces' format, then, on a database of its
// own and the API run with its workers as one process:
//   - imports the file as a user would (upload, column mapping, the BullMQ job, until IMPORTED), timed
//     against a raw `COPY` of the same file into a scratch table in the same run (target ≥ 50 %), the
//     API's RSS sampled every 100 ms meanwhile (target ≤ 300 MB: it streams);
//   - times the full `diagnostic` query — the département as the cabinet (Claire Martin), Orléans as
//     its mayor (Serge Aubert) and as the cabinet — p50/p95 over BENCH_RUNS after warm-ups (target
//     p50 ≤ 150 ms each), and counts the rows it reads from `incidents` (PostgreSQL's statistics),
//     which says whether it reads the aggregates kept by the imports or scans the facts;
//   - times `diagnosticHotspots` (Gi*) at resolution 9 for the département (target ≤ 1 s).
// BENCH_INCIDENTS (default 1000000)  BENCH_RUNS (default 30)  BENCH_YEAR (default: the last full year)
// BENCH_REUSE=1 keeps the generated file and the database of a previous run (the import is then not
// measured again; BENCH_IMPORT=1 measures it again on a copy of the seeded database kept aside)  BENCH_PORT (default 4400). Exits 1 only when something fails.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, existsSync, mkdirSync, openAsBlob, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { buildServer, ensureServices, ROOT, runNode, startApi } from '../scripts/lib.mjs';
import { fetchApi, percentiles, sampleRss } from './load-driver.mjs';

const require = createRequire(import.meta.url);
const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const REUSE = process.env.BENCH_REUSE === '1';
const TARGETS = { ratio: 0.5, diagnostic: 150, hotspots: 1000, rssMb: 300 };
const database = 'continuum_bench_diagnostic';
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
const port = Number(process.env.BENCH_PORT ?? 4400);
const base = `http://127.0.0.1:${port}`;
const folder = join(tmpdir(), 'continuum-bench-diagnostic');
const csvPath = join(folder, `faits-FICTIFS-loiret-${INCIDENTS}.csv`);
const CABINET = 'claire.martin@prefecture.demo';
const MAYOR = 'serge.aubert@orleans.demo';
const ORLEANS = '45234';
const { login, graphql } = fetchApi(base);

const DIAGNOSTIC = `query($year: Int!, $communeCode: String) { diagnostic(year: $year, communeCode: $communeCode) {
  year areaLabel communeCodes minCell lastMonth
  categoryMonths { category label months { count masked partial } }
  hourWeekday { weekday label hours { count masked partial } }
  placeTypes { key label count masked partial }
  communes { code name population dwellings incidents { count masked } ratePerThousand burglaries { count masked } burglaryRatePerThousandDwellings }
  profiles { dimension label cells { key count masked partial } }
  trend { category current previous partial changePercent }
  comparison { category basis areaRate departementRate } } }`;
const HOTSPOTS = `query($year: Int!, $resolution: Int!) { diagnosticHotspots(year: $year, resolution: $resolution) {
  resolution threshold cells { h3 count z significant } predictionAccuracy { hitRate areaShare index hotspotCells } } }`;
const IMPORT = `query($id: ID!) { diagnosticImport(id: $id) { id status refusal lines { read valid rejected imported } } }`;
const START = `mutation($id: ID!, $mapping: IncidentMappingInput!) { startIncidentImport(id: $id, mapping: $mapping) { id status } }`;
const DECIDE = `mutation($id: ID!) { decideDiagnosticImport(id: $id, decision: IMPORT_VALID) { id status } }`;

const benchStarted = performance.now();
const out = [];
const print = (line = '') => {
  out.push(line);
  process.stdout.write(`${line}\n`);
};
print(`Machine (partagée avec d’autres agents et une exécution de tests) : ${uptime()}`);

await ensureServices();
await buildServer();
require(`${ROOT}/tools/scripts/dist-paths.cjs`);
const { Client } = require('pg');
const { from: copyFrom } = require('pg-copy-streams');
const seedIncidents = require(`${ROOT}/dist/server/tools/seed/demo-incidents.js`);
const { DEMO_ZONES } = require(`${ROOT}/dist/server/tools/seed/demo-data.js`);

const fresh = !REUSE || process.env.BENCH_IMPORT === '1' || !(await databaseHolds());
if (fresh) await prepareDatabase();
// A database kept from a previous run gets the migrations written since (they fill what they add).
else await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
const pg = new Client({ connectionString: databaseUrl });
await pg.connect();
if (!REUSE || !existsSync(csvPath)) await generate();
const fileMb = statSync(csvPath).size / 1024 / 1024;
print(`Fichier : ${csvPath} (${fr(INCIDENTS)} faits fictifs, ${fr(Math.round(fileMb))} Mo)`);

const { child } = await startApi(
  {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    CONTINUUM_REDIS_PREFIX: 'continuum-bench-diagnostic:',
    CONTINUUM_PROCESS: 'all',
    SMTP_URL: `smtp://127.0.0.1:${port + 1}`,
  },
  { quiet: true },
);
let failed = false;
try {
  const cabinet = await login(CABINET);
  const mayor = await login(MAYOR);
  if (fresh) await importBoth(cabinet);
  else print('Import non mesuré : base d’une exécution précédente (BENCH_REUSE=1).');
  const { facts } = (await pg.query('select count(*)::int as facts from incidents')).rows[0];
  const year = Number(process.env.BENCH_YEAR ?? (await lastFullYear()));
  const { inYear } = (
    await pg.query(
      `select count(*)::int as "inYear" from incidents where starts_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Paris')
          and starts_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Europe/Paris')`,
      [year],
    )
  ).rows[0];
  print(`Base : ${fr(facts)} faits en tout (démonstration comprise), ${fr(inYear)} en ${year}.`);
  print();
  print(`Diagnostic ${year} (GraphQL complet), ${RUNS} mesures après ${WARMUP} d’échauffement :`);
  for (const [label, cookie, communeCode] of [
    ['Département, cabinet (Claire Martin)', cabinet, null],
    ['Orléans, son maire (Serge Aubert)', mayor, ORLEANS],
    ['Orléans, cabinet (communeCode)', cabinet, ORLEANS],
  ]) {
    const scanned = await rowsRead(() => graphql(cookie, DIAGNOSTIC, { year, communeCode }));
    const times = await measure(() => graphql(cookie, DIAGNOSTIC, { year, communeCode }), RUNS);
    line(label, times, TARGETS.diagnostic);
    print(
      `    lignes lues dans incidents par requête : ${fr(scanned.incidents)} ; dans incident_monthly_counts : ` +
        `${fr(scanned.monthly)}, incident_yearly_breakdowns : ${fr(scanned.yearly)} → ${scanned.incidents === 0 ? 'agrégats seulement' : 'les faits sont relus (pas seulement des agrégats)'}`,
    );
  }
  const hot = await measure(() => graphql(cabinet, HOTSPOTS, { year, resolution: 9 }), 10);
  const { diagnosticHotspots: cells } = await graphql(cabinet, HOTSPOTS, { year, resolution: 9 });
  print();
  line(
    `Points chauds Gi*, résolution 9, département (${fr(cells.cells.length)} cellules, 10 mesures)`,
    hot,
    TARGETS.hotspots,
  );
} catch (error) {
  failed = true;
  process.stderr.write(`${error.stack ?? error}\n`);
} finally {
  await pg.end();
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
print();
print(`Machine à la fin : ${uptime()}`);
print(`Durée totale du banc : ${fr(Math.round((performance.now() - benchStarted) / 1000))} s`);
process.exit(failed ? 1 : 0);

// ---------------------------------------------------------------------------------------------

/** The raw COPY, then the product's import of the same file, with the API's RSS sampled. */
async function importBoth(cookie) {
  const raw = await rawCopy();
  const idle = sampleRss(child.pid, 100);
  await sleep(1000);
  const idleKb = Math.max(...idle.stop().map((s) => s.kb));
  const memory = sampleRss(child.pid, 100);
  const product = await productImport(cookie);
  const samples = memory.stop();
  // What autovacuum would do shortly after such an import, done now so the figures below do not
  // depend on when it wakes.
  await pg.query('analyze incidents, incident_monthly_counts, incident_yearly_breakdowns');
  const peakKb = Math.max(...samples.map((s) => s.kb));
  const ratio = raw.ms / product.ms;
  print();
  print(`Import de ${fr(INCIDENTS)} faits :`);
  print(
    `  COPY brut dans une table de travail (15 colonnes text)     ${seconds(raw.ms)}  (${fr(raw.rows)} lignes)`,
  );
  print(`  Import du produit, de l’envoi à IMPORTED                  ${seconds(product.ms)}`);
  print(`    envoi du fichier (POST /diagnostic/imports/faits)      ${seconds(product.uploadMs)}`);
  print(`    association des colonnes → lecture commencée            ${seconds(product.queuedMs)}`);
  print(`    lecture du fichier, COPY vers la table d’attente        ${seconds(product.readMs)}`);
  print(`    point dans la commune, insertion, agrégats → IMPORTED   ${seconds(product.commitMs)}`);
  print(
    `  Rapport COPY brut / import du produit : ${percent(ratio)} (cible ≥ ${percent(TARGETS.ratio)}) ${verdict(ratio >= TARGETS.ratio)}`,
  );
  print(
    `  ${fr(product.lines.imported)} faits importés, ${fr(product.lines.rejected)} lignes refusées` +
      (product.firstRejections.length ? ` (ex. ${product.firstRejections.join(' ; ')})` : ''),
  );
  const peakOf = (from, to) =>
    mb(Math.max(0, ...samples.filter((s) => s.at >= from && s.at < to).map((s) => s.kb)));
  print(
    `  RSS de l’API (+ ses workers, un processus) : ${mb(idleKb)} au repos, pic ${mb(peakKb)} pendant l’import ` +
      `(${samples.length} relevés) ; cible ≤ ${TARGETS.rssMb} Mo ${verdict(peakKb / 1024 <= TARGETS.rssMb)}`,
  );
  print(
    `    pic pendant l’envoi ${peakOf(0, product.uploaded)}, la lecture ${peakOf(product.uploaded, product.allRead)}, ` +
      `la suite ${peakOf(product.allRead, Infinity)}`,
  );
}

async function rawCopy() {
  await pg.query('drop table if exists bench_raw_copy');
  const columns = seedIncidents.DEMO_INCIDENT_HEADER.map((_, i) => `c${i + 1} text`).join(', ');
  await pg.query(`create table bench_raw_copy (${columns})`);
  const started = performance.now();
  await pipeline(
    createReadStream(csvPath),
    pg.query(copyFrom(`COPY bench_raw_copy FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true)`)),
  );
  const ms = performance.now() - started;
  const { rows } = (await pg.query('select count(*)::int as rows from bench_raw_copy')).rows[0];
  await pg.query('drop table bench_raw_copy');
  return { ms, rows };
}

async function productImport(cookie) {
  const started = performance.now();
  const form = new FormData();
  form.append('file', await openAsBlob(csvPath, { type: 'text/csv' }), `faits-${INCIDENTS}.csv`);
  const response = await fetch(`${base}/diagnostic/imports/faits`, {
    method: 'POST',
    headers: { cookie },
    body: form,
  });
  const received = await response.json();
  if (response.status !== 201) throw new Error(`envoi : HTTP ${response.status} ${JSON.stringify(received)}`);
  const uploadMs = performance.now() - started;
  const { columns, ...rest } = seedIncidents.DEMO_INCIDENT_MAPPING;
  const mapping = { ...rest, columns: Object.entries(columns).map(([field, column]) => ({ field, column })) };
  await graphql(cookie, START, { id: received.id, mapping });
  const at = {};
  let state;
  for (;;) {
    state = (await graphql(cookie, IMPORT, { id: received.id })).diagnosticImport;
    at[state.status] ??= performance.now();
    if (state.lines.read === INCIDENTS) at.allRead ??= performance.now();
    if (state.status === 'AWAITING_DECISION') await graphql(cookie, DECIDE, { id: received.id });
    if (state.status === 'IMPORTED') break;
    if (['REFUSED', 'FAILED', 'ABANDONED'].includes(state.status))
      throw new Error(`import ${state.status} : ${state.refusal}`);
    await sleep(100);
  }
  const ms = performance.now() - started;
  const { rows: rejected } = await pg.query(
    `select line_number, rejection from incident_import_lines where import_id = $1 and rejection is not null
      order by line_number limit 3`,
    [received.id],
  );
  const readStarted = at.VALIDATING ?? at.allRead;
  return {
    ms,
    uploadMs,
    uploaded: started + uploadMs,
    allRead: at.allRead,
    queuedMs: readStarted - started - uploadMs,
    readMs: at.allRead - readStarted,
    commitMs: at.IMPORTED - at.allRead,
    lines: state.lines,
    firstRejections: rejected.map((r) => `ligne ${r.line_number} : ${r.rejection}`),
  };
}

/**
 * The demo's generator with its means scaled to about INCIDENTS (measured at scale 1, then a margin),
 * the excess dropped at evenly spaced lines: the same bytes every run.
 */
async function generate() {
  const started = performance.now();
  const rows = await pg.query(
    `select code, population, ST_AsGeoJSON(outline, 6) as outline from communes
      where departement_code = '45' and outline is not null order by code`,
  );
  const communes = new Map(
    rows.rows.map((r) => [
      r.code,
      { code: r.code, population: r.population, polygons: JSON.parse(r.outline).coordinates },
    ]),
  );
  const zones = new Map(
    DEMO_ZONES.filter((z) => z.geometry.type === 'Polygon').map((z) => [z.name, z.geometry.coordinates[0]]),
  );
  const now = new Date();
  const first = { year: now.getUTCFullYear() - 3, month: now.getUTCMonth() + 1 };
  const places = { communes, zones };
  const unit = seedIncidents.generateDemoIncidents(places, first, 36, 13_2026).count;
  const { csv } = seedIncidents.generateDemoIncidents(places, first, 36, 13_2026, (INCIDENTS / unit) * 1.02);
  const text = csv.toString('utf8');
  const lines = text.split('\n').filter(Boolean);
  const [header, ...body] = lines;
  if (body.length < INCIDENTS) throw new Error(`${body.length} faits générés, moins que ${INCIDENTS}`);
  const excess = body.length - INCIDENTS;
  const kept = body.filter(
    (_, i) => Math.floor(((i + 1) * excess) / body.length) === Math.floor((i * excess) / body.length),
  );
  mkdirSync(folder, { recursive: true });
  writeFileSync(csvPath, `${header}\n${kept.join('\n')}\n`);
  print(`Fichier généré en ${seconds(performance.now() - started)} (${fr(kept.length)} faits)`);
}

/** Rows the request reads from incidents and from the monthly aggregates (pg_stat_user_tables). */
async function rowsRead(request) {
  const read = async () => {
    await sleep(11_000); // a backend's statistics are flushed at most every second, idle ones after 10 s
    await pg.query('select pg_stat_clear_snapshot()');
    const { rows } = await pg.query(
      `select relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) as n from pg_stat_user_tables
        where relname in ('incidents', 'incident_monthly_counts', 'incident_yearly_breakdowns')`,
    );
    return Object.fromEntries(rows.map((r) => [r.relname, Number(r.n)]));
  };
  const before = await read();
  await request();
  const after = await read();
  return {
    incidents: after.incidents - before.incidents,
    monthly: after.incident_monthly_counts - before.incident_monthly_counts,
    yearly: (after.incident_yearly_breakdowns ?? 0) - (before.incident_yearly_breakdowns ?? 0),
  };
}

async function measure(work, runs) {
  const times = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const started = performance.now();
    await work();
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return percentiles(times);
}

function line(label, figures, target) {
  print(
    `  ${label.padEnd(58)} p50 ${ms(figures.p50)}  p95 ${ms(figures.p95)}  cible p50 ≤ ${ms(target)}  ${verdict(figures.p50 <= target)}`,
  );
}

async function lastFullYear() {
  const { rows } = await pg.query(
    `select extract(year from now() at time zone 'Europe/Paris')::int - 1 as year`,
  );
  return rows[0].year;
}

/**
 * The database migrated and seeded: a copy of the seeded one kept aside by an earlier run when
 * BENCH_REUSE=1 (then migrated), otherwise from nothing (then kept aside).
 */
async function prepareDatabase() {
  const seeded = `${database}_seeded`;
  const admin = new Client({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${database} with (force)`);
    if (REUSE && (await exists(admin, seeded))) {
      await admin.query(`create database ${database} template ${seeded}`);
      await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
      return;
    }
    await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
    await runNode('dist/server/tools/db/db-cli.js', ['seed'], { DATABASE_URL: databaseUrl });
    await admin.query(`drop database if exists ${seeded} with (force)`);
    await admin.query(`create database ${seeded} template ${database}`);
  } finally {
    await admin.end();
  }
}

async function exists(admin, name) {
  return (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
}

/** True when the database exists and holds the bench's import. */
async function databaseHolds() {
  const admin = new Client({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  const found = await exists(admin, database);
  await admin.end();
  if (!found) return false;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query(
    `select 1 from diagnostic_imports where filename = $1 and status = 'IMPORTED'`,
    [`faits-${INCIDENTS}.csv`],
  );
  await db.end();
  return rows.length > 0;
}

function uptime() {
  return execFileSync('uptime').toString().trim();
}
function sleep(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
function verdict(met) {
  return met ? 'tenue' : 'MANQUÉE';
}
function fr(n) {
  return Number(n).toLocaleString('fr-FR');
}
function ms(value) {
  return `${value.toFixed(1).replace('.', ',')} ms`;
}
function seconds(value) {
  return `${(value / 1000).toFixed(1).replace('.', ',')} s`;
}
function percent(ratio) {
  return `${(ratio * 100).toFixed(1).replace('.', ',')} %`;
}
function mb(kb) {
  return `${fr(Math.round(kb / 1024))} Mo`;
}
