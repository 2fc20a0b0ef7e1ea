import { AuditService, sealJournal, verifyJournal } from '@continuum/server/audit';
import { Api } from './api-harness';

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

  it('refuses to change or delete a seal, as the journal refuses its entries', async () => {
    await expect(
      api.dataSource.query(`update audit_seals set hash = repeat('0', 64) where position = 1`),
    ).rejects.toThrow(/ajout seul/);
    await expect(api.dataSource.query(`delete from audit_seals where position = 1`)).rejects.toThrow(
      /ajout seul/,
    );
    await expect(api.dataSource.query(`update audit_entries set action = 'x' where id = 1`)).rejects.toThrow(
      /ajout seul/,
    );
  });

  it('reports the first broken seal when someone who bypasses the triggers rewrites an entry — and holds again once it is put back', async () => {
    await record('test.chain.tampered');
    await sealJournal(api.dataSource);
    const [entry] = await api.dataSource.query(
      `select id, action from audit_entries where action = 'test.chain.tampered' order by id desc limit 1`,
    );
    // A superuser can switch the triggers off for a session: what the chain is there to reveal.
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`set session_replication_role = replica`);
      await runner.query(`update audit_entries set action = 'test.chain.rewritten' where id = $1`, [
        entry.id,
      ]);
      const verdict = await verifyJournal(api.dataSource);
      expect(verdict.broken).toEqual({
        position: expect.any(String),
        entryId: String(entry.id),
        reason: 'entrée modifiée ou chaîne rompue',
      });
      await runner.query(`update audit_entries set action = $2 where id = $1`, [entry.id, entry.action]);
    } finally {
      await runner.query(`set session_replication_role = origin`);
      await runner.release();
    }
    expect((await verifyJournal(api.dataSource)).broken).toBeNull();
  });
});
