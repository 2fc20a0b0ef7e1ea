// npm run bench:foundation [-- --skip-ci] [-- --skip-test]
// Prints the foundation's figures: clean `npm ci` time (in a fresh clone), `npm test` time,
// API cold start to ready (median of 5), and the web client's initial bundle (raw and gzip).
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildServer, buildWeb, ensureServices, ROOT, runNode, startApi, WEB_DIST } from '../scripts/lib.mjs';

const flags = new Set(process.argv.slice(2));
const figures = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function timed(command, cwd) {
  const started = Date.now();
  const result = spawnSync('sh', ['-c', command], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (result.status !== 0) throw new Error(`${command} a échoué`);
  return Date.now() - started;
}

await ensureServices();

if (!flags.has('--skip-ci')) {
  const clone = mkdtempSync(join(tmpdir(), 'continuum-ci-'));
  try {
    execSync(`git clone -q ${ROOT} ${clone}`);
    figures.push([
      'npm ci (clone neuf, cache npm local)',
      seconds(timed('npm ci --no-audit --no-fund --loglevel=error', clone)),
    ]);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

if (!flags.has('--skip-test')) {
  figures.push(['npm test (complet)', seconds(timed('npm test', ROOT))]);
}

await buildServer();
await buildWeb();
const database = 'continuum_bench_foundation';
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
await runNode('dist/server/tools/db/db-cli.js', ['migrate'], { DATABASE_URL: databaseUrl });
await runNode('dist/server/tools/db/db-cli.js', ['seed'], { DATABASE_URL: databaseUrl });
const starts = [];
for (let i = 0; i < 5; i++) {
  const started = Date.now();
  const { child } = await startApi(
    { PORT: String(4950 + i), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', CONTINUUM_WEB_DIST: WEB_DIST },
    { quiet: true },
  );
  // Ready means answering a GraphQL request, not just listening.
  const response = await fetch(`http://127.0.0.1:${4950 + i}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ appInfo { demoMode } }' }),
  });
  if (!response.ok) throw new Error(`première requête : HTTP ${response.status}`);
  starts.push(Date.now() - started);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
}
await runNode('dist/server/tools/db/db-cli.js', ['drop'], { DATABASE_URL: databaseUrl });
starts.sort((a, b) => a - b);
figures.push([
  'API : démarrage à froid → première réponse GraphQL (médiane de 5)',
  `${starts[2]} ms (min ${starts[0]}, max ${starts[4]})`,
]);

// The initial bundle is what index.html loads eagerly: its scripts and stylesheets.
const index = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
const eager = [...index.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)]
  .map((m) => m[1])
  .filter((f) => !/^https?:/.test(f));
let raw = 0;
let gzip = 0;
for (const file of eager) {
  const content = readFileSync(join(WEB_DIST, file));
  raw += content.length;
  gzip += gzipSync(content, { level: 9 }).length;
}
const lazy = readdirSync(WEB_DIST).filter((f) => f.endsWith('.js') && !eager.includes(f));
const lazyRaw = lazy.reduce((sum, f) => sum + statSync(join(WEB_DIST, f)).size, 0);
figures.push([
  `Client web : bundle initial (${eager.length} fichiers)`,
  `${(raw / 1024).toFixed(0)} kB brut, ${(gzip / 1024).toFixed(0)} kB gzip`,
]);
figures.push([
  `Client web : morceaux chargés à la demande (${lazy.length})`,
  `${(lazyRaw / 1024).toFixed(0)} kB brut`,
]);

process.stdout.write('\nContinuum — chiffres de la fondation\n');
for (const [label, value] of figures) process.stdout.write(`  ${label.padEnd(70)} ${value}\n`);
