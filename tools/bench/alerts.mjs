// npm run bench:alerts — a manual alert from the prefect's cabinet to 10,000 people subscribed in-app
// and by immediate e-mail (generated here: one bailleur competent over Orléans), through the API and
// its worker running as a child process, to a local SMTP catcher. Times the sendAlert mutation to
// the last in-app notification row and to the last mail the catcher accepts (its 250 reply), samples the worker's
// RSS every 100 ms, and, in the same run, drains 10,000 no-op jobs through raw BullMQ on the same
// Redis for comparison. Then explains where the time went: the phases of the fan-out (from the
// rows' timestamps), the recipients' SQL (EXPLAIN ANALYZE), and the mail rows written the way
// MailService.queue writes them against one INSERT … SELECT. Exits 1 only when something fails.
// BENCH_PROFILE=<dir> writes a CPU profile of the API + worker process there (node --cpu-prof).
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { buildServer, ensureServices, ROOT, runNode, startApi } from '../scripts/lib.mjs';

const require = createRequire(import.meta.url);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const RAW_JOBS = PEOPLE;
const MAIL_DEADLINE_MS = Number(process.env.BENCH_MAIL_DEADLINE_S ?? 900) * 1000;
const TARGET_IN_APP_MS = 2000;
const TARGET_RATIO = 0.5;
const MAIL_CONCURRENCY = 4; // QUEUES.mail.concurrency (libs/server/platform): the raw worker gets the same
const database = 'continuum_bench_alerts';
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
const redisUrl = 'redis://127.0.0.1:6379/0';
const redisPrefix = 'continuum-bench-alerts:';
const port = Number(process.env.BENCH_PORT ?? 4993);
const base = `http://127.0.0.1:${port}`;
const DOMAIN = 'bench-alertes.test';
const CABINET = 'claire.martin@prefecture.demo';

if (!Number.isInteger(PEOPLE) || PEOPLE < 1)
  throw new Error(`BENCH_PEOPLE invalide : « ${process.env.BENCH_PEOPLE} »`);
const benchStarted = performance.now();

await ensureServices();
await buildServer();
require(`${ROOT}/tools/scripts/dist-paths.cjs`);
const { Client } = require('pg');
const { Queue, Worker } = require('bullmq');
const Redis = require('ioredis');
const { DataSource } = require('typeorm');
const { RECIPIENTS_SQL } = require('@continuum/server/alerts');
const { MailService } = require('@continuum/server/mail');
const { SmtpCatcher } = require('@continuum/server/mail/testing');
const { dataSourceOptions } = require('@continuum/server/platform');
const { ENTITIES } = require(`${ROOT}/dist/server/tools/db/entities.js`);

