// npm run bench:cases — the first page of 50 visible cases (with owner, referrals and zone) for a
// partner (Nadia Fournier) and a coordinator (Claire Martin), over 100,000 cases, 500
// organisations and 5,000 users generated here. Prints p50/p95 through the API and for the raw
// SQL returning the same rows, the SQL statements per request, and EXPLAIN of the policy's SQL.
import { createRequire } from 'node:module';
import { buildServer, ensureServices, ROOT, runNode, startApi } from '../scripts/lib.mjs';

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
await generate(pg);
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
    CONTINUUM_WORKERS: 'false',
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

async function generate(client) {
  await client.query('begin');
  await client.query(`
    insert into organizations (name, type, whole_departement, seat_commune_code)
    select 'Organisation bench ' || g,
           (array['MAIRIE','POLICE_MUNICIPALE','BAILLEUR','TRANSPORTEUR','SECURITE_PRIVEE','ENTREPRISE','ASSUREUR','FEDERATION_ASSOCIATION','GENDARMERIE','URSSAF'])[1 + g % 10]::organization_type,
           g % 17 = 0, (select code from communes order by code offset (g % 300) limit 1)
      from generate_series(1, 479) g`);
  await client.query(`
    insert into users (email, full_name, organization_id, roles, password_hash)
    select 'bench' || g || '@bench.demo', 'Personne ' || g, o.id, '{agent}', null
      from generate_series(1, 4983) g
      join lateral (select id from organizations order by name offset (g % 500) limit 1) o on true`);
  await client.query(`
    insert into coordination_bodies (name, kind, chair_organization_id)
    select 'Instance bench ' || g, 'CLSPD', (select id from organizations order by name offset g limit 1) from generate_series(1, 20) g`);
  await client.query(`
    insert into coordination_body_organizations (body_id, organization_id)
    select b.id, o.id from coordination_bodies b
      join lateral (select id from organizations order by md5(b.id::text || id::text) limit 8) o on true
     where b.name like 'Instance bench %'`);
  await client.query(`
    create temporary table bench_orgs as select row_number() over (order by id) as n, id from organizations`);
  await client.query(`
    create temporary table bench_bodies as select row_number() over (order by id) as n, id from coordination_bodies`);
  await client.query(`
    insert into cases (reference, title, description, category, commune_code, zone_id, sensitivity, priority,
                       owner_organization_id, status, body_id, opened_at, updated_at)
    select '45-2024-' || lpad(g::text, 6, '0'), 'Dossier de charge ' || g, 'Description ' || g,
           (enum_range(null::case_category))[1 + g % 24],
           (select code from communes order by code offset (g % 320) limit 1),
           case when g % 9 = 0 then (select id from zones order by name offset (g % 7) limit 1) end,
           (array['CLEAR','GREEN','GREEN','GREEN','AMBER','AMBER','AMBER','AMBER_STRICT','AMBER_STRICT','RED'])[1 + g % 10]::case_sensitivity,
           (enum_range(null::case_priority))[1 + g % 4],
           (select id from bench_orgs where n = 1 + (g * 7919) % (select count(*) from bench_orgs)),
           (enum_range(null::case_status))[1 + g % 8],
           case when g % 5 = 0 then (select id from bench_bodies where n = 1 + g % 20) end,
           now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
      from generate_series(1, 100000) g`);
  await client.query(`
    insert into case_assignments (case_id, organization_id, status)
    select c.id, o.id, (array['PENDING','ACCEPTED','DECLINED'])[1 + (abs(hashtext(c.id::text)) % 3)]::assignment_status
      from cases c join bench_orgs o on o.n = 1 + abs(hashtext(c.reference)) % (select count(*) from bench_orgs)
     where c.owner_organization_id <> o.id
    on conflict do nothing`);
  await client.query(`
    insert into case_shares (case_id, organization_id)
    select c.id, o.id from cases c join bench_orgs o on o.n = 1 + abs(hashtext(c.title)) % (select count(*) from bench_orgs)
     where abs(hashtext(c.id::text)) % 4 = 0 and c.owner_organization_id <> o.id
    on conflict do nothing`);
  await client.query('commit');
  await client.query('analyze');
}
