import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/*
 * What the fault tests break: Redis servers, API and worker processes, an SMTP server and databases
 * of their own, so that killing or stopping one never touches the run's Redis or another suite.
 * The processes run the compiled server (dist/server), which `npm test` builds before this stage.
 */

export const ROOT = join(__dirname, '..', '..', '..');
const MAIN = 'dist/server/apps/api/src/main.js';
const DB_CLI = 'dist/server/tools/db/db-cli.js';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something truthy; the error names what did not happen. */
export async function until<T>(
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  what: string,
  timeoutMs: number,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Délai dépassé (${timeoutMs / 1000} s) : ${what}`);
    await sleep(everyMs);
  }
}

/** The promise's value, or an error naming what did not come within `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Délai dépassé (${ms / 1000} s) : ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function assertBuilt(): void {
  if (!existsSync(join(ROOT, MAIN)))
    throw new Error(`${MAIN} introuvable : construisez le serveur (npx tsc -p tsconfig.server.json).`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** A redis-server without persistence on a port of its own: stopping it loses everything, as in production. */
export class RedisServer {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'continuum-redis-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Starts (again) on the same port, empty, and resolves once it answers PING. */
  async start(): Promise<void> {
    if (this.child) return;
    // --dir: a folder of its own, so no stray dump.rdb is ever loaded or written.
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        this.dir,
      ],
      { stdio: 'ignore' },
    );
    this.child = child;
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    await until(() => this.ping(), `redis-server sur le port ${this.port}`, 10_000, 50);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    child.kill('SIGTERM');
    await exited(child);
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private ping(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect(this.port, '127.0.0.1');
      const done = (ok: boolean) => {
        socket.destroy();
        resolve(ok);
      };
      socket.setTimeout(500, () => done(false));
      socket.once('error', () => done(false));
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    });
  }
}

/** CONTINUUM_PROCESS: `api` (HTTP + WebSocket), `worker` (queues, schedulers, sweeps, relay), or `all`. */
export type ProcessRole = 'api' | 'worker' | 'all';

export interface ApiProcessOptions {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  role: ProcessRole;
  smtpUrl?: string;
  /** A port chosen beforehand (a URL registered elsewhere must name it); a free one otherwise. */
  port?: number;
  /** More variables, e.g. the login limits. */
  env?: Record<string, string>;
}

/**
 * `node dist/server/apps/api/src/main.js` — an API process, a worker process (its port answers
 * /health and /metrics only) or both — on a free port.
 */
export class ApiProcess {
  private readonly lines: string[] = [];

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {}

  static async start(name: string, options: ApiProcessOptions): Promise<ApiProcess> {
    assertBuilt();
    const port = options.port ?? (await freePort());
    const child = spawn('node', [...NODE_FLAGS, MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: options.databaseUrl,
        REDIS_URL: options.redisUrl,
        CONTINUUM_REDIS_PREFIX: options.redisPrefix,
        CONTINUUM_PROCESS: options.role,
        SMTP_URL: options.smtpUrl ?? 'smtp://127.0.0.1:9',
        MAIL_RETRY_BASE_MS: '200',
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(name, port, child);
    try {
      await within(api.ready(), 90_000, `démarrage de ${name}`);
    } catch (error) {
      await api.kill();
      throw error;
    }
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What it printed last, to explain a failure. */
  output(): string {
    return this.lines.slice(-40).join('\n');
  }

  /** SIGKILL: no shutdown hook runs, as when the machine or the OOM killer takes it. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    this.child.kill(signal);
    await exited(this.child);
  }

  /** A graceful stop, cut short after 5 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited(this.child);
    clearTimeout(timer);
  }

  private ready(): Promise<void> {
    return new Promise((resolve, reject) => {
      let ready = false;
      let pending = '';
      const keep = (chunk: Buffer) => {
        pending += chunk.toString();
        const parts = pending.split('\n');
        pending = parts.pop() ?? '';
        for (const line of parts) {
          if (!ready && /continuum-(api|worker)-ready/.test(line)) {
            ready = true;
            resolve();
          } else this.lines.push(line.slice(0, 500));
          if (this.lines.length > 400) this.lines.splice(0, 200);
        }
      };
      this.child.stdout!.on('data', keep);
      this.child.stderr!.on('data', keep);
      this.child.once('exit', (code, signal) => {
        if (!ready)
          reject(new Error(`${this.name} s'est arrêté au démarrage (${code ?? signal}) :\n${this.output()}`));
      });
    });
  }
}

/*
 * The mail sender does not disable Nagle's algorithm, and opens one connection per message: the
 * last segment of each message then waits for the server's delayed ACK (40 ms on Linux), which caps
 * a worker at about 75 mails/s on loopback — 5,000 mails take more than a minute. The spawned
 * processes switch TCP_NODELAY on so that the suite stays short; it changes latency, not what is
 * sent or how often. Drop this once MailSender sets it.
 */
const NODE_FLAGS = [
  '-r',
  './tools/scripts/dist-paths.cjs',
  '--import',
  'data:text/javascript,import net from "node:net"; const connect = net.Socket.prototype.connect; ' +
    'net.Socket.prototype.connect = function (...args) { this.setNoDelay(true); return connect.apply(this, args); };',
];

/** A database of the suite's own, migrated and seeded with the demo, dropped at the end. */
export class SuiteDatabase {
  private constructor(readonly url: string) {}

  get name(): string {
    return decodeURIComponent(new URL(this.url).pathname.slice(1));
  }

  /** Next to the run's database (DATABASE_URL), through the compiled `db-cli reset`. */
  static async create(suffix: string): Promise<SuiteDatabase> {
    assertBuilt();
    const base = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/continuum_test');
    base.pathname = `/${`${decodeURIComponent(base.pathname.slice(1))}_${suffix}`.slice(0, 63)}`;
    const database = new SuiteDatabase(base.toString());
    await runNode(DB_CLI, ['reset'], { DATABASE_URL: database.url });
    return database;
  }

  /** A copy (CREATE DATABASE … TEMPLATE): nobody may be connected to this one meanwhile. */
  async clone(suffix: string): Promise<SuiteDatabase> {
    const url = new URL(this.url);
    url.pathname = `/${`${this.name}_${suffix}`.slice(0, 63)}`;
    const copy = new SuiteDatabase(url.toString());
    await this.admin(`create database "${copy.name}" template "${this.name}"`);
    return copy;
  }

  async drop(): Promise<void> {
    await this.admin(`drop database if exists "${this.name}" with (force)`);
  }

  async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    return client;
  }

  private async admin(sql: string): Promise<void> {
    // The set-up's administrator when the run has one (the application's role creates no database).
    const url = new URL(process.env['DATABASE_ADMIN_URL'] ?? this.url);
    url.pathname = '/postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

export function runNode(script: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['-r', './tools/scripts/dist-paths.cjs', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')} : code ${code}\n${output}`)),
    );
  });
}
