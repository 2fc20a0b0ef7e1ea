import { Client } from 'pg';

/**
 * The database's two roles (issues #17 and #18). The set-up connects with an administrator's URL
 * (`DATABASE_ADMIN_URL`: a superuser, or a role with CREATEROLE and CREATEDB) and:
 * - creates the **owner** role (`CONTINUUM_DB_OWNER_ROLE`, `continuum_owner` by default; no login):
 *   migrations run as it, so it owns every table, view, type and function of the schema;
 * - creates the **application** role, the user of `DATABASE_URL` (with its password if the URL
 *   has one): it logs in, is neither superuser nor owner of anything, reads and writes the tables,
 *   and may only read and add to the journal (`audit_entries`, `audit_seals`): UPDATE, DELETE and
 *   TRUNCATE there are refused by PostgreSQL's privileges, before any trigger; as a non-superuser
 *   it cannot set `session_replication_role` (which would silence the triggers).
 * - installs the extensions (PostGIS, unaccent, pg_trgm) before the migrations need them.
 * Without `DATABASE_ADMIN_URL` (or with the same user in both), nothing of this happens and
 * everything runs as the one user of `DATABASE_URL`, as before.
 */
export interface DatabaseRoles {
  /** Connects as the administrator, to the application's database. */
  adminUrl: string;
  owner: string;
  app: string;
  appPassword: string | null;
}

/** Tables the application may read and add to, never change. */
const APPEND_ONLY = ['audit_entries', 'audit_seals', 'audit_checkpoints'];
const EXTENSIONS = ['postgis', 'unaccent', 'pg_trgm'];
const ROLE_NAME = /^[a-z_][a-z0-9_]*$/;

export function databaseRoles(env: NodeJS.ProcessEnv, databaseUrl: string): DatabaseRoles | null {
  const admin = env['DATABASE_ADMIN_URL'];
  if (!admin) return null;
  const app = new URL(databaseUrl);
  const adminUrl = new URL(admin);
  adminUrl.pathname = app.pathname; // the same database, whatever the admin URL names
  const appUser = decodeURIComponent(app.username);
  if (!appUser || appUser === decodeURIComponent(adminUrl.username)) return null;
  const owner = env['CONTINUUM_DB_OWNER_ROLE'] || 'continuum_owner';
  for (const [name, value] of [
    ['utilisateur de DATABASE_URL', appUser],
    ['CONTINUUM_DB_OWNER_ROLE', owner],
  ])
    if (!ROLE_NAME.test(value))
      throw new Error(`Nom de rôle invalide (${name}) : « ${value} » (minuscules, chiffres, « _ »).`);
  if (owner === appUser)
    throw new Error('Le rôle propriétaire et le rôle de l’application doivent être distincts.');
  return {
    adminUrl: adminUrl.toString(),
    owner,
    app: appUser,
    appPassword: app.password ? decodeURIComponent(app.password) : null,
  };
}

/** The administrator's connection acting as the owner: what the migrations and the seed run as. */
export function ownerUrl(roles: DatabaseRoles): { url: string; options: string } {
  return { url: roles.adminUrl, options: `-c role=${roles.owner}` };
}

/** Before the migrations: the roles, PostGIS, the schema's privileges, ownership of what exists. */
export async function prepareRoles(roles: DatabaseRoles): Promise<void> {
  await withClient(roles.adminUrl, async (client) => {
    await createRole(client, roles.owner, 'nologin');
    await createRole(client, roles.app, 'login');
    await client.query(
      `alter role "${roles.app}" nosuperuser nocreatedb nocreaterole nobypassrls noreplication` +
        (roles.appPassword ? ` password ${literal(roles.appPassword)}` : ''),
    );
    const database = (await client.query<{ db: string }>('select current_database() as db')).rows[0].db;
    // The extensions the migrations use, installed by the administrator (the owner may not).
    for (const extension of EXTENSIONS) await client.query(`create extension if not exists ${extension}`);
    await client.query(
      `grant connect, temporary on database "${database}" to "${roles.app}", "${roles.owner}"`,
    );
    await client.query(`grant usage, create on schema public to "${roles.owner}"`);
    await client.query(`grant usage on schema public to "${roles.app}"`);
    await client.query(`revoke create on schema public from public`);
    // A database migrated before the roles existed: what the schema holds goes to the owner
    // (PostGIS's own objects stay the extension's).
    await client.query(`
      do $$
      declare object record;
      begin
        for object in
          select c.oid, c.relname, c.relkind from pg_class c
           where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
             and pg_get_userbyid(c.relowner) <> '${roles.owner}'
             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
             and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))
        loop
          execute format('alter %s %I owner to %I',
            case object.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' else 'table' end,
            object.relname, '${roles.owner}');
        end loop;
        for object in
          select t.typname from pg_type t
           where t.typnamespace = 'public'::regnamespace and t.typtype = 'e'
             and pg_get_userbyid(t.typowner) <> '${roles.owner}'
             and not exists (select 1 from pg_depend d where d.objid = t.oid and d.deptype = 'e')
        loop
          execute format('alter type %I owner to %I', object.typname, '${roles.owner}');
        end loop;
        for object in
          select p.oid::regprocedure as signature from pg_proc p
           where p.pronamespace = 'public'::regnamespace
             and pg_get_userbyid(p.proowner) <> '${roles.owner}'
             and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
        loop
          execute format('alter routine %s owner to %I', object.signature, '${roles.owner}');
        end loop;
        if exists (select 1 from pg_class where relname = 'migrations' and relnamespace = 'public'::regnamespace) then
          execute format('alter table migrations owner to %I', '${roles.owner}');
        end if;
      end $$`);
  });
}

/** After the migrations: what the application may do with what the owner made. */
export async function grantApplication(roles: DatabaseRoles): Promise<void> {
  await withClient(roles.adminUrl, async (client) => {
    const app = `"${roles.app}"`;
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${app}`);
    await client.query(`grant usage, select, update on all sequences in schema public to ${app}`);
    await client.query(`revoke update, delete, truncate on ${APPEND_ONLY.join(', ')} from ${app}`);
    // Checkpoints are written by the journal's purge alone, a function run with the owner's rights
    // that refuses any cutoff under a year: the application calls it, and cannot do its work itself.
    await client.query(`revoke insert on audit_checkpoints from ${app}`);
    await client.query(`grant execute on function audit_purge(timestamptz) to ${app}`);
    await client.query(`revoke all on migrations from ${app}`);
    await client.query(`grant select on migrations to ${app}`);
  });
}

async function createRole(client: Client, name: string, login: 'login' | 'nologin'): Promise<void> {
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [name]);
  if (rowCount) return;
  try {
    await client.query(`create role "${name}" ${login}`);
  } catch (error) {
    // Created meanwhile by another set-up (roles are shared by the cluster's databases).
    if ((error as { code?: string }).code !== '42710') throw error;
  }
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

async function withClient(url: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
