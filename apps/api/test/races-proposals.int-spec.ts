import { Api, Session } from './api-harness';
import { aCase } from './case-factory';
import { ANSWER, MERGE, MODERATE, OPEN_CASE, Proposals } from './proposal-factory';
import { race, unexpected } from './race-outcomes';

describe('Races on proposals: of two moderators or triagers at once, one wins and the other is told', () => {
  let api: Api;
  let proposals: Proposals;
  let claire: Session;
  let claire2: Session;
  let serge: Session;
  let marc: Session;

  beforeAll(async () => {
    api = await Api.start();
    proposals = new Proposals(api);
    claire = await api.as('claire.martin@prefecture.demo');
    claire2 = await api.as('claire.martin@prefecture.demo');
    serge = await api.as('serge.aubert@orleans.demo');
    marc = await api.as('marc.petit@orleans.demo');
  });
  afterAll(() => api.stop());

  it('releases or rejects a pending proposal once', async () => {
    const { id } = await proposals.submitted();
    const outcome = await race(6, (i) =>
      (i % 2 ? claire : claire2).gql(MODERATE, {
        id,
        release: i % 3 !== 0,
        note: 'Hors sujet pour le CLSPD.',
      }),
    );
    expect(outcome.winners).toHaveLength(1);
    expect(
      unexpected(
        outcome.told,
        /^CONFLICT : Cette proposition vient d’être modérée par Claire Martin .*Rechargez la page\.$/,
      ),
    ).toEqual([]);
    const [row] = await api.dataSource.query(`select status from proposals where id = $1`, [id]);
    expect(row.status).toBe(
      (outcome.winners[0] as { moderateProposal: { status: string } }).moderateProposal.status,
    );
  });

  it('triages a released proposal once, whatever each triager chose: one answer, one merge or one new case', async () => {
    const policeCase = await aCase(api).ownedBy('Mairie d’Orléans').sensitivity('GREEN').build();
    const { id } = await proposals.submitted({}, claire);
    const casesBefore = await api.dataSource.query(`select count(*)::int as n from cases`);
    const triagers = [claire, serge, marc, claire2, serge, marc];
    const outcome = await race(triagers.length, (i) => {
      const session = triagers[i];
      if (i % 3 === 0)
        return session.gql(ANSWER, { id, answer: `Réponse numéro ${i}, apportée par le triage.` });
      if (i % 3 === 1) return session.gql(MERGE, { id, caseId: policeCase.id });
      return session.gql(OPEN_CASE, {
        id,
        input: {
          title: `Dossier ouvert par le triage ${i}`,
          category: 'NUISANCES_SONORES',
          sensitivity: 'GREEN',
        },
      });
    });
    expect(outcome.winners).toHaveLength(1);
    expect(
      unexpected(
        outcome.told,
        /^CONFLICT : Cette proposition vient d’être traitée par .+ : « .+ »\. Rechargez la page\.$/,
      ),
    ).toEqual([]);
    const [row] = await api.dataSource.query(`select status, answer, case_id from proposals where id = $1`, [
      id,
    ]);
    const casesAfter = await api.dataSource.query(`select count(*)::int as n from cases`);
    // A losing « open a case » left no case behind: its creation rolled back with the claim.
    expect(casesAfter[0].n - casesBefore[0].n).toBe(row.status === 'CASE_OPENED' ? 1 : 0);
    const links = await api.dataSource.query(
      `select count(*)::int as n from case_events where kind = 'proposal_linked' and data->>'reference' = (select 'P-' || number from proposals where id = $1)`,
      [id],
    );
    expect(links[0].n).toBe(row.status === 'ANSWERED' ? 0 : 1);
  });
});
