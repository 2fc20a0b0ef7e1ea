import { CASE_TRANSITIONS, CaseStatus, isLowering, Sensitivity } from '@continuum/domain';
import { Api, Session } from './api-harness';
import { aCase, organizationId } from './case-factory';
import { auditLines, outboxEvents, race, timeline, unexpected } from './race-outcomes';

/**
 * A case's state is checked and written in one transaction, on the locked row: of requests sent at
 * the same instant, one wins and the others are told in French that the case has just changed.
 * Marc and Sophie both work at the Mairie d’Orléans, which owns the cases below.
 */
describe('Races on a case: one winner, the others told what happened', () => {
  let api: Api;
  let marc: Session;
  let sophie: Session;
  const MAIRIE = 'Mairie d’Orléans';
  const DDPN = 'DDPN du Loiret';
  /** Marc and Sophie take turns, as two agents clicking at once. */
  const agent = (i: number) => (i % 2 === 0 ? marc : sophie);

  beforeAll(async () => {
    api = await Api.start();
    [marc, sophie] = await Promise.all([
      api.as('marc.petit@orleans.demo'),
      api.as('sophie.bernard@orleans.demo'),
    ]);
  });
  afterAll(() => api.stop());

  const statusOf = async (id: string): Promise<string> =>
    (await api.dataSource.query('select status from cases where id = $1', [id]))[0].status;

  describe('transitionCase', () => {
    const TRANSITION = `mutation($id: ID!, $to: CaseStatus!, $reason: String) {
      transitionCase(id: $id, to: $to, reason: $reason) { id status } }`;

    it('of 20 agents moving a new case at once to « En attente » or « Rejeté », one wins; the history and the outbox hold one move, one the workflow allows', async () => {
      for (let round = 0; round < 3; round++) {
        const kase = await aCase(api).ownedBy(MAIRIE).build();
        const targets = ['ON_HOLD', 'REJECTED'];
        const outcome = await race(20, (i) =>
          agent(i).gql<{ transitionCase: { status: string } }>(TRANSITION, {
            id: kase.id,
            to: targets[i % 2],
            reason: `Motif de l’agent ${i}`,
          }),
        );
        expect(outcome.winners).toHaveLength(1);
        // A loser read the case before the winner wrote (it has just changed), or after (the move is no longer possible).
        expect(
          unexpected(
            outcome.told,
            /^CONFLICT : Le dossier vient de changer de statut \(désormais « (En attente|Rejeté) »\) : rechargez-le\.$/,
            /^BAD_USER_INPUT : Passage impossible de « (En attente|Rejeté) » à « (En attente|Rejeté) »/,
          ),
        ).toEqual([]);
        const won = outcome.winners[0].transitionCase.status;
        expect(await statusOf(kase.id)).toBe(won);
        const moves = await timeline(api, kase.id, 'status_changed');
        expect(moves.map((move) => [move.data['from'], move.data['to']])).toEqual([['NEW', won]]);
        expect(await outboxEvents(api, 'case.status_changed', kase.id)).toBe(1);
      }
    });

    it('of 20 clicks on « Analyse » at once, one moves the case; each later move starts where the last one ended', async () => {
      const kase = await aCase(api).ownedBy(MAIRIE).build();
      const outcome = await race(20, (i) =>
        agent(i).gql<{ transitionCase: { status: string } }>(TRANSITION, { id: kase.id, to: 'ANALYSIS' }),
      );
      expect(outcome.winners).toHaveLength(1);
      expect(
        unexpected(
          outcome.told,
          /^CONFLICT : Le dossier vient de changer de statut \(désormais « Analyse »\) : rechargez-le\.$/,
          /^BAD_USER_INPUT : Passage impossible de « Analyse » à « Analyse »/,
        ),
      ).toEqual([]);
      // Then ten agents, each with its own (allowed) idea of the next step: whatever wins, the chain holds.
      const next = ['RESPONSE', 'ON_HOLD', 'REJECTED'];
      const following = await race(10, (i) =>
        agent(i).gql(TRANSITION, { id: kase.id, to: next[i % 3], reason: 'Suite de l’analyse' }),
      );
      expect(
        unexpected(
          following.told,
          /^CONFLICT : Le dossier vient de changer de statut \(désormais « [^»]+ »\) : rechargez-le\.$/,
          /^BAD_USER_INPUT : Passage impossible de /,
        ),
      ).toEqual([]);
      const moves = (await timeline(api, kase.id, 'status_changed')).map((move) => move.data);
      let at = 'NEW';
      for (const move of moves) {
        expect(move['from']).toBe(at);
        expect(CASE_TRANSITIONS[at as CaseStatus]).toContain(move['to']);
        at = move['to'] as string;
      }
      expect(await statusOf(kase.id)).toBe(at);
      expect(await outboxEvents(api, 'case.status_changed', kase.id)).toBe(moves.length);
    });
  });

  describe('answerReferral', () => {
    const ANSWER = `mutation($id: ID!, $accept: Boolean!, $reason: String) {
      answerReferral(assignmentId: $id, accept: $accept, reason: $reason) { id status } }`;

    it('of 10 answers at once (half accept, half decline), one is kept, and the timeline says only that one', async () => {
      for (let round = 0; round < 3; round++) {
        const kase = await aCase(api).assignedTo(MAIRIE, 'PENDING').build();
        const assignmentId = kase.assignmentIds[MAIRIE];
        const outcome = await race(10, (i) =>
          agent(i).gql<{ answerReferral: { status: string } }>(ANSWER, {
            id: assignmentId,
            accept: i % 2 === 0,
            reason: i % 2 === 0 ? null : 'Pas de notre compétence',
          }),
        );
        expect(outcome.winners).toHaveLength(1);
        const kept = outcome.winners[0].answerReferral.status;
        const said = kept === 'ACCEPTED' ? 'acceptée' : 'déclinée';
        expect(
          unexpected(
            outcome.told,
            new RegExp(`^CONFLICT : Cette saisine a déjà reçu une réponse : elle a été ${said}\\.$`),
          ),
        ).toEqual([]);
        const [row] = await api.dataSource.query('select status from case_assignments where id = $1', [
          assignmentId,
        ]);
        expect(row.status).toBe(kept);
        const accepted = await timeline(api, kase.id, 'referral_accepted');
        const declined = await timeline(api, kase.id, 'referral_declined');
        expect([accepted.length, declined.length]).toEqual(kept === 'ACCEPTED' ? [1, 0] : [0, 1]);
      }
    });

    it('declining while the owner refers the case again never deadlocks: each is told where the referral stands', async () => {
      const paul = await api.as('paul.durand@pm-orleans.demo');
      const mairie = await organizationId(api, MAIRIE);
      for (let round = 0; round < 3; round++) {
        const kase = await aCase(api)
          .ownedBy('Police municipale d’Orléans')
          .assignedTo(MAIRIE, 'PENDING')
          .build();
        const outcome = await race(12, (i) =>
          i % 3 === 0
            ? paul.gql(`mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org) { id } }`, {
                id: kase.id,
                org: mairie,
              })
            : agent(i).gql(ANSWER, {
                id: kase.assignmentIds[MAIRIE],
                accept: false,
                reason: 'Pas de notre compétence',
              }),
        );
        expect(
          unexpected(
            outcome.told,
            /^CONFLICT : Mairie d’Orléans est déjà saisie de ce dossier\.$/,
            /^CONFLICT : Cette saisine a déjà reçu une réponse : elle a été déclinée\.$/,
          ),
        ).toEqual([]);
        // Referred, declined, referred again, declined again…: the timeline alternates, as the row did.
        const kinds: { kind: string }[] = await api.dataSource.query(
          `select kind from case_events where case_id = $1 and kind in ('assigned', 'referral_declined') order by id`,
          [kase.id],
        );
        kinds.forEach(({ kind }, index) =>
          expect(kind).toBe(index % 2 === 0 ? 'referral_declined' : 'assigned'),
        );
      }
    });
  });

  describe('assignCase', () => {
    it('of 20 referrals of the same organisation at once, one is made; the others are told it is already referred', async () => {
      const kase = await aCase(api).ownedBy(MAIRIE).build();
      const ddpn = await organizationId(api, DDPN);
      const outcome = await race(20, (i) =>
        agent(i).gql(
          `mutation($id: ID!, $org: ID!, $message: String) { assignCase(id: $id, organizationId: $org, message: $message) { id status } }`,
          { id: kase.id, org: ddpn, message: `Saisine ${i}` },
        ),
      );
      expect(outcome.winners).toHaveLength(1);
      expect(unexpected(outcome.told, /^CONFLICT : DDPN du Loiret est déjà saisie de ce dossier\.$/)).toEqual(
        [],
      );
      const rows = await api.dataSource.query('select status from case_assignments where case_id = $1', [
        kase.id,
      ]);
      expect(rows).toEqual([{ status: 'PENDING' }]);
      expect(await timeline(api, kase.id, 'assigned')).toHaveLength(1);
      expect(await outboxEvents(api, 'case.referred', kase.id)).toBe(1);
    });
  });

  describe('changeCaseSensitivity', () => {
    const CHANGE = `mutation($id: ID!, $to: Sensitivity!, $reason: String) {
      changeCaseSensitivity(id: $id, sensitivity: $to, reason: $reason) { id sensitivity } }`;

    it('of 10 agents raising a case to AMBER at once, one changes it: one timeline line, one journal line', async () => {
      const kase = await aCase(api).ownedBy(MAIRIE).sensitivity('GREEN').build();
      const outcome = await race(10, (i) =>
        agent(i).gql<{ changeCaseSensitivity: { sensitivity: string } }>(CHANGE, {
          id: kase.id,
          to: 'AMBER',
        }),
      );
      // One wins; who read the case after it answers with the case as it is (nothing to change).
      expect(outcome.winners.every((won) => won.changeCaseSensitivity.sensitivity === 'AMBER')).toBe(true);
      expect(
        unexpected(
          outcome.told,
          /^CONFLICT : Le niveau de diffusion du dossier vient de changer \(désormais « TLP:AMBER — organisations impliquées »\) : rechargez-le\.$/,
        ),
      ).toEqual([]);
      expect(await timeline(api, kase.id, 'sensitivity_changed')).toHaveLength(1);
      expect(await auditLines(api, 'case.sensitivity.raised', kase.id)).toBe(1);
    });

    it('never lowers a case without a reason because another agent raised it meanwhile; each change starts where the last ended', async () => {
      const kase = await aCase(api).ownedBy(MAIRIE).sensitivity('GREEN').build();
      const targets = ['AMBER', 'AMBER_STRICT'];
      const outcome = await race(10, (i) => agent(i).gql(CHANGE, { id: kase.id, to: targets[i % 2] }));
      expect(outcome.winners.length).toBeGreaterThanOrEqual(1);
      expect(
        unexpected(
          outcome.told,
          /^CONFLICT : Le niveau de diffusion du dossier vient de changer \(désormais « TLP:AMBER/,
          /^BAD_USER_INPUT : Un motif est obligatoire pour abaisser le niveau de diffusion\.$/,
        ),
      ).toEqual([]);
      const changes = (await timeline(api, kase.id, 'sensitivity_changed')).map((line) => line.data);
      let at = 'GREEN';
      for (const change of changes) {
        expect(change['from']).toBe(at);
        if (isLowering(at as Sensitivity, change['to'] as Sensitivity)) expect(change['reason']).toBeTruthy();
        at = change['to'] as string;
      }
      const [row] = await api.dataSource.query('select sensitivity from cases where id = $1', [kase.id]);
      expect(row.sensitivity).toBe(at);
      const journaled =
        (await auditLines(api, 'case.sensitivity.raised', kase.id)) +
        (await auditLines(api, 'case.sensitivity.lowered', kase.id));
      expect(journaled).toBe(changes.length);
    });
  });
});
