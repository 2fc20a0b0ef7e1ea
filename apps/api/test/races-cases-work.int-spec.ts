import { Api, Session } from './api-harness';
import { aCase, organizationId } from './case-factory';
import { auditLines, race, timeline, unexpected } from './race-outcomes';

/**
 * Shares, links, actions and the nominative block under parallel requests: each change is made once,
 * written once in the timeline and the journal, and whoever comes second is told so in French.
 * Marc and Sophie both work at the Mairie d’Orléans, which owns the cases below.
 */
describe('Races on the work of a case: each change made once', () => {
  let api: Api;
  let marc: Session;
  let sophie: Session;
  const MAIRIE = 'Mairie d’Orléans';
  const DDPN = 'DDPN du Loiret';
  const agent = (i: number) => (i % 2 === 0 ? marc : sophie);

  beforeAll(async () => {
    api = await Api.start();
    [marc, sophie] = await Promise.all([
      api.as('marc.petit@orleans.demo'),
      api.as('sophie.bernard@orleans.demo'),
    ]);
  });
  afterAll(() => api.stop());

  it('shares a case with an organisation once, of 10 shares at once; the others are told it already is', async () => {
    const kase = await aCase(api).ownedBy(MAIRIE).sensitivity('AMBER').build();
    const ddpn = await organizationId(api, DDPN);
    const outcome = await race(10, (i) =>
      agent(i).gql(
        `mutation($id: ID!, $org: ID!) { shareCase(id: $id, organizationId: $org, reason: "Suivi conjoint") { id } }`,
        { id: kase.id, org: ddpn },
      ),
    );
    expect(outcome.winners).toHaveLength(1);
    expect(
      unexpected(outcome.told, /^CONFLICT : Le dossier est déjà partagé avec DDPN du Loiret\.$/),
    ).toEqual([]);
    const shares = await api.dataSource.query('select id from case_shares where case_id = $1', [kase.id]);
    expect(shares).toHaveLength(1);
    expect(await timeline(api, kase.id, 'shared')).toHaveLength(1);
    expect(await auditLines(api, 'case.shared', kase.id)).toBe(1);
  });

  it('withdraws a share once, of 10 withdrawals at once; the others are told it has just been withdrawn', async () => {
    const kase = await aCase(api).ownedBy(MAIRIE).sensitivity('AMBER').sharedWith(DDPN).build();
    const outcome = await race(10, (i) =>
      agent(i).gql(`mutation($id: ID!) { unshareCase(shareId: $id, reason: "Fin du suivi") { id } }`, {
        id: kase.shareIds[DDPN],
      }),
    );
    expect(outcome.winners).toHaveLength(1);
    // Read before it was withdrawn: « vient d’être retiré » ; after: it no longer exists.
    expect(
      unexpected(
        outcome.told,
        /^CONFLICT : Ce partage avec DDPN du Loiret vient d’être retiré\.$/,
        /^NOT_FOUND : Partage introuvable\.$/,
      ),
    ).toEqual([]);
    expect(await timeline(api, kase.id, 'unshared')).toHaveLength(1);
    expect(await auditLines(api, 'case.unshared', kase.id)).toBe(1);
  });

  it('links two cases once, of 10 links at once from either side, then unlinks them once: one timeline line each, no deadlock', async () => {
    const [one, other] = [await aCase(api).ownedBy(MAIRIE).build(), await aCase(api).ownedBy(MAIRIE).build()];
    const LINK = `mutation($id: ID!, $other: ID!) { linkCases(id: $id, otherCaseId: $other) { id } }`;
    const UNLINK = `mutation($id: ID!, $other: ID!) { unlinkCases(id: $id, otherCaseId: $other) { id } }`;
    const sides = (i: number) =>
      i % 4 < 2 ? { id: one.id, other: other.id } : { id: other.id, other: one.id };

    const linked = await race(10, (i) => agent(i).gql(LINK, sides(i)));
    expect(linked.winners).toHaveLength(1);
    expect(unexpected(linked.told, /^CONFLICT : Ces dossiers sont déjà liés\.$/)).toEqual([]);
    const links = await api.dataSource.query(
      'select 1 from case_links where (case_a_id, case_b_id) in (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))',
      [one.id, other.id],
    );
    expect(links).toHaveLength(1);
    expect(await timeline(api, one.id, 'linked')).toHaveLength(1);
    expect(await timeline(api, other.id, 'linked')).toHaveLength(1);

    const unlinked = await race(10, (i) => agent(i).gql(UNLINK, sides(i)));
    expect(unlinked.winners).toHaveLength(1);
    expect(unexpected(unlinked.told, /^CONFLICT : Ces dossiers ne sont pas \(ou plus\) liés\.$/)).toEqual([]);
    expect(await timeline(api, one.id, 'unlinked')).toHaveLength(1);
    expect(await timeline(api, other.id, 'unlinked')).toHaveLength(1);
  });

  describe('updateCaseAction', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateCaseActionInput!) { updateCaseAction(id: $id, input: $input) { id status } }`;
    const statusLines = async (caseId: string) =>
      (await timeline(api, caseId, 'action_updated')).filter((line) =>
        String(line.data['change']).includes('statut'),
      );

    it('of 10 agents finishing an action at once, one finishes it: the timeline says « Terminée » once', async () => {
      const kase = await aCase(api).ownedBy(MAIRIE).withAction(MAIRIE, 'Réunir les riverains').build();
      const outcome = await race(10, (i) =>
        agent(i).gql(UPDATE, {
          id: kase.actionIds[0],
          input: { status: 'DONE', outcome: `Réunion tenue (${i})` },
        }),
      );
      // Who read the action once finished only fills in the outcome; who read it before is told it changed.
      expect(outcome.winners.length).toBeGreaterThanOrEqual(1);
      expect(
        unexpected(
          outcome.told,
          /^CONFLICT : L’action vient de passer au statut « Terminée » : rechargez-la\.$/,
        ),
      ).toEqual([]);
      expect(await statusLines(kase.id)).toHaveLength(1);
    });

    it('an edit of the due date sent while another agent finishes the action does not write the old status back', async () => {
      const kase = await aCase(api).ownedBy(MAIRIE).withAction(MAIRIE, 'Poser un éclairage').build();
      const outcome = await race(12, (i) =>
        agent(i).gql(UPDATE, {
          id: kase.actionIds[0],
          input: i === 0 ? { status: 'DONE', outcome: 'Éclairage posé' } : { dueOn: `2030-01-${10 + i}` },
        }),
      );
      expect(outcome.told).toEqual([]);
      const [row] = await api.dataSource.query(
        'select status, outcome, completed_at from case_actions where id = $1',
        [kase.actionIds[0]],
      );
      expect(row).toMatchObject({ status: 'DONE', outcome: 'Éclairage posé' });
      expect(row.completed_at).not.toBeNull();
      expect(await statusLines(kase.id)).toHaveLength(1);
    });
  });

  it('removes a person once, of 10 removals at once; the others are told the person is no longer there', async () => {
    const kase = await aCase(api).ownedBy(MAIRIE).withPerson('Jean Exemple').build();
    const outcome = await race(10, (i) =>
      agent(i).gql(`mutation($id: ID!) { removeCasePerson(id: $id, reason: "Doublon de fiche") }`, {
        id: kase.personIds[0],
      }),
    );
    expect(outcome.winners).toHaveLength(1);
    expect(
      unexpected(outcome.told, /^NOT_FOUND : Personne introuvable( : elle vient d’être retirée)?\.$/),
    ).toEqual([]);
    expect(await timeline(api, kase.id, 'person_removed')).toHaveLength(1);
  });
});
