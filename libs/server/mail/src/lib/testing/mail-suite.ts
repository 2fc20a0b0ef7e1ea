import type { LoggerService } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import {
  type AppConfig,
  bullPrefix,
  ConfigModule,
  DatabaseModule,
  dataSourceOptions,
  QueuesModule,
} from '@continuum/server/platform';
import { CommuneEntity, DepartementEntity, EpciEntity, ZoneEntity } from '@continuum/server/territory';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MailMessageEntity } from '../mail-message.entity';
import type { MailJob, MailOptions } from '../mail.jobs';
import { MailModule } from '../mail.module';
import { MailService } from '../mail.service';
import { SmtpCatcher } from './smtp-catcher';

/*
 * What the mail suites share: against the real PostgreSQL and Redis, with a real SMTP server in
 * the test process. Each suite works in a database and under a Redis prefix of its own: its
 * sweeper, tuned to look every quarter of a second, would otherwise hand the PENDING rows of other
 * suites running at the same time to its own catcher, and theirs would take its rows.
 */

const RELATED_ENTITIES = [
  UserEntity,
  OrganizationEntity,
  CommuneEntity,
  DepartementEntity,
  EpciEntity,
  ZoneEntity,
];
/**
 * The suite's own database is made, migrated and used by the run's administrator when there is one
 * (the application's role creates no database): these suites try the mail pipeline, not the roles.
 */
const BASE_DATABASE_URL = adminOf(
  process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/continuum_test',
);

function adminOf(databaseUrl: string): string {
  const admin = process.env['DATABASE_ADMIN_URL'];
  if (!admin) return databaseUrl;
  const url = new URL(admin);
  url.pathname = new URL(databaseUrl).pathname;
  return url.toString();
}
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379/0';

/** Log lines kept for assertions (Nest's logger is one per process: every instance writes here). */
export class LogLines implements LoggerService {
  readonly lines: { level: string; message: string }[] = [];
  log(message: unknown): void {
    this.lines.push({ level: 'log', message: String(message) });
  }
  warn(message: unknown): void {
    this.lines.push({ level: 'warn', message: String(message) });
  }
  error(message: unknown): void {
    this.lines.push({ level: 'error', message: String(message) });
  }
  debug(): void {
    // Not kept.
  }
  verbose(): void {
    // Not kept.
  }
  has(level: string, pattern: RegExp): boolean {
    return this.lines.some((line) => line.level === level && pattern.test(line.message));
  }
}

/** One application instance of the mail module (a process, with its worker or, role `api`, without). */
export interface MailInstance {
  mail: MailService;
  dataSource: DataSource;
  module: TestingModule;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probeValue` every 50 ms until it returns something truthy; throws after `timeoutMs`. */
export async function until<T>(
  probeValue: () => Promise<T | null | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probeValue();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Délai dépassé : ${what}`);
    await sleep(50);
  }
}

/** A suite's database (migrated, empty), Redis prefix, SMTP catcher and main instance. */
export class MailSuite {
  readonly logs = new LogLines();
  readonly redisPrefix: string;
  main!: MailInstance;
  catcher!: SmtpCatcher;
  /** The suite's queue, to look at its jobs. */
  probe!: Queue<MailJob>;
  private databaseUrl = '';
  /** The suite's name and a random suffix: its database's, and its Redis keys'. */
  private readonly tag: string;

  private constructor(name: string) {
    const suffix = randomBytes(3).toString('hex');
    this.tag = `${name}_${suffix}`;
    this.redisPrefix = `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}${name}-${suffix}:`;
  }

  /** `name` tells the suite's database and Redis keys from other suites'. */
  static async start(name: string, mainOptions: Partial<MailOptions>): Promise<MailSuite> {
    const suite = new MailSuite(name);
    suite.databaseUrl = await suite.createDatabase();
    suite.catcher = await SmtpCatcher.start();
    suite.main = await suite.boot(mainOptions);
    suite.probe = new Queue<MailJob>('mail', {
      prefix: bullPrefix(suite.redisPrefix),
      connection: { url: REDIS_URL },
    });
    return suite;
  }

  async stop(): Promise<void> {
    await this.probe?.close();
    await this.main?.module.close();
    await this.catcher?.stop();
    await this.dropRedisKeys();
    await this.dropDatabase();
  }

  /** Another instance on the suite's database, Redis prefix and catcher (`{ role: 'api' }`: no worker). */
  async boot(options: Partial<MailOptions>, config: Partial<AppConfig> = {}): Promise<MailInstance> {
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({
          databaseUrl: this.databaseUrl,
          redisUrl: REDIS_URL,
          redisPrefix: this.redisPrefix,
          publicUrl: 'https://continuum.test',
          mail: {
            smtpUrl: this.catcher.url,
            from: 'Continuum <ne-pas-repondre@continuum.test>',
            retryBaseMs: 30_000,
            batchSize: 50,
          },
          ...config,
        }),
        DatabaseModule,
        QueuesModule.forRoot(),
        TypeOrmModule.forFeature(RELATED_ENTITIES),
        MailModule.forRoot(options),
      ],
    })
      .setLogger(this.logs)
      .compile();
    await module.init();
    return { mail: module.get(MailService), dataSource: module.get(DataSource), module };
  }

  row(id: string): Promise<MailMessageEntity> {
    return this.main.dataSource.getRepository(MailMessageEntity).findOneByOrFail({ id });
  }

  rowWhere(id: string, test: (mail: MailMessageEntity) => boolean, timeoutMs: number, what: string) {
    return until(
      async () => {
        const mail = await this.row(id);
        return test(mail) ? mail : null;
      },
      timeoutMs,
      what,
    );
  }

  private async createDatabase(): Promise<string> {
    const url = new URL(BASE_DATABASE_URL);
    const name = `${decodeURIComponent(url.pathname.slice(1))}_${this.tag}`.slice(0, 63);
    await withAdmin((client) => client.query(`create database "${name}"`));
    url.pathname = `/${name}`;
    const migrations = join(__dirname, '..', '..', '..', '..', '..', '..', 'migrations', '*.ts');
    const dataSource = new DataSource({ ...dataSourceOptions(url.toString()), migrations: [migrations] });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    return url.toString();
  }

  private async dropDatabase(): Promise<void> {
    if (!this.databaseUrl) return;
    const name = decodeURIComponent(new URL(this.databaseUrl).pathname.slice(1));
    await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
  }

  private async dropRedisKeys(): Promise<void> {
    const redis = new Redis(REDIS_URL);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.redisPrefix}*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}

async function withAdmin(work: (client: Client) => Promise<unknown>): Promise<void> {
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
