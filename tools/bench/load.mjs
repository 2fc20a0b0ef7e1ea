// npm run bench:load — closed-loop users (each sends its next request when the last one answers, no
// think time) against the API run as a separate process without background workers, on the demo
// database and on the 100,000-case one (bench:cases's generator), both with 10,000 alerts notified
// to every persona. The mix is the web client's own operations: case lists, case pages, search,
// notifications, the bell, the agenda of a meeting, and comments written. Prints requests/s,
// p50/p95/p99, errors and the API's RSS over time for 3 consecutive runs, then steps the users
// (5, 10, 20, 30, 50…) to find the most sustained at p95 ≤ 200 ms with no error.
//
// BENCH_DATASETS=demo,100k  BENCH_USERS=50 (the 3 runs)  BENCH_SECONDS=60 (each run)
// BENCH_STEPS=5,10,20,30,50,75,100  BENCH_STEP_SECONDS=20  BENCH_REUSE=1 (keep the databases built
// by a previous run)  BENCH_LOG_LEVEL=info  BENCH_PROFILE=<dir> (a CPU profile of the API: node --cpu-prof)
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { buildServer, ensureServices, runNode, startApi } from '../scripts/lib.mjs';
import { generateCases } from './generate-cases.mjs';
import { addNotifications } from './load-data.mjs';
import {
  apiClient,
  clientOperations,
  closedLoop,
  mulberry32,
  percentiles,
  sampleRss,
  weighted,
} from './load-driver.mjs';

const require = createRequire(import.meta.url);
const DATASETS = (process.env.BENCH_DATASETS ?? 'demo,100k').split(',').filter(Boolean);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const STEPS = (process.env.BENCH_STEPS ?? '5,10,20,30,50,75,100').split(',').map(Number);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 20);
const REUSE = process.env.BENCH_REUSE === '1';
const ALERTS = 10_000;
const TARGET_P95_MS = 200;
const port = Number(process.env.BENCH_PORT ?? 4994);
const base = `http://127.0.0.1:${port}`;
let ipCounter = 0;

/** The mix, in percent of requests. */
const MIX = [
  [30, 'liste'],
  [20, 'dossier'],
  [10, 'recherche'],
  [15, 'alertes'],
  [5, 'cloche'],
  [10, 'ordre du jour'],
  [10, 'commentaire'],
];

await ensureServices();
await buildServer();
const { Client } = require('pg');
const operations = await clientOperations();
process.stdout.write(`Machine : ${execFileSync('uptime').toString().trim()}\n`);

const reports = [];
for (const dataset of DATASETS) {
  const database = dataset === 'demo' ? 'continuum_bench_load' : `continuum_bench_load_${dataset}`;
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
  if (!REUSE || !(await databaseExists(database))) await prepare(dataset, databaseUrl);
  reports.push({ dataset, ...(await measure(dataset, databaseUrl)) });
}
process.stdout.write(`\nMachine : ${execFileSync('uptime').toString().trim()}\n`);

