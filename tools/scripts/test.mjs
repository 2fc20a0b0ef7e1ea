// npm test — lint, unit, integration (real PostgreSQL and Redis, a database made for the run and
// dropped after) and end-to-end in Chromium. Ends with one line: « N passed, N failed ».
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildServer,
  buildWeb,
  CHROMIUM,
  ensureChromium,
  ensureInstalled,
  ensureServices,
  ensurePostgis,
  env,
  ROOT,
  runNode,
  say,
  startApi,
  startOidcProvider,
  WEB_DIST,
} from './lib.mjs';

const only = new Set(process.argv.slice(2)); // e.g. `npm test -- unit integration`
const wants = (stage) => only.size === 0 || only.has(stage);
const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const database = `continuum_test_${runId}`;
// The application's role (no superuser, owns nothing: tools/db/roles.ts) and the set-up's.
const databaseUrl = `postgres://continuum_app@127.0.0.1:5432/${database}`;
const adminUrl = `postgres://postgres@127.0.0.1:5432/${database}`;
const dbEnv = { DATABASE_URL: databaseUrl, DATABASE_ADMIN_URL: adminUrl };
const redisPrefix = `continuum-test-${runId}:`;
const reports = join(ROOT, 'tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0 };
const failures = [];

function record(stage, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  if (failed > 0) failures.push(`${stage} : ${failed} en échec`);
}

/** Runs a command and resolves with its exit code (never rejects). */
function exec(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: ROOT, env: { ...env, ...extraEnv } });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

async function check(stage, command, args, extraEnv) {
  say(stage);
  const code = await exec(command, args, extraEnv);
  record(stage, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

async function jest(stage, config, extraEnv = {}, extraArgs = []) {
  say(stage);
  const output = join(reports, `${stage}.json`);
  const code = await exec(
    'npx',
    ['jest', '--config', config, '--json', `--outputFile=${output}`, '--ci', ...extraArgs],
    extraEnv,
  );
  try {
    const result = JSON.parse(readFileSync(output, 'utf8'));
    // A suite that fails to load has no test results: count it as one failure.
    const brokenSuites = result.testResults.filter(
      (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
    ).length;
    record(stage, result.numPassedTests, result.numFailedTests + brokenSuites);
  } catch {
    record(stage, 0, code === 0 ? 0 : 1);
  }
}

const started = Date.now();
await ensureInstalled();
await ensureServices();
await ensurePostgis();
if (wants('e2e')) await ensureChromium();

if (wants('lint')) {
  await check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
  await check('format', 'npx', ['prettier', '--check', '.', '--log-level=warn']);
  await check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.spec.json', '--noEmit']);
  // The end-to-end suite runs through ts-jest without type checking (isolatedModules): checked here.
  await check('typecheck-e2e', 'npx', ['tsc', '-p', 'apps/web-e2e/tsconfig.json', '--noEmit']);
}
if (wants('unit')) await jest('unit', 'jest.unit.config.js');

const needsServer = wants('integration') || wants('e2e');
if (needsServer) {
  await Promise.all([buildServer(), wants('e2e') ? buildWeb() : Promise.resolve()]);
  say(`Base de test ${database}`);
  await runNode('dist/server/tools/db/db-cli.js', ['migrate'], dbEnv);
  await runNode('dist/server/tools/db/db-cli.js', ['seed'], dbEnv);
}
// DATABASE_ADMIN_URL reaches the suites that make databases of their own or play a superuser.
const serviceEnv = { ...dbEnv, CONTINUUM_REDIS_PREFIX: redisPrefix, NODE_ENV: 'test' };
try {
  if (wants('integration')) {
    await jest('integration', 'jest.integration.config.js', serviceEnv);
    await jest('integration-workers', 'jest.integration-workers.config.js', serviceEnv, ['--runInBand']);
  }
  if (wants('e2e')) {
    // The end-to-end tests read the demo as a person finds it: after the integration suites (which
    // add facts, waves, accounts…), the database is seeded again from nothing, Redis emptied.
    if (wants('integration')) {
      say(`Base de test ${database}, remise à neuf pour les tests de bout en bout`);
      await clearRedis();
      await runNode('dist/server/tools/db/db-cli.js', ['reset'], dbEnv);
    }
    const port = 4100 + Math.floor(Math.random() * 800);
    // The convocation mails of the end-to-end tests go to an SMTP catcher the tests start on this port.
    const smtpPort = port + 1000;
    // ProConnect's stand-in, a real OpenID provider the login scenario signs in with.
    const provider = await startOidcProvider(port + 2000, port);
    const { child } = await startApi(
      {
        ...serviceEnv,
        PORT: String(port),
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        CONTINUUM_WEB_DIST: WEB_DIST,
        CONTINUUM_DEMO: 'true',
        LOG_LEVEL: 'warn',
        ...provider.apiEnv,
      },
      { quiet: true },
    ).catch((error) => {
      provider.child.kill('SIGTERM');
      throw error;
    });
    try {
      await jest('e2e', 'apps/web-e2e/jest.config.js', {
        E2E_BASE_URL: `http://127.0.0.1:${port}`,
        E2E_SMTP_PORT: String(smtpPort),
        CHROMIUM_PATH: CHROMIUM,
      });
    } finally {
      child.kill('SIGTERM');
      provider.child.kill('SIGTERM');
    }
  }
} finally {
  if (needsServer) await cleanUp();
}

async function cleanUp() {
  await exec(
    'node',
    ['-r', './tools/scripts/dist-paths.cjs', 'dist/server/tools/db/db-cli.js', 'drop'],
    dbEnv,
  );
  await clearRedis();
}

function clearRedis() {
  return exec('sh', [
    '-c',
    `redis-cli -h 127.0.0.1 --scan --pattern '${redisPrefix}*' | xargs -r redis-cli -h 127.0.0.1 del > /dev/null`,
  ]);
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
if (failures.length) process.stdout.write(`\nÉchecs — ${failures.join(' ; ')}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed (${minutes} min)\n`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