await runNode('dist/server/tools/db/db-cli.js', ['drop'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['seed'], { DATABASE_URL: databaseUrl });
await dropRedisKeys();

const pg = new Client({ connectionString: databaseUrl });
await pg.connect();
const generationStarted = performance.now();
const organizationId = await generate(pg);
process.stdout.write(`Données générées en ${seconds(performance.now() - generationStarted)}\n`);

// Counted per recipient: a message sent to a batch of recipients is one mail for each of them.
const mails = { count: 0, messages: 0, first: null, last: null };
const catcher = await SmtpCatcher.start({ keepMessages: false });
catcher.onAccepted((envelope) => {
  const ours = envelope.to.filter((address) => address.endsWith(`@${DOMAIN}`)).length;
  if (ours === 0) return;
  mails.count += ours;
  mails.messages += 1;
  mails.last = performance.now();
  mails.first ??= mails.last;
});

const { child } = await startApi(
  {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    LOG_LEVEL: 'warn',
    CONTINUUM_REDIS_PREFIX: redisPrefix,
    CONTINUUM_PROCESS: 'all',
    SMTP_URL: catcher.url,
  },
  {
    quiet: true,
    nodeArgs: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
  },
);

let failure = null;
const figures = {};
try {
  const cookie = await login(CABINET);
  const memory = sampleRss(child.pid);
  await sleep(1000);
  figures.idleRssKb = memory.current;

  // 1. The alert, from the mutation to the last notification row and the last mail.
  const sent = performance.now();
  const sentAt = Date.now();
  const data = await graphql(
    cookie,
    `
      mutation Send($input: ManualAlertInput!) {
        sendAlert(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title: `Banc d’essai : fermeture du pont de l’Europe ${randomUUID().slice(0, 8)}`,
        body: 'Circulation interrompue de 22 h à 5 h ; prévoir les rondes en conséquence.',
        severity: 'VIGILANCE',
        communeCodes: ['45234'],
        audienceTypes: ['BAILLEUR'],
      },
    },
  );
  figures.mutationMs = performance.now() - sent;
  const alertId = data.sendAlert.id;
  let notified = 0;
  while (notified < PEOPLE) {
    notified = await notificationCount(alertId);
    if (performance.now() - sent > 120_000)
      throw new Error(`${notified} notifications sur ${PEOPLE} après 120 s`);
    if (notified < PEOPLE) await sleep(20);
  }
  figures.inAppMs = performance.now() - sent;
  while (mails.count < PEOPLE && performance.now() - sent < MAIL_DEADLINE_MS) await sleep(50);
  figures.mails = { ...mails, sent, complete: mails.count >= PEOPLE };
  figures.peakRssKb = memory.stop();
  figures.phases = await phasesOf(alertId, sentAt);

  // 2. Why: the recipients' statement, and the mail rows written as MailService.queue writes them.
  figures.recipients = await recipientsSql(alertId);
  figures.mailRows = await mailRowsCost(alertId);
} catch (error) {
  failure = error;
} finally {
  await stop(child);
}

// 3. Raw BullMQ on the same Redis, once the API is stopped: addBulk, then a no-op worker drains it.
if (!failure) {
  try {
    figures.raw = await rawBullmq();
  } catch (error) {
    failure = error;
  }
}
await catcher.stop();
await pg.end();
await dropRedisKeys();

if (failure) {
  process.stderr.write(`\n✖ Le banc a échoué : ${failure.stack ?? failure}\n`);
  process.exit(1);
}
report();

// ---------------------------------------------------------------------------------------------

function report() {
  const { inAppMs, mails: mailed, raw, phases } = figures;
  const inAppRate = PEOPLE / (inAppMs / 1000);
  const mailMs = (mailed.last ?? performance.now()) - mailed.sent;
  const mailRate = mailed.count / (mailMs / 1000);
  const rawRate = raw.jobs / ((raw.addMs + raw.drainMs) / 1000);
  const verdict = (met) => (met ? 'atteint' : 'non atteint');
  const rows = [
    [
      `Notifications dans l’application (${fr(PEOPLE)} lignes)`,
      seconds(inAppMs),
      `${fr(Math.round(inAppRate))} /s`,
      `≤ ${TARGET_IN_APP_MS / 1000} s`,
      verdict(inAppMs <= TARGET_IN_APP_MS),
    ],
    [
      `  rapport au débit BullMQ brut`,
      '',
      `${percent(inAppRate / rawRate)}`,
      `≥ ${percent(TARGET_RATIO)}`,
      verdict(inAppRate / rawRate >= TARGET_RATIO),
    ],
    [
      `Courriels acceptés par le serveur SMTP (${fr(mailed.count)} destinataires sur ${fr(PEOPLE)}, en ${fr(mailed.messages)} messages)`,
      mailed.complete ? seconds(mailMs) : `> ${seconds(mailMs)}`,
      `${fr(Math.round(mailRate))} /s`,
      '',
      '',
    ],
    [
      `  rapport au débit BullMQ brut`,
      '',
      `${percent(mailRate / rawRate)}`,
      `≥ ${percent(TARGET_RATIO)}`,
      verdict(mailed.complete && mailRate / rawRate >= TARGET_RATIO),
    ],
    [
      `BullMQ brut : addBulk de ${fr(raw.jobs)} tâches`,
      seconds(raw.addMs),
      `${fr(Math.round(raw.jobs / (raw.addMs / 1000)))} /s`,
      '',
      '',
    ],
    [
      `BullMQ brut : vidage par un Worker sans travail (concurrence ${MAIL_CONCURRENCY})`,
      seconds(raw.drainMs),
      `${fr(Math.round(raw.jobs / (raw.drainMs / 1000)))} /s`,
      '',
      '',
    ],
    [
      `BullMQ brut : de bout en bout (ajout + vidage)`,
      seconds(raw.addMs + raw.drainMs),
      `${fr(Math.round(rawRate))} /s`,
      '',
      '',
    ],
  ];
  const table = [['Mesure', 'Durée', 'Débit', 'Cible', 'Verdict'], ...rows];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const at = (ms) => (ms === null ? '—' : `${seconds(ms)}`);
  const out = [
    '',
    `Continuum — alerte manuelle du cabinet à ${fr(PEOPLE)} abonnés (application + courriel immédiat)`,
    '',
    line(table[0]),
    line(widths.map((w) => '─'.repeat(w))),
    ...table.slice(1).map(line),
    '',
    `Mutation sendAlert : ${ms(figures.mutationMs)} (aperçu du nombre de destinataires compris).`,
    `Mémoire du processus API + worker (RSS, relevée toutes les 100 ms) : ${megabytes(figures.idleRssKb)} au repos, ` +
      `pic ${megabytes(figures.peakRssKb)}.`,
    '',
    'Étapes, depuis l’envoi de la mutation (horodatages des lignes ; même machine, mêmes horloges) :',
    `  événement écrit (outbox_events.created_at)              ${at(phases.eventAt)}`,
    `  relais vers la file (outbox_events.dispatched_at)       ${at(phases.relayedAt)}`,
    `  début de la transaction de diffusion (notifications)    ${at(phases.fanOutAt)}`,
    `  notifications visibles (validation de la transaction)   ${at(inAppMs)}`,
    `  premier courriel accepté                                ${at(mailed.first === null ? null : mailed.first - mailed.sent)}`,
    `  dernier courriel accepté                                ${mailed.complete ? at(mailMs) : 'non atteint'}`,
    '',
    `Destinataires (RECIPIENTS_SQL seule) : ${ms(figures.recipients.ms)} pour ${fr(figures.recipients.rows)} lignes.`,
    `Lignes de courriel écrites comme MailService.queue (TypeORM, par 1 000, annulé) : ${ms(figures.mailRows.serviceMs)} ; ` +
      `en un INSERT … SELECT (annulé) : ${ms(figures.mailRows.sqlMs)}.`,
    '',
    `MailSender garde ${MAIL_CONCURRENCY} connexions SMTP ouvertes (pool, sans Nagle) ; un même texte part par lots`,
    `(MailOptions.batchSize : un message, chaque destinataire dans l’enveloppe seulement) ; le SmtpCatcher compte chaque`,
    'destinataire à l’acceptation du message (réponse 250), sans l’analyser, dans le processus du banc, sur les mêmes 2 cœurs.',
    '',
    'EXPLAIN ANALYZE de RECIPIENTS_SQL :',
    ...figures.recipients.plan.map((l) => `  ${l}`),
    '',
    `Durée totale du banc : ${seconds(performance.now() - benchStarted)}`,
    '',
  ];
  process.stdout.write(out.join('\n'));
}

async function generate(client) {
  await client.query('begin');
  const {
    rows: [{ id }],
  } = await client.query(
    `insert into organizations (name, type, whole_departement) values ('Bailleur du banc d’essai des alertes', 'BAILLEUR', false) returning id`,
  );
  await client.query(
    `insert into organization_competence_communes (organization_id, commune_code) values ($1, '45234')`,
    [id],
  );
  await client.query(
    `insert into users (email, full_name, organization_id, roles, password_hash)
     select 'gardien-' || g || '@${DOMAIN}', 'Gardien ' || g, $1, '{agent}', null from generate_series(1, $2::int) g`,
    [id, PEOPLE],
  );
  await client.query(
    `insert into alert_subscriptions (organization_id, user_id, in_app, email_mode)
     select organization_id, id, true, 'IMMEDIATE' from users where organization_id = $1`,
    [id],
  );
  await client.query('commit');
  await client.query('analyze');
  return id;
}

async function notificationCount(alertId) {
  const { rows } = await pg.query(
    `select count(*)::int as n from notifications n join users u on u.id = n.user_id
      where n.alert_id = $1 and u.organization_id = $2`,
    [alertId, organizationId],
  );
  return rows[0].n;
}

/** When each step began, in ms after the mutation was sent (timestamps are transaction starts). */
async function phasesOf(alertId, sentAt) {
  const {
    rows: [row],
  } = await pg.query(
    `select extract(epoch from e.created_at) * 1000 as event_at,
            extract(epoch from e.dispatched_at) * 1000 as relayed_at,
            (select extract(epoch from min(n.created_at)) * 1000 from notifications n where n.alert_id = $1) as fan_out_at
       from outbox_events e where e.payload->>'alertId' = $1::text`,
    [alertId],
  );
  const since = (value) => (value === null ? null : Number(value) - sentAt);
  return { eventAt: since(row.event_at), relayedAt: since(row.relayed_at), fanOutAt: since(row.fan_out_at) };
}

async function recipientsSql(alertId) {
  const runs = [];
  let rows = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    rows = (await pg.query(`select * from (${RECIPIENTS_SQL}) r`, [alertId])).rowCount;
    runs.push(performance.now() - started);
  }
  const explain = await pg.query(
    `explain (analyze, buffers off, costs off, timing off) select * from (${RECIPIENTS_SQL}) r`,
    [alertId],
  );
  return { ms: Math.min(...runs), rows, plan: explain.rows.map((r) => r['QUERY PLAN']) };
}

/** The alert's mail rows written again in rolled-back transactions: through MailService.queue, then in SQL. */
async function mailRowsCost(alertId) {
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl), entities: ENTITIES, logging: false });
  await ds.initialize();
  try {
    const recipients = await ds.query(`select r.user_id, r.email, r.full_name from (${RECIPIENTS_SQL}) r`, [
      alertId,
    ]);
    const rolledBack = async (work) => {
      const runner = ds.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      const started = performance.now();
      try {
        await work(runner.manager);
        return performance.now() - started;
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const text = 'Circulation interrompue de 22 h à 5 h ; prévoir les rondes en conséquence.';
    const service = new MailService(ds, null);
    const serviceMs = await rolledBack((manager) =>
      service.queue(
        manager,
        recipients.map((r) => ({
          topic: 'alert',
          referenceId: alertId,
          recipientUserId: r.user_id,
          toAddress: r.email,
          toName: r.full_name,
          subject: '[Continuum] Vigilance — banc d’essai',
          text,
        })),
      ),
    );
    const sqlMs = await rolledBack((manager) =>
      manager.query(
        `insert into mail_messages (topic, reference_id, recipient_user_id, to_address, to_name, subject, text)
         select 'alert', $1, r.user_id, r.email, r.full_name, '[Continuum] Vigilance — banc d’essai', $2
           from (${RECIPIENTS_SQL}) r`,
        [alertId, text],
      ),
    );
    return { serviceMs, sqlMs };
  } finally {
    await ds.destroy();
  }
}

async function rawBullmq() {
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const prefix = `${redisPrefix}raw`;
  const queue = new Queue('bench-raw', { prefix, connection });
  try {
    const jobs = Array.from({ length: RAW_JOBS }, (_, i) => ({
      name: 'no-op',
      data: { id: randomUUID() },
      opts: { jobId: `raw-${i}`, removeOnComplete: { count: 10_000 } },
    }));
    const addStarted = performance.now();
    await queue.addBulk(jobs);
    const addMs = performance.now() - addStarted;
    const worker = new Worker('bench-raw', async () => undefined, {
      prefix,
      connection,
      concurrency: MAIL_CONCURRENCY,
      autorun: false,
    });
    let done = 0;
    const drained = new Promise((resolve) =>
      worker.on('completed', () => {
        done += 1;
        if (done === RAW_JOBS) resolve();
      }),
    );
    const drainStarted = performance.now();
    void worker.run();
    await drained;
    const drainMs = performance.now() - drainStarted;
    await worker.close();
    return { jobs: RAW_JOBS, addMs, drainMs };
  } finally {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

/** Samples a process's resident memory every 100 ms; `stop()` returns the peak, in kB. */
function sampleRss(pid) {
  let peak = 0;
  const state = { current: 0 };
  const read = async () => {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      return new Promise((resolve) =>
        execFile('ps', ['-o', 'rss=', '-p', String(pid)], (error, out) =>
          resolve(error ? 0 : Number(out.trim())),
        ),
      );
    }
  };
  const timer = setInterval(async () => {
    state.current = await read();
    peak = Math.max(peak, state.current);
  }, 100);
  return {
    get current() {
      return state.current;
    },
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
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

async function graphql(cookie, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function stop(api) {
  if (api.exitCode !== null) return;
  api.kill('SIGTERM');
  const timer = setTimeout(() => api.kill('SIGKILL'), 10_000);
  await new Promise((resolve) => api.once('exit', resolve));
  clearTimeout(timer);
}

async function dropRedisKeys() {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function fr(n) {
  return n.toLocaleString('fr-FR');
}

function ms(value) {
  return `${fr(Math.round(value))} ms`;
}

function seconds(value) {
  return `${(value / 1000).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
}

function percent(ratio) {
  return `${(ratio * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
}

function megabytes(kb) {
  return `${fr(Math.round(kb / 1024))} Mo`;
}