async function databaseExists(name) {
  const pg = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await pg.connect();
  try {
    return (await pg.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await pg.end();
  }
}

async function prepare(dataset, databaseUrl) {
  const started = performance.now();
  await runNode('dist/server/tools/db/db-cli.js', ['drop'], { DATABASE_URL: databaseUrl });
  await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
  await runNode('dist/server/tools/db/db-cli.js', ['seed'], { DATABASE_URL: databaseUrl });
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    if (dataset === '100k') await generateCases(pg);
    else if (dataset !== 'demo') throw new Error(`jeu de données inconnu : « ${dataset} »`);
    await addNotifications(pg, ALERTS);
    await pg.query('vacuum analyze');
  } finally {
    await pg.end();
  }
  process.stdout.write(
    `Base « ${dataset} » prête en ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
}

async function measure(dataset, databaseUrl) {
  const profile = process.env.BENCH_PROFILE;
  const { child } = await startApi(
    {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      // The production default: one log line per request is part of what a request costs.
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      CONTINUUM_REDIS_PREFIX: `continuum-bench-load-${dataset}:`,
      // An API process only: the background jobs would take CPU from the requests measured here.
      CONTINUUM_PROCESS: 'api',
    },
    { quiet: true, nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [] },
  );
  // The API's last lines, to say why it stopped if it does during a run.
  const lastLines = [];
  child.stdout.on('data', (chunk) => lastLines.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stdout.on('data', () => lastLines.splice(0, Math.max(0, lastLines.length - 20)));
  let died = null;
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (stopping) return;
    died = `l’API s’est arrêtée pendant la mesure (code ${code}, signal ${signal}) :\n${lastLines.join('\n')}`;
    process.stderr.write(`${died}\n`);
  });
  const client = apiClient(base, Math.max(USERS, ...STEPS) + 5);
  try {
    const personas = await preparePersonas(client, databaseUrl);
    const sessions = [];
    const usersFor = async (count) => {
      while (sessions.length < count)
        sessions.push(await signIn(client, personas[sessions.length % personas.length]));
      return sessions.slice(0, count);
    };
    const random = mulberry32(45);
    const pick = weighted(MIX, random);
    const next = (user) => request(pick(), user, random);
    process.stdout.write(`\n[${dataset}] ${personas.length} personnes, chauffe…\n`);
    await closedLoop({ client, users: await usersFor(5), seconds: 5, next });

    const memory = sampleRss(child.pid, 1000);
    const runs = [];
    for (let i = 1; i <= 3; i++) {
      const from = memory.samples.length;
      const result = await closedLoop({ client, users: await usersFor(USERS), seconds: SECONDS, next });
      if (died) throw new Error(died);
      runs.push({ ...summary(result), rss: memory.samples.slice(from).map((s) => s.kb) });
      printRun(`[${dataset}] passe ${i}/3, ${USERS} utilisateurs, ${SECONDS} s`, runs.at(-1));
    }
    await sleep(30_000);
    const idleKb = memory.samples.at(-1)?.kb ?? 0;
    process.stdout.write(`[${dataset}] RSS après 30 s de repos : ${mb(idleKb)}\n`);

    const steps = [];
    for (const users of STEPS) {
      const result = summary(
        await closedLoop({ client, users: await usersFor(users), seconds: STEP_SECONDS, next }),
      );
      if (died) throw new Error(died);
      const holds = result.p95 <= TARGET_P95_MS && result.errors === 0;
      steps.push({ users, ...result, holds });
      process.stdout.write(
        `[${dataset}] ${String(users).padStart(3)} utilisateurs : ${result.rate.toFixed(0)} req/s, ` +
          `p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, ${result.errors} erreur(s) — ` +
          `${holds ? 'tenu' : 'non tenu'}\n`,
      );
      if (!holds) break;
    }
    memory.stop();
    const sustained = steps.filter((s) => s.holds).at(-1)?.users ?? 0;
    process.stdout.write(
      `[${dataset}] utilisateurs tenus à p95 ≤ ${TARGET_P95_MS} ms sans erreur : ${sustained}` +
        `${steps.at(-1)?.holds ? ` (au moins : palier le plus haut essayé)` : ''}\n`,
    );
    return { runs, idleKb, steps, sustained };
  } finally {
    await client.close();
    stopping = true;
    await stop(child);
  }

  function request(kind, user, random) {
    const p = user.persona;
    const any = (list) => list[Math.floor(random() * list.length)];
    switch (kind) {
      case 'liste': {
        const status = random() < 0.5 ? null : any(['NEW', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT']);
        return {
          name: kind,
          query: operations.CaseList,
          variables: {
            filter: status ? { status: [status] } : {},
            statusFreeFilter: {},
            first: 25,
            orderBy: 'UPDATED_DESC',
          },
        };
      }
      case 'dossier':
        // Half of the case pages are the cases commented on, whose comments pile up run after run.
        return {
          name: kind,
          query: operations.CaseDetail,
          variables: { id: random() < 0.5 && p.commentable.length ? any(p.commentable) : any(p.caseIds) },
        };
      case 'recherche':
        return {
          name: kind,
          query: operations.CaseList,
          variables: {
            filter: { search: any(p.words) },
            statusFreeFilter: { search: any(p.words) },
            first: 25,
          },
        };
      case 'alertes':
        return { name: kind, query: operations.Notifications, variables: { first: 20, filter: {} } };
      case 'cloche':
        return { name: kind, query: operations.UnreadNotificationCount, variables: {} };
      case 'ordre du jour':
        return p.meetingIds.length
          ? { name: kind, query: operations.MeetingDetail, variables: { id: any(p.meetingIds) } }
          : { name: kind, query: operations.UpcomingMeetings, variables: {} };
      case 'commentaire':
        if (!p.commentable.length) return request('dossier', user, random);
        return {
          name: kind,
          query: operations.AddCaseComment,
          variables: { caseId: any(p.commentable), body: `Point de situation ${Math.floor(random() * 1e6)}` },
        };
      default:
        throw new Error(kind);
    }
  }
}

/** The personas who can sign in (not the administrator, who reads no case), and what each reads. */
async function preparePersonas(client, databaseUrl) {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const { rows } = await pg.query(
    `select email from users where password_hash is not null and not ('admin' = any(roles)) order by email`,
  );
  await pg.end();
  const personas = [];
  for (const { email } of rows) {
    const persona = { email, caseIds: [], commentable: [], words: [], meetingIds: [] };
    const session = await signIn(client, persona);
    const list = await gql(client, session, operations.CaseList, {
      filter: {},
      statusFreeFilter: {},
      first: 25,
    });
    persona.caseIds = list.cases.edges.map((edge) => edge.node.id);
    persona.words = [
      ...new Set(
        list.cases.edges.flatMap((edge) => edge.node.title.split(/\s+/).filter((word) => word.length >= 6)),
      ),
    ].slice(0, 10);
    for (const id of persona.caseIds.slice(0, 12)) {
      const detail = await gql(client, session, operations.CaseDetail, { id });
      if (detail.case.viewerCan.comment && persona.commentable.length < 3) persona.commentable.push(id);
    }
    const meetings = await gql(client, session, operations.UpcomingMeetings, {});
    persona.meetingIds = meetings.upcomingMeetings.map((meeting) => meeting.id);
    if (persona.caseIds.length && persona.words.length) personas.push(persona);
  }
  return personas;
}

async function signIn(client, persona) {
  // One address per session: the API limits sign-ins per address, as it would for real people.
  const n = ++ipCounter;
  const ip = `127.1.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  const response = await client.post(
    { query: operations.Login, variables: { email: persona.email, password: 'continuum-demo' } },
    { ip },
  );
  const setCookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('continuum_session='));
  if (!setCookie)
    throw new Error(`connexion impossible pour ${persona.email} : ${response.text.slice(0, 200)}`);
  return { persona, cookie: setCookie.split(';')[0], ip };
}

