import { Api, Session } from './api-harness';
import { race, unexpected } from './race-outcomes';
import { ANSWER, CLOSE, REMIND, SEND, Surveys, UPDATE } from './survey-factory';

describe('Races on surveys: of two answers, sends or reminders at once, one wins and the others are told', () => {
  let api: Api;
  let claire: Session;
  let claire2: Session;
  let surveys: Surveys;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    claire2 = await api.as('claire.martin@prefecture.demo');
    surveys = new Surveys(api, claire);
  });
  afterAll(() => api.stop());

  it('takes one answer of six sent at once with the same link', async () => {
    const wave = await surveys.sent();
    const token = await surveys.link(wave.id, 'marc.petit@orleans.demo');
    const outcome = await race(6, (i) =>
      api.visitor().gql(ANSWER, { token, answers: Surveys.answers(wave, 1 + (i % 5)) }),
    );
    expect(outcome.winners).toHaveLength(1);
    expect(
      unexpected(
        outcome.told,
        /^CONFLICT : Ce lien a déjà servi : votre réponse à « .+ » a été enregistrée le .+\./,
      ),
    ).toEqual([]);
    expect(await surveys.responses(wave.id)).toEqual({ responses: 1, answers: 3 });
  });

  it('takes one answer of a person who answers through their first link and their reminder’s at once', async () => {
    const wave = await surveys.sent();
    await claire.gql(REMIND, { id: wave.id });
    const links = await surveys.links(wave.id, 'claude.vidal@gien.demo');
    expect(links).toHaveLength(2);
    const outcome = await race(6, (i) =>
      api.visitor().gql(ANSWER, { token: links[i % 2], answers: Surveys.answers(wave) }),
    );
    expect(outcome.winners).toHaveLength(1);
    expect(unexpected(outcome.told, /^CONFLICT : Ce lien a déjà servi/)).toEqual([]);
    expect((await surveys.responses(wave.id)).responses).toBe(1);
  });

  it('sends a wave once, whoever clicks: one recipient list, one mail each', async () => {
    const draft = await surveys.draft();
    const outcome = await race(6, (i) => (i % 2 ? claire : claire2).gql(SEND, { id: draft.id }));
    expect(outcome.winners).toHaveLength(1);
    expect(
      unexpected(
        outcome.told,
        /^CONFLICT : Cette vague ne peut être envoyée : elle a déjà été envoyée par Claire Martin .*Rechargez la page\.$/,
      ),
    ).toEqual([]);
    const [{ recipients, mails }] = await api.dataSource.query(
      `select (select count(*)::int from survey_recipients where wave_id = $1) as recipients,
              (select count(*)::int from mail_messages where reference_id = $1) as mails`,
      [draft.id],
    );
    expect(recipients).toBe(6);
    expect(mails).toBe(6);
  });

  it('sends one reminder of several clicked at once', async () => {
    const wave = await surveys.sent();
    const outcome = await race(4, (i) => (i % 2 ? claire : claire2).gql(REMIND, { id: wave.id }));
    expect(outcome.winners).toHaveLength(1);
    expect(unexpected(outcome.told, /^CONFLICT : Un rappel vient d’être envoyé/)).toEqual([]);
    const [{ n }] = await api.dataSource.query(
      `select count(*)::int as n from mail_messages where reference_id = $1`,
      [wave.id],
    );
    expect(n).toBe(12);
  });

  it('lets an edit and the sending of a draft not both win: the wave sent is the wave edited, or the edit is refused', async () => {
    const draft = await surveys.draft();
    const [edit, send] = await Promise.all([
      claire.gql(UPDATE, {
        id: draft.id,
        input: surveys.input({ title: 'Titre modifié au dernier moment' }),
      }),
      claire2.gql(SEND, { id: draft.id }),
    ]);
    expect(send.errors).toBeUndefined();
    const [row] = await api.dataSource.query(`select title, status from survey_waves where id = $1`, [
      draft.id,
    ]);
    expect(row.status).toBe('OPEN');
    if (edit.errors) expect(edit.errors[0].extensions?.code).toBe('CONFLICT');
    else expect(row.title).toBe('Titre modifié au dernier moment');
    const [{ subjects }] = await api.dataSource.query(
      `select array_agg(distinct subject) as subjects from mail_messages where reference_id = $1`,
      [draft.id],
    );
    expect(subjects).toEqual([`Enquête de satisfaction : ${row.title}`]);
  });

  it('closes once; answers racing the closing are taken before it or refused after it', async () => {
    const wave = await surveys.sent();
    const tokens = await Promise.all(
      ['sophie.bernard@orleans.demo', 'marc.petit@orleans.demo', 'serge.aubert@orleans.demo'].map((email) =>
        surveys.link(wave.id, email),
      ),
    );
    const results = await Promise.all([
      claire.gql(CLOSE, { id: wave.id }),
      claire2.gql(CLOSE, { id: wave.id }),
      ...tokens.map((token) => api.visitor().gql(ANSWER, { token, answers: Surveys.answers(wave) })),
    ]);
    expect(results.slice(0, 2).filter((result) => !result.errors)).toHaveLength(1);
    const answered = results.slice(2).filter((result) => !result.errors).length;
    for (const result of results.slice(2).filter((r) => r.errors))
      expect(result.errors![0].message).toMatch(/^Ce lien a expiré/);
    const [{ n, closed_at }] = await api.dataSource.query(
      `select (select count(*)::int from survey_responses where wave_id = $1) as n, closed_at from survey_waves where id = $1`,
      [wave.id],
    );
    expect(n).toBe(answered);
    const late = await api.dataSource.query(
      `select 1 from survey_responses where wave_id = $1 and submitted_at > $2`,
      [wave.id, closed_at],
    );
    expect(late).toEqual([]);
  });
});
