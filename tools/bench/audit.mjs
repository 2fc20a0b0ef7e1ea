// npm run bench:audit — the journal's chain at a million entries (issue #17): a database migrated
// for the run, 1,000,000 entries written in one statement, then sealed (the sealer's work, in
// rounds of 5,000) and verified end to end (`npm run audit:verify`'s work). Target: the
// verification ≤ 10 s. BENCH_ENTRIES (default 1,000,000).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { buildServer, ensureServices, ROOT, runNode } from '../scripts/lib.mjs';

const require = createRequire(import.meta.url);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const TARGET_S = 10;
const databaseUrl = 'postgres://postgres@127.0.0.1:5432/continuum_bench_audit';

await ensureServices();
await buildServer();
require(`${ROOT}/tools/scripts/dist-paths.cjs`);
const { DataSource } = require('typeorm');
const { sealJournal, verifyJournal } = require('@continuum/server/audit');

await runNode('dist/server/tools/db/db-cli.js', ['drop'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
const ds = new DataSource({ type: 'postgres', url: databaseUrl });
await ds.initialize();
try {
  let started = performance.now();
  await ds.query(
    `insert into audit_entries (action, actor_label, subject_type, subject_id, ip, details)
     select 'case.read.persons', 'Agent ' || (g % 500), 'Case', md5(g::text), '10.0.' || (g % 250) || '.1', jsonb_build_object('fields', array['persons'])
       from generate_series(1, $1) g`,
    [ENTRIES],
  );
  say(`${fr(ENTRIES)} entrées écrites en ${s(performance.now() - started)}`);
  started = performance.now();
  const sealed = await sealJournal(ds);
  say(`${fr(sealed)} entrées scellées en ${s(performance.now() - started)}`);
  started = performance.now();
  const verdict = await verifyJournal(ds);
  const elapsed = performance.now() - started;
  say(
    `Vérification de la chaîne : ${fr(verdict.sealed)} sceaux en ${s(elapsed)} (cible ≤ ${TARGET_S} s : ${elapsed <= TARGET_S * 1000 ? 'tenue' : 'MANQUÉE'}), ` +
      (verdict.broken ? `ROMPUE au sceau ${verdict.broken.position}` : 'intacte'),
  );
} finally {
  await ds.destroy();
}

function say(text) {
  process.stdout.write(`${text}\n`);
}
function s(ms) {
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
}
function fr(n) {
  return Number(n).toLocaleString('fr-FR');
}
