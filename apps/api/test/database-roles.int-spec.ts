import { Client } from 'pg';
import { RetentionService, sealJournal, verifyJournal } from '@continuum/server/audit';
import { Api } from './api-harness';
import { runNode } from './fault-rig';

/**
 * Issues #17 and #18: the set-up makes the database's roles — an owner the migrations run as, and
 * the application's role, which logs in, is no superuser, owns nothing, and only reads and adds to
 * the journal. Checked on a database of its own, set up from nothing by `db-cli migrate`.
 */
const DB_CLI = 'dist/server/tools/db/db-cli.js'; // built by the run (npx tsc -p tsconfig.server.json)

describe('the database’s roles, made by the set-up', () => {
  const run = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/continuum_test');
  const name = `${decodeURIComponent(run.pathname.slice(1))}_roles`.slice(0, 63);
  const admin = new URL(process.env['DATABASE_ADMIN_URL'] ?? run.toString());
  const at = (user: string, database = name) => {
    const url = new URL(admin.toString());
    url.username = user;
    url.password = '';
    url.pathname = `/${database}`;
    return url.toString();
  };
  const adminAt = (database: string) => {
    const url = new URL(admin.toString());
    url.pathname = `/${database}`;
    return url.toString();
  };
  let app: Client;

  beforeAll(async () => {
    await runNode(DB_CLI, ['drop'], { DATABASE_URL: adminAt(name), DATABASE_ADMIN_URL: '' });
    await runNode(DB_CLI, ['migrate'], {
      DATABASE_URL: at('continuum_app'),
      DATABASE_ADMIN_URL: adminAt('postgres'),
    });
    app = new Client({ connectionString: at('continuum_app') });
    await app.connect();
  }, 120_000);
  afterAll(async () => {
    await app?.end();
    await runNode(DB_CLI, ['drop'], { DATABASE_URL: adminAt(name), DATABASE_ADMIN_URL: '' });
  });

  it('connects the application as a role that is no superuser and owns nothing of the schema', async () => {
    const { rows } = await app.query(
      `select r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolbypassrls,
              (select count(*)::int from pg_class c where c.relnamespace = 'public'::regnamespace
                 and c.relowner = r.oid) as owned
         from pg_roles r where r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
      owned: 0,
    });
    const { rows: owners } = await app.query(
      `select distinct tableowner from pg_tables where schemaname = 'public' and tablename <> 'spatial_ref_sys'`,
    );
    expect(owners).toEqual([{ tableowner: 'continuum_owner' }]);
  });

  it('lets it add to the journal and read it, and refuses UPDATE, DELETE and TRUNCATE by its privileges', async () => {
    // Dated long ago: the journal's purge below takes it with the old months.
    await app.query(
      `insert into audit_entries (action, subject_type, subject_id, occurred_at)
       values ('test.roles', 'Test', 'roles', now() - interval '900 days')`,
    );
    const { rows } = await app.query(
      `select count(*)::int as n from audit_entries where action = 'test.roles'`,
    );
    expect(rows[0].n).toBe(1);
    for (const sql of [
      `update audit_entries set action = 'x'`,
      `delete from audit_entries`,
      `truncate audit_entries`,
      `delete from audit_seals`,
    ])
      await expect(app.query(sql)).rejects.toThrow(/permission denied for table audit_(entries|seals)/);
    const { rows: after } = await app.query(
      `select count(*)::int as n from audit_entries where action = 'test.roles'`,
    );
    expect(after[0].n).toBe(1);
  });

  it('refuses it session_replication_role, the triggers, the schema and the migrations', async () => {
    await expect(app.query('set session_replication_role = replica')).rejects.toThrow(
      /permission denied to set parameter "session_replication_role"/,
    );
    await expect(app.query('alter table audit_entries disable trigger user')).rejects.toThrow(
      /must be owner/,
    );
    await expect(app.query('drop trigger audit_entries_no_update_delete on audit_entries')).rejects.toThrow(
      /must be owner/,
    );
    await expect(app.query('create table intrus (id int)')).rejects.toThrow(
      /permission denied for schema public/,
    );
    await expect(app.query(`delete from migrations`)).rejects.toThrow(
      /permission denied for table migrations/,
    );
  });

  it('lets it work the other tables as the application does', async () => {
    await app.query('begin');
    try {
      await app.query(`update organizations set name = name`);
      await app.query(`delete from notifications where false`);
    } finally {
      await app.query('rollback');
    }
  });

  it('purges the journal’s whole months past its retention through the owner’s function, the chain verifiable from a checkpoint', async () => {
    const api = await Api.start({ databaseUrl: at('continuum_app') });
    try {
      const entry = (action: string, daysAgo: number) =>
        app.query(
          `insert into audit_entries (action, subject_type, subject_id, occurred_at)
           values ($1, 'Test', 'purge', now() - make_interval(days => $2))`,
          [action, daysAgo],
        );
      for (const daysAgo of [800, 790, 780]) await entry('test.purge.old', daysAgo);
      await sealJournal(api.dataSource);
      for (const daysAgo of [30, 1]) await entry('test.purge.recent', daysAgo);
      await sealJournal(api.dataSource);

      // The application's role cannot cut under a year, nor write a checkpoint itself.
      await expect(app.query(`select audit_purge(now() - interval '30 days')`)).rejects.toThrow(
        /Le journal est conservé un an au moins/,
      );
      await expect(
        app.query(
          `insert into audit_checkpoints (position, hash, entries, period_end) values (1, 'x', 0, now())`,
        ),
      ).rejects.toThrow(/permission denied for table audit_checkpoints/);

      const report = await api.app.get(RetentionService).purge();
      expect(report.JOURNAL).toBe(4); // the three old ones and the first test's
      const { rows: left } = await app.query(
        `select action, count(*)::int as n from audit_entries where subject_id = 'purge' group by action order by action`,
      );
      expect(left).toEqual([{ action: 'test.purge.recent', n: 2 }]);
      await sealJournal(api.dataSource);
      const verdict = await verifyJournal(api.dataSource);
      expect(verdict.broken).toBeNull();
      expect(verdict.checkpoint).toEqual({ position: expect.any(String), periodEnd: expect.any(Date) });
      expect(verdict.sealed).toBeGreaterThanOrEqual(3); // the two recent entries and the purge's own

      // A checkpoint slipped in behind the function (a superuser) has no sealed account of a purge.
      const owner = new Client({ connectionString: adminAt(name) });
      await owner.connect();
      try {
        const { rows } = await owner.query(
          `select position, hash from audit_seals order by position desc limit 1`,
        );
        await owner.query(
          `insert into audit_checkpoints (position, hash, entries, period_end) values ($1, $2, 0, now())`,
          [rows[0].position, rows[0].hash],
        );
      } finally {
        await owner.end();
      }
      expect((await verifyJournal(api.dataSource)).broken).toMatchObject({
        reason: 'point de contrôle sans trace au journal',
      });
    } finally {
      await api.stop();
    }
  });

  it('migrates again without change, and hands over to the owner what an older set-up left to the administrator', async () => {
    const owner = new Client({ connectionString: adminAt(name) });
    await owner.connect();
    try {
      await owner.query(`alter table notifications owner to current_user`);
      await runNode(DB_CLI, ['migrate'], {
        DATABASE_URL: at('continuum_app'),
        DATABASE_ADMIN_URL: adminAt('postgres'),
      });
      const { rows } = await owner.query(
        `select tableowner from pg_tables where schemaname = 'public' and tablename = 'notifications'`,
      );
      expect(rows).toEqual([{ tableowner: 'continuum_owner' }]);
    } finally {
      await owner.end();
    }
  });
});
