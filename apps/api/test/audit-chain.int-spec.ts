import { AuditService, sealJournal, verifyJournal } from '@continuum/server/audit';
import { Api, asDatabaseAdmin } from './api-harness';

describe('The journal is tamper-evident: every entry sealed in a chain that a change breaks', () => {
  let api: Api;

  beforeAll(async () => {
    api = await Api.start();
  });
  afterAll(() => api.stop());

  const record = (action: string) =>
    api.app.get(AuditService).record({ action, subjectType: 'Test', subjectId: action, details: { n: 1 } });

  it('seals new entries in order and verifies the whole chain', async () => {
    await record('test.chain.one');
    await record('test.chain.two');
    await sealJournal(api.dataSource);
    const [{ unsealedMine }] = await api.dataSource.query(
      `select count(*)::int as "unsealedMine" from audit_entries e where e.action like 'test.chain.%'
          and not exists (select 1 from audit_seals s where s.entry_id = e.id)`,
    );
    expect(unsealedMine).toBe(0);
    const verdict = await verifyJournal(api.dataSource);
    expect(verdict.broken).toBeNull();
    expect(verdict.sealed).toBeGreaterThanOrEqual(2);
  });

  it('refuses to change or delete a seal, as the journal refuses its entries — to the application and to the owner', async () => {
    const attempts = [
      `update audit_seals set hash = repeat('0', 64) where position = 1`,
      `delete from audit_seals where position = 1`,
      `update audit_entries set action = 'x' where id = 1`,
    ];
    const byRole = process.env['DATABASE_ADMIN_URL'] ? /permission denied for table audit_/ : /ajout seul/;
    for (const sql of attempts) {
      await expect(api.dataSource.query(sql)).rejects.toThrow(byRole);
      await asDatabaseAdmin((client) => expect(client.query(sql)).rejects.toThrow(/ajout seul/));
    }
  });

  it('gives the application’s role no way to silence the triggers', async () => {
    const [{ rolsuper }] = await api.dataSource.query(
      'select rolsuper from pg_roles where rolname = current_user',
    );
    if (!process.env['DATABASE_ADMIN_URL']) return expect(rolsuper).toBe(true); // one user for all
    expect(rolsuper).toBe(false);
    await expect(api.dataSource.query('set session_replication_role = replica')).rejects.toThrow(
      /permission denied to set parameter "session_replication_role"/,
    );
    await expect(api.dataSource.query('alter table audit_entries disable trigger user')).rejects.toThrow(
      /must be owner of table audit_entries/,
    );
  });

  it('reports the first broken seal when someone who bypasses the triggers rewrites an entry — and holds again once it is put back', async () => {
    await record('test.chain.tampered');
    await sealJournal(api.dataSource);
    const [entry] = await api.dataSource.query(
      `select id, action from audit_entries where action = 'test.chain.tampered' order by id desc limit 1`,
    );
    // A superuser can switch the triggers off for a session: what the chain is there to reveal.
    await asDatabaseAdmin(async (admin) => {
      await admin.query(`set session_replication_role = replica`);
      await admin.query(`update audit_entries set action = 'test.chain.rewritten' where id = $1`, [entry.id]);
      try {
        const verdict = await verifyJournal(api.dataSource);
        expect(verdict.broken).toEqual({
          position: expect.any(String),
          entryId: String(entry.id),
          reason: 'entrée modifiée ou chaîne rompue',
        });
      } finally {
        await admin.query(`update audit_entries set action = $2 where id = $1`, [entry.id, entry.action]);
      }
    });
    expect((await verifyJournal(api.dataSource)).broken).toBeNull();
  });
});