async function gql(client, session, query, variables) {
  const response = await client.post({ query, variables }, session);
  const body = JSON.parse(response.text);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function summary(result) {
  const all = percentiles(result.latencies);
  const operationsP95 = Object.fromEntries(
    [...result.byOperation].map(([name, values]) => [name, { n: values.length, ...percentiles(values) }]),
  );
  return {
    rate: result.rate,
    requests: result.latencies.length,
    ...all,
    errors: result.errors.count,
    errorSamples: result.errors.samples,
    operations: operationsP95,
  };
}

function printRun(title, run) {
  const rss = run.rss;
  const every5 = rss.filter((_, i) => i % 5 === 0).map((kb) => Math.round(kb / 1024));
  process.stdout.write(
    `\n${title}\n  ${run.requests} requêtes, ${run.rate.toFixed(1)} req/s ; p50 ${ms(run.p50)}, p95 ${ms(run.p95)}, ` +
      `p99 ${ms(run.p99)} ; ${run.errors} erreur(s)${run.errorSamples.length ? ` (${run.errorSamples.join(' | ')})` : ''}\n` +
      `  RSS de l’API (Mo, toutes les 5 s) : ${every5.join(' ')} — pic ${mb(Math.max(...rss))}\n` +
      Object.entries(run.operations)
        .map(
          ([name, o]) =>
            `    ${name.padEnd(14)} ${String(o.n).padStart(6)} × p50 ${ms(o.p50)}, p95 ${ms(o.p95)}`,
        )
        .join('\n') +
      '\n',
  );
}

async function stop(api) {
  if (api.exitCode !== null) return;
  api.kill('SIGTERM');
  const timer = setTimeout(() => api.kill('SIGKILL'), 10_000);
  await new Promise((resolve) => api.once('exit', resolve));
  clearTimeout(timer);
}

function ms(value) {
  return `${value.toFixed(0)} ms`;
}

function mb(kb) {
  return `${Math.round(kb / 1024)} Mo`;
}

function sleep(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

process.stdout.write(
  `\nRésumé (cible : ≥ 50 utilisateurs à p95 ≤ ${TARGET_P95_MS} ms, 0 erreur, RSS ≤ 350 Mo stable, débit stable d’une passe à l’autre)\n`,
);
for (const r of reports) {
  process.stdout.write(
    `  ${r.dataset} : passes ${r.runs.map((run) => `${run.rate.toFixed(0)} req/s p95 ${ms(run.p95)}`).join(' ; ')} ; ` +
      `erreurs ${r.runs.map((run) => run.errors).join('/')} ; RSS pic ${r.runs.map((run) => mb(Math.max(...run.rss))).join('/')}, ` +
      `repos ${mb(r.idleKb)} ; utilisateurs tenus : ${r.sustained}\n`,
  );
}
