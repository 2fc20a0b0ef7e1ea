// npm run bench:surveys — a wave of the satisfaction survey sent to 5,000 actors (issue #16): in a
// bench database, 5,000 people of mairies and private partners are generated (a thousand mairies,
// each with four people of its own; a thousand partners, each with its manager), the cabinet prepares
// a wave for « les mairies » and « les partenaires » through the API, then sends it. Measured: the
// `sendSurveyWave` request, which writes the recipients, their 5,000 single-use links (hashes) and the
// 5,000 mails of the outbox in one transaction, then hands the 5,000 mail jobs to the queue. The API
// runs as an API process (`CONTINUUM_PROCESS=api`): it queues, no worker sends.
// Target: queued in ≤ 5 s. Exits 1 if missed or if anything is missing (rows, links, jobs).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { buildServer, ensureServices, ROOT, runNode, startApi } from '../scripts/lib.mjs';

const require = createRequire(import.meta.url);
const ACTORS = Number(process.env.BENCH_ACTORS ?? 5000);
const TARGET_MS = 5000;
const database = 'continuum_bench_surveys';
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
const redisPrefix = `continuum-bench-surveys-${Date.now().toString(36)}:`;
const port = Number(process.env.BENCH_PORT ?? 4996);
const PASSWORD = 'banc-d-essai des enquêtes 2027';

await ensureServices();
await buildServer();
require(`${ROOT}/tools/scripts/dist-paths.cjs`);
const { Client } = require('pg');
const argon2 = require('argon2');
const { Queue } = require('bullmq');
const { bullPrefix } = require('@continuum/server/platform');

await runNode('dist/server/tools/db/db-cli.js', ['drop'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['seed-territory'], { DATABASE_URL: databaseUrl });

const pg = new Client({ connectionString: databaseUrl });
await pg.connect();
const mairies = Math.ceil((ACTORS * 0.8) / 4);
const partners = ACTORS - mairies * 4;
let t = performance.now();
await pg.query('begin');
const [{ id: cabinet }] = (
  await pg.query(
    `insert into organizations (name, type, whole_departement) values ('Préfecture — cabinet (banc)', 'PREFECTURE', true) returning id`,
  )
).rows;
await pg.query(
  `insert into users (email, full_name, organization_id, roles, password_hash) values ('cabinet@banc.test', 'Cabinet du banc', $1, '{coordinator}', $2)`,
  [cabinet, await argon2.hash(PASSWORD, { type: argon2.argon2id })],
);
// Mairies seated in the département's communes, in turn; partners of the private types.
await pg.query(
  `insert into organizations (name, type, seat_commune_code)
   select 'Mairie ' || n || ' (banc)', 'MAIRIE', c.code
     from generate_series(1, $1) n
     join (select code, row_number() over (order by code) - 1 as k, count(*) over () as total from communes where departement_code = '45') c
       on c.k = (n - 1) % c.total`,
  [mairies],
);
await pg.query(
  `insert into organizations (name, type, seat_commune_code)
   select 'Partenaire ' || n || ' (banc)', (array['BAILLEUR','TRANSPORTEUR','SECURITE_PRIVEE','ASSUREUR','ENTREPRISE','FEDERATION_ASSOCIATION'])[1 + n % 6]::organization_type, '45234'
     from generate_series(1, $1) n`,
  [partners],
);
await pg.query(
  `insert into users (email, full_name, organization_id, roles)
   select 'personne' || k || '.' || substr(o.id::text, 1, 8) || '@banc.test', 'Personne ' || k || ' de ' || o.name, o.id,
          case when o.type = 'MAIRIE' then '{agent}'::user_role[] else '{manager}'::user_role[] end
     from organizations o, generate_series(1, 4) k
    where o.name like '% (banc)' and o.type <> 'PREFECTURE' and (o.type = 'MAIRIE' or k = 1)`,
);
await pg.query('commit');
const [{ n: people }] = (
  await pg.query(
    `select count(*)::int as n from users where email like '%@banc.test' and not ('coordinator' = any(roles::text[]))`,
  )
).rows;
process.stdout.write(
  `${people} acteurs générés (${mairies} mairies, ${partners} partenaires) en ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
);

const { child } = await startApi(
  {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    CONTINUUM_REDIS_PREFIX: redisPrefix,
    CONTINUUM_PROCESS: 'api',
  },
  { quiet: true },
);
const queue = new Queue('mail', {
  connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0' },
  prefix: bullPrefix(redisPrefix),
});
let failed = true;
try {
  let cookie = '';
  const gql = async (query, variables = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const session = response.headers.getSetCookie().find((line) => line.startsWith('continuum_session='));
    if (session) cookie = session.split(';')[0];
    const body = await response.json();
    if (body.errors)
      throw new Error(`${body.errors[0].message} (${JSON.stringify(body.errors[0].extensions)})`);
    return body.data;
  };
  await gql(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
    {
      email: 'cabinet@banc.test',
      password: PASSWORD,
    },
  );
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
  const closes = new Date(`${today}T12:00:00Z`);
  closes.setUTCDate(closes.getUTCDate() + 30);
  const { createSurveyWave } = await gql(
    `mutation($input: SurveyWaveInput!) { createSurveyWave(input: $input) { id } }`,
    {
      input: {
        title: 'Enquête de satisfaction — banc d’essai',
        intro: '',
        opensOn: today,
        closesOn: closes.toISOString().slice(0, 10),
        reminderDates: [],
        audience: { mayors: true, partners: true, organizationTypes: [], organizationIds: [] },
        questions: [
          {
            kind: 'SCALE',
            label: 'Êtes-vous satisfait de la coordination avec les services de l’État ?',
            required: true,
          },
          { kind: 'TEXT', label: 'Que faudrait-il améliorer en priorité ?', required: false },
        ],
      },
    },
  );
  t = performance.now();
  const { sendSurveyWave } = await gql(
    `mutation($id: ID!) { sendSurveyWave(id: $id) { queued wave { recipientCount } } }`,
    {
      id: createSurveyWave.id,
    },
  );
  const ms = performance.now() - t;
  const [{ recipients, links, mails }] = (
    await pg.query(
      `select (select count(*)::int from survey_recipients where wave_id = $1) as recipients,
              (select count(*)::int from survey_links l join survey_recipients r on r.id = l.recipient_id where r.wave_id = $1) as links,
              (select count(*)::int from mail_messages where reference_id = $1 and status = 'PENDING') as mails`,
      [createSurveyWave.id],
    )
  ).rows;
  const counts = await queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
  const jobs = Object.values(counts).reduce((sum, n) => sum + n, 0);
  process.stdout.write(
    `Vague envoyée à ${sendSurveyWave.queued} acteurs : mise en file en ${(ms / 1000).toFixed(2)} s ` +
      `(${Math.round(sendSurveyWave.queued / (ms / 1000))} courriels par seconde)\n` +
      `  destinataires ${recipients}, liens à usage unique ${links}, courriels dans l’outbox ${mails}, tâches dans la file « mail » ${jobs}\n`,
  );
  const checks = [
    [`mise en file ≤ ${TARGET_MS / 1000} s`, ms <= TARGET_MS],
    [
      `${people} destinataires, un lien et un courriel chacun`,
      recipients === people && links === people && mails === people,
    ],
    ['chaque courriel remis à la file', jobs === people],
  ];
  for (const [label, passed] of checks)
    process.stdout.write(`  ${passed ? 'atteint' : 'NON ATTEINT'} : ${label}\n`);
  failed = checks.some(([, passed]) => !passed);
} finally {
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await pg.end();
}
process.exit(failed ? 1 : 0);
