import 'reflect-metadata';
import { dataSourceOptions, loadConfig } from '@continuum/server/platform';
import { describeOutlines, loadTerritory } from '@continuum/server/territory';
import { sealJournal, verifyJournal } from '@continuum/server/audit';
import { seedDemo } from '../seed/demo-seed';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { databaseRoles, grantApplication, ownerUrl, prepareRoles, type DatabaseRoles } from './roles';

/**
 * The database commands: `migrate`, `revert`, `generate <Name>`, `reset`, `seed`,
 * `seed-territory <code>`. Run through `npm run db:*` (tools/scripts/db.mjs builds first).
 */
const MIGRATIONS = join(__dirname, '..', '..', 'migrations', '*.js');

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  const config = loadConfig();
  // With DATABASE_ADMIN_URL, the schema is the owner role's and the application's role is granted
  // what it may do (tools/db/roles.ts); without it, everything runs as the user of DATABASE_URL.
  const roles = databaseRoles(process.env, config.databaseUrl);
  const adminUrl = roles?.adminUrl ?? config.databaseUrl;
  const schemaUrl = roles ? ownerUrl(roles) : config.databaseUrl;
  switch (command) {
    case 'migrate':
      await ensureDatabase(adminUrl);
      return migrate(schemaUrl, roles);
    case 'revert':
      return withDataSource(schemaUrl, async (ds) => {
        await ds.undoLastMigration({ transaction: 'each' });
        log('Dernière migration annulée.');
      });
    case 'generate':
      if (!argument || !/^[A-Z][A-Za-z0-9]+$/.test(argument))
        throw new Error('Usage : npm run db:generate -- NomEnPascalCase');
      return withDataSource(schemaUrl, (ds) => generateMigration(ds, argument));
    case 'reset':
      await dropDatabase(adminUrl);
      await ensureDatabase(adminUrl);
      await migrate(schemaUrl, roles);
      log('Base recréée et migrée.');
      return withDataSource(schemaUrl, (ds) => seedDemo(ds, config.departementCode, log));
    case 'drop':
      await dropDatabase(adminUrl);
      return log('Base supprimée.');
    case 'seed':
      return withDataSource(schemaUrl, (ds) => seedDemo(ds, config.departementCode, log));
    case 'seed-territory': {
      const code = argument ?? config.departementCode;
      return withDataSource(schemaUrl, async (ds) => {
        const report = await loadTerritory(ds, code);
        log(`Territoire chargé : ${report.departement}, ${report.communes} communes, ${report.epcis} EPCI.`);
        describeOutlines(report.outlines).forEach((line) => log(line));
      });
    }
    case 'audit-verify':
      return withDataSource(config.databaseUrl, async (ds) => {
        // Seal what is waiting first: what remains unsealed is then only what arrives meanwhile.
        await sealJournal(ds);
        const started = Date.now();
        const verdict = await verifyJournal(ds);
        const seconds = ((Date.now() - started) / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
        if (verdict.broken) {
          process.exitCode = 1;
          log(
            `Journal : chaîne ROMPUE au sceau ${verdict.broken.position} (entrée ${verdict.broken.entryId}, ${verdict.broken.reason}) ` +
              `après ${verdict.sealed.toLocaleString('fr-FR')} sceaux vérifiés.`,
          );
        } else
          log(
            `Journal : ${verdict.sealed.toLocaleString('fr-FR')} entrées scellées, chaîne intacte (vérifiée en ${seconds} s)` +
              (verdict.checkpoint
                ? ` depuis le point de contrôle ${verdict.checkpoint.position} (mois purgés avant le ${verdict.checkpoint.periodEnd.toLocaleDateString('fr-FR')})`
                : '') +
              (verdict.unsealed
                ? ` ; ${verdict.unsealed} entrée(s) arrivée(s) depuis, pas encore scellée(s).`
                : '.'),
          );
      });
    default:
      throw new Error(
        `Commande inconnue « ${command ?? ''} » : migrate, revert, generate, reset, drop, seed, seed-territory, audit-verify.`,
      );
  }
}

async function migrate(schemaUrl: SchemaUrl, roles: DatabaseRoles | null): Promise<void> {
  if (roles) await prepareRoles(roles);
  await withDataSource(schemaUrl, async (ds) => {
    const ran = await ds.runMigrations({ transaction: 'each' });
    log(ran.length ? `Migrations appliquées : ${ran.map((m) => m.name).join(', ')}` : 'Schéma à jour.');
  });
  if (roles) {
    await grantApplication(roles);
    log(
      `Rôles : « ${roles.owner} » possède le schéma, « ${roles.app} » (l’application) y lit et écrit, le journal en ajout seul.`,
    );
  }
}

/** A URL, or the administrator's URL with the role its connections take (the owner's). */
type SchemaUrl = string | { url: string; options: string };

async function withDataSource(target: SchemaUrl, work: (ds: DataSource) => Promise<void>): Promise<void> {
  const url = typeof target === 'string' ? target : target.url;
  const options = dataSourceOptions(url);
  const extra = typeof target === 'string' ? options.extra : { ...options.extra, options: target.options };
  const ds = new DataSource({ ...options, extra, entities: ENTITIES, migrations: [MIGRATIONS] });
  await ds.initialize();
  try {
    await work(ds);
  } finally {
    await ds.destroy();
  }
}

function databaseName(url: string): { name: string; adminUrl: string } {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`Nom de base invalide dans DATABASE_URL : « ${name} »`);
  parsed.pathname = '/postgres';
  return { name, adminUrl: parsed.toString() };
}

async function ensureDatabase(url: string): Promise<void> {
  const { name, adminUrl } = databaseName(url);
  await withAdmin(adminUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database "${name}"`);
      log(`Base « ${name} » créée.`);
    }
  });
}

async function dropDatabase(url: string): Promise<void> {
  const { name, adminUrl } = databaseName(url);
  await withAdmin(adminUrl, (client) =>
    client.query(`drop database if exists "${name}" with (force)`).then(() => undefined),
  );
}

async function withAdmin(adminUrl: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL injoignable (${(error as Error).message}). Démarrez-le : ` +
        'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
    );
  }
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Writes the difference between the entities and the database as a reviewable migration. */
async function generateMigration(ds: DataSource, name: string): Promise<void> {
  const sql = await ds.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    log('Aucune différence entre les entités et la base : pas de migration.');
    return;
  }
  const stamp = Date.now();
  const render = (queries: { query: string; parameters?: unknown[] }[]) =>
    queries
      .map(
        (q) =>
          `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
      )
      .join('\n');
  const file = join(process.cwd(), 'migrations', `${stamp}-${name}.ts`);
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${render(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${render(sql.downQueries.reverse())}
  }
}
`,
  );
  log(`Migration écrite : ${file} — relisez-la avant de la valider.`);
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`Erreur : ${error.message}\n`);
  process.exit(1);
});
