// Shared by the demo, test and database scripts. Only Node built-ins here: this file runs before
// the project's dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(ROOT);

export const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NG_CLI_ANALYTICS: 'false',
  NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? 'false',
};

export function say(message) {
  process.stdout.write(`\x1b[1m▸ ${message}\x1b[0m\n`);
}

export function fail(message) {
  process.stderr.write(`\n\x1b[31m✖ ${message}\x1b[0m\n`);
  process.exit(1);
}

/** Runs a command, inheriting the terminal; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...options.env }, cwd: ROOT });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} : code ${code ?? signal}`)),
    );
  });
}

/** Installs the dependencies when node_modules is missing or older than the lockfile. */
export async function ensureInstalled() {
  // A node_modules that is a link (a git worktree sharing another checkout's install) is not
  // ours to reinstall: `npm ci` through it would empty the other checkout's install.
  const modules = join(ROOT, 'node_modules');
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
    say('node_modules est un lien : installation laissée à la copie qu’il désigne.');
    return;
  }
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('Installation des dépendances (npm ci)…');
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}

function reachable(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Starts PostgreSQL and Redis when they are installed but stopped; says what to do otherwise. */
export async function ensureServices() {
  if (!(await reachable(5432))) {
    if (existsSync('/etc/postgresql') && has('pg_ctlcluster')) {
      say('PostgreSQL est arrêté : démarrage…');
      spawnSync('sh', ['-c', 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'], {
        stdio: 'inherit',
      });
    }
    if (!(await waitFor(5432, 15))) {
      fail(
        'PostgreSQL ne répond pas sur 127.0.0.1:5432.\n' +
          '  Installé mais arrêté : pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n' +
          '  Absent (Debian) : apt-get install -y postgresql, puis autorisez « trust » pour 127.0.0.1 dans pg_hba.conf\n' +
          '  Ou avec Docker : docker compose up -d postgres redis mail',
      );
    }
  }
  if (!(await reachable(6379))) {
    if (has('redis-server')) {
      say('Redis est arrêté : démarrage…');
      spawnSync(
        'redis-server',
        ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', '6379', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'inherit',
        },
      );
    }
    if (!(await waitFor(6379, 10))) {
      fail(
        'Redis ne répond pas sur 127.0.0.1:6379.\n' +
          '  Installé mais arrêté : redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no\n' +
          '  Absent (Debian) : apt-get install -y redis-server\n' +
          '  Ou avec Docker : docker compose up -d postgres redis mail',
      );
    }
  }
}

/** Asks the local PostgreSQL one value through psql (null when psql is missing or fails). */
function psqlValue(sql) {
  if (!has('psql')) return null;
  const result = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-Atc', sql], {
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * PostGIS is the spatial engine: installed from Debian's packages when it is missing and we are
 * root (as for Chromium), otherwise the exact command is printed. The extension itself is created
 * by the migrations.
 */
export async function ensurePostgis() {
  const available = psqlValue("select count(*) from pg_available_extensions where name = 'postgis'");
  if (available === null || available !== '0') return; // no psql (Docker: the image has PostGIS) or present
  const major = Math.floor(Number(psqlValue('show server_version_num')) / 10000);
  const pkg = `postgresql-${major}-postgis-3`;
  if (process.getuid?.() === 0 && has('apt-get')) {
    say(`Installation de PostGIS (${pkg}, Debian)…`);
    await run('sh', [
      '-c',
      `(DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg} || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}))`,
    ]).catch(() => undefined);
    if (psqlValue("select count(*) from pg_available_extensions where name = 'postgis'") !== '0') return;
  }
  fail(
    `PostGIS est absent de PostgreSQL ${major}.\n` +
      `  Debian/Ubuntu : sudo apt-get install -y ${pkg}\n` +
      '  Ou avec Docker : docker compose up -d postgres redis mail (image postgis/postgis)',
  );
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium comes from Debian; installed when missing and we are root. */
export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && has('apt-get')) {
    say('Installation de Chromium (Debian)…');
    await run('sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
    ]);
    if (existsSync(CHROMIUM)) return;
  }
  fail(`Chromium introuvable (${CHROMIUM}). Installez-le : sudo apt-get install -y chromium`);
}

export async function buildServer() {
  say('Construction du serveur (tsc)…');
  await run('npx', ['tsc', '-p', 'tsconfig.server.json']);
}

export async function buildWeb() {
  say('Construction du client web (Angular)…');
  await run('npx', ['nx', 'run', 'web:build', '--skip-nx-cache']);
}

export const WEB_DIST = join(ROOT, 'dist', 'web', 'browser');

/** Runs a compiled server script with the path aliases resolved. */
export function runNode(script, args = [], extraEnv = {}) {
  return run('node', ['-r', './tools/scripts/dist-paths.cjs', script, ...args], { env: extraEnv });
}

/** Starts the API and resolves once it prints that it is ready. */
export function startApi(extraEnv = {}, { quiet = false, nodeArgs = [] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'node',
      [...nodeArgs, '-r', './tools/scripts/dist-paths.cjs', 'dist/server/apps/api/src/main.js'],
      {
        cwd: ROOT,
        env: { ...env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let ready = false;
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (!ready && /continuum-(api|worker)-ready/.test(line)) {
          ready = true;
          resolve({ child, info: JSON.parse(line) });
        } else if (!quiet) process.stdout.write(`${line}\n`);
      }
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('exit', (code) => {
      if (!ready) reject(new Error(`l'API s'est arrêtée au démarrage (code ${code})`));
    });
  });
}

/**
 * The local OpenID provider the end-to-end tests sign in with (ProConnect's stand-in:
 * tools/testing/oidc-provider.mjs), registered for the API at `apiPort`. Resolves with the process
 * and the API's environment for it once it listens.
 */
export function startOidcProvider(port, apiPort) {
  const app = `http://127.0.0.1:${apiPort}`;
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['tools/testing/oidc-provider.mjs'], {
      cwd: ROOT,
      env: {
        ...env,
        OIDC_PORT: String(port),
        OIDC_REDIRECT_URIS: `${app}/auth/proconnect/retour`,
        OIDC_LOGOUT_URIS: `${app}/connexion?deconnexion=proconnect`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      if (output.includes('oidc-provider-ready'))
        resolve({
          child,
          apiEnv: {
            PROCONNECT_ISSUER: `http://127.0.0.1:${port}`,
            PROCONNECT_CLIENT_ID: 'continuum',
            PROCONNECT_CLIENT_SECRET: 'continuum-test-secret-0123456789abcdef',
            PROCONNECT_REDIRECT_URL: `${app}/auth/proconnect/retour`,
          },
        });
    });
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`le fournisseur OpenID s'est arrêté (code ${code}) :\n${output}`)),
    );
  });
}
