// npm run bench:cases — the first page of 50 visible cases (with owner, referrals and zone) for a
// partner (Nadia Fournier) and a coordinator (Claire Martin), over 100,000 cases, 500
// organisations and 5,000 users generated here. Prints p50/p95 through the API and for the raw
// SQL returning the same rows, the SQL statements per request, and EXPLAIN of the policy's SQL.
import { createRequire } from 'node:module';
import { buildServer, ensureServices, ROOT, runNode, startApi } from '../scripts/lib.mjs';
import { generateCases } from './generate-cases.mjs';

const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const database = 'continuum_bench_cases';
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;

await ensureServices();
await buildServer();
require(`${ROOT}/tools/scripts/dist-paths.cjs`);
const { Client } = require('pg');
const { defineAbilityFor, isPublicAuthority } = require('@continuum/domain');
const { readableCases } = require('@continuum/server/cases');

await runNode('dist/server/tools/db/db-cli.js', ['drop'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['seed'], { DATABASE_URL: databaseUrl });

const pg = new Client({ connectionString: databaseUrl });
await pg.connect();
const started = Date.now();
await generateCases(pg);
process.stdout.write(`Données générées en ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

const port = 4990;
/** Depth of the relations the page asks for: owner and zone (1), referrals → their organisation (2). */
const RELATION_LEVELS = 2;
const { child } = await startApi(
  {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    CONTINUUM_REDIS_PREFIX: 'continuum-bench:',
    // An API process only: the background jobs (due-actions scan, outbox relay) would take CPU and
    // SQL statements from the requests measured here.
    CONTINUUM_PROCESS: 'api',
  },
  { quiet: true },
);
const base = `http://127.0.0.1:${port}`;
const QUERY = `query FirstPage { cases(first: 50) { edges { node { id reference title sensitivity status
  owner { id name } assignments { status organization { id name } } zone { id name } } } } }`;

const results = [];
try {
  for (const email of ['nadia.fournier@bailleur.demo', 'claire.martin@prefecture.demo']) {
    const cookie = await login(email);
    const actor = await actorOf(email);
    // The API's fixed cost of an authenticated request (HTTP, session, GraphQL), for the same person.
    const floor = [];
    for (let i = 0; i < RUNS + 5; i++) {
      const t = process.hrtime.bigint();
      const body = await graphql(cookie, '{ me { id } }');
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      if (i >= 5) floor.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const api = [];
    const statements = [];
    for (let i = 0; i < RUNS + 5; i++) {
      const before = await sqlCount();
      const t = process.hrtime.bigint();
      const body = await graphql(cookie, QUERY);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      if (i >= 5) {
        api.push(ms);
        statements.push((await sqlCount()) - before);
      }
      if (i === 0) results.push({ email, rows: body.data.cases.edges.length });
    }
    const { sql, params } = rawSql(actor);
    const raw = [];
    let rawRows = 0;
    for (let i = 0; i < RUNS + 5; i++) {
      const t = process.hrtime.bigint();
      const { rows } = await pg.query(sql, params);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      rawRows = rows.length;
      if (i >= 5) raw.push(ms);
    }
    const explain = await pg.query(`explain (analyze, buffers off, costs off, timing off) ${sql}`, params);
    Object.assign(results.at(-1), {
      floor: percentiles(floor),
      api: percentiles(api),
      raw: percentiles(raw),
      rawRows,
      statements: Math.max(...statements),
      explain: explain.rows.map((r) => r['QUERY PLAN']),
    });
  }
} finally {
  child.kill('SIGTERM');
  await pg.end();
}

process.stdout.write(
  `\nContinuum — première page de 50 dossiers visibles (${RUNS} mesures, après 5 de chauffe)\n`,
);
for (const r of results) {
  process.stdout.write(
    `\n${r.email}\n  API : p50 ${r.api.p50.toFixed(1)} ms, p95 ${r.api.p95.toFixed(1)} ms (${r.rows} lignes)\n` +
      `  SQL brut (mêmes lignes) : p50 ${r.raw.p50.toFixed(1)} ms, p95 ${r.raw.p95.toFixed(1)} ms (${r.rawRows} lignes)\n` +
      `  rapport API/SQL p50 : ${(r.api.p50 / r.raw.p50).toFixed(2)} (cible ≤ 1,5 ; ${r.api.p50 / r.raw.p50 <= 1.5 ? 'atteint' : 'non atteint'})\n` +
      `  plancher de l'API ({ me { id } }, même personne) : p50 ${r.floor.p50.toFixed(1)} ms, p95 ${r.floor.p95.toFixed(1)} ms — ` +
      `plancher + SQL brut = ${(r.floor.p50 + r.raw.p50).toFixed(1)} ms, soit ${((r.floor.p50 + r.raw.p50) / r.raw.p50).toFixed(2)} × le SQL brut avant tout travail de la page\n` +
      `  requêtes SQL par appel API : ${r.statements} (cible ≤ ${RELATION_LEVELS + 1} : ${RELATION_LEVELS} niveaux de relations — propriétaire et zone, saisines → organisations — plus un ; ` +
      `${r.statements <= RELATION_LEVELS + 1 ? 'atteint' : 'non atteint'})\n` +
      `  EXPLAIN ANALYZE de la requête brute :\n${r.explain.map((line) => `    ${line}`).join('\n')}\n`,
  );
}

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

async function login(email) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e:String!,$p:String!){ login(email:$e, password:$p) { id } }',
      variables: { e: email, p: 'continuum-demo' },
    }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!cookie) throw new Error(`connexion impossible pour ${email}`);
  return cookie.split(';')[0];
}

async function graphql(cookie, query) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

async function sqlCount() {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^continuum_sql_statements_total (\d+)/m.exec(text)?.[1] ?? 0);
}

async function actorOf(email) {
  const { rows } = await pg.query(
    `select u.id, u.roles::text[] as roles, o.id as org, o.type from users u join organizations o on o.id = u.organization_id where u.email = $1`,
    [email],
  );
  const [row] = rows;
  return {
    userId: row.id,
    organizationId: row.org,
    organizationType: row.type,
    publicAuthority: isPublicAuthority(row.type),
    roles: row.roles,
  };
}

/** The same rows as the API's first page, in one hand-written statement around the policy's SQL. */
function rawSql(actor) {
  const policy = readableCases(defineAbilityFor(actor), 'c');
  const params = [];
  const sqlCondition = policy.sql.replace(/:([a-zA-Z0-9_]+)/g, (_, name) => {
    params.push(policy.params[name]);
    return `$${params.length}`;
  });
  const sql = `
    select c.id, c.reference, c.title, c.sensitivity, c.status,
           json_build_object('id', o.id, 'name', o.name) as owner,
           (select coalesce(json_agg(json_build_object('status', a.status, 'organization', json_build_object('id', ao.id, 'name', ao.name))), '[]')
              from case_assignments a join organizations ao on ao.id = a.organization_id where a.case_id = c.id) as assignments,
           case when z.id is null then null else json_build_object('id', z.id, 'name', z.name) end as zone
      from cases c
      join organizations o on o.id = c.owner_organization_id
      left join zones z on z.id = c.zone_id
     where (${sqlCondition})
     order by c.updated_at desc, c.id desc
     limit 50`;
  return { sql, params };
}
