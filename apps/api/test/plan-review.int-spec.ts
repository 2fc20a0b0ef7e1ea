import { Api, ok, Session } from './api-harness';
import { anAdoptedPlan, burglaries } from './plan-factory';

const CREATE = `mutation($bodyId: ID!, $input: MeetingInput!) { createMeeting(bodyId: $bodyId, input: $input) { id } }`;
const PROPOSALS = `query($id: ID!) { meeting(id: $id) { proposals(perSection: 50) { key section reason title } } }`;
const ACCEPT = `mutation($id: ID!, $keys: [String!]!) { acceptAgendaProposals(meetingId: $id, keys: $keys) { agenda { section title reason } } }`;

type Proposal = { key: string; section: string; reason: string; title: string | null };

describe('The bimonthly PADRSQ review: its agenda proposed from the plan’s figures and the period’s operations', () => {
  let api: Api;
  let claire: Session;
  let meetingId: string;
  let done: string;
  let planned: string;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    const startsAt = new Date(Date.now() + 20 * 86_400_000);
    const year = startsAt.getUTCFullYear();
    const current = ok(
      await claire.gql<{ currentPlan: { id: string } | null }>(
        `query($y: Int!) { currentPlan(year: $y) { id } }`,
        { y: year },
      ),
    );
    if (!current.currentPlan) {
      // After the demo's year: a plan of that year, adopted for the test.
      await api.dataSource.query(`delete from plans where year = $1 and status <> 'ADOPTED'`, [year]);
      await anAdoptedPlan(claire, [burglaries()]).catch(() => undefined);
    }
    const [body] = await api.dataSource.query(
      `select id from coordination_bodies where name = 'Revue bimestrielle du PADRSQ'`,
    );
    meetingId = ok(
      await claire.gql<{ createMeeting: { id: string } }>(CREATE, {
        bodyId: body.id,
        input: {
          kind: 'REVUE_BIMESTRIELLE',
          startsAt: startsAt.toISOString(),
          durationMinutes: 120,
          place: 'Préfecture, salle Jeanne-d’Arc',
        },
      }),
    ).createMeeting.id;
    // The period's operations: one done (with its outcome), one still planned that the cabinet does not take part in.
    const [ddpn] = await api.dataSource.query(`select id from organizations where name = 'DDPN du Loiret'`);
    const insert = async (reference: string, status: string, days: number) => {
      const [row] = await api.dataSource.query(
        `insert into operations (reference, title, kind, status, starts_at, ends_at, commune_codes, organizer_organization_id)
         values ($1, $2, 'STUPEFIANTS', $3, now() + $4 * interval '1 day', now() + $4 * interval '1 day' + interval '3 hours', '{45234}', $5)
         returning id`,
        [reference, `Opération test ${reference}`, status, days, ddpn.id],
      );
      await api.dataSource.query(
        `insert into operation_participants (operation_id, organization_id) values ($1, $2)`,
        [row.id, ddpn.id],
      );
      return row.id as string;
    };
    const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
    done = await insert(`OP-T-${suffix}-1`, 'DONE', -3);
    planned = await insert(`OP-T-${suffix}-2`, 'PLANNED', 5);
    await api.dataSource.query(
      `insert into operation_outcomes (operation_id, organization_id, interpellations, verbalisations, seizures, entered_by_label)
       values ($1, $2, 4, 2, '[{"nature":"résine de cannabis","quantity":1.2,"unit":"kg"}]', 'Laurent Moreau')`,
      [done, ddpn.id],
    );
  });
  afterAll(async () => {
    await api.dataSource.query(`delete from operations where id = any($1)`, [[done, planned]]);
    await api.stop();
  });

  const proposals = async () =>
    ok(await claire.gql<{ meeting: { proposals: Proposal[] } }>(PROPOSALS, { id: meetingId })).meeting
      .proposals;

  it('proposes the plan’s objectives first, those off their trajectory before the others, each with where it stands', async () => {
    const list = await proposals();
    const objectives = list.filter((proposal) => proposal.section === 'PLAN_OBJECTIVES');
    expect(objectives.length).toBeGreaterThan(0);
    expect(list[0].section).toBe('PLAN_OBJECTIVES');
    const rank = (reason: string) => (/en retard sur la trajectoire/.test(reason) ? 0 : 1);
    const ranks = objectives.map((proposal) => rank(proposal.reason));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(objectives[0].title).toMatch(/^Objectif « .+ »$/);
  });

  it('proposes the operations done since the last review with their outcome, never one still planned', async () => {
    const operations = (await proposals()).filter((proposal) => proposal.section === 'PLAN_OPERATIONS');
    const mine = operations.find((proposal) => proposal.key === `operation:${done}`);
    expect(mine?.reason).toMatch(
      /^Lutte contre les stupéfiants, le .+ : 4 interpellations, 2 verbalisations, 1 saisie$/,
    );
    expect(operations.map((proposal) => proposal.key)).not.toContain(`operation:${planned}`);
  });

  it('takes a proposed objective into the agenda with its reason, and stops proposing it', async () => {
    const [first] = (await proposals()).filter((proposal) => proposal.section === 'PLAN_OBJECTIVES');
    const { acceptAgendaProposals } = ok(
      await claire.gql<{
        acceptAgendaProposals: { agenda: { section: string; title: string; reason: string }[] };
      }>(ACCEPT, {
        id: meetingId,
        keys: [first.key],
      }),
    );
    expect(acceptAgendaProposals.agenda).toContainEqual({
      section: 'PLAN_OBJECTIVES',
      title: first.title,
      reason: first.reason,
    });
    expect((await proposals()).map((proposal) => proposal.key)).not.toContain(first.key);
  });
});
