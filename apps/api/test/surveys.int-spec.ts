import { Api, codeOf, GraphqlResult, ok, Session } from './api-harness';
import {
  ANSWER,
  BY_LINK,
  CLOSE,
  CREATE,
  QUESTIONS,
  REMIND,
  RESULTS,
  SEND,
  Surveys,
  TREND,
  UPDATE,
  Wave,
  WAVE,
  WAVES,
} from './survey-factory';
import { SurveySendingService } from '@continuum/server/dialogue';

const MAYORS = [
  'sophie.bernard@orleans.demo',
  'marc.petit@orleans.demo',
  'serge.aubert@orleans.demo',
  'gaelle.lambert@montargis.demo',
  'claude.vidal@gien.demo',
  'bruno.garnier@gien.demo',
];
const SECRET_TEXT = 'Le commissaire ne répond jamais à nos courriels';

interface Results {
  respondents: number;
  minCell: number;
  questions: {
    kind: string;
    overall: {
      count: number | null;
      average: number | null;
      distribution: number[] | null;
      masked: boolean;
    } | null;
    texts: string[] | null;
    byOrganizationType: { key: string; respondents: number | null; summary: { masked: boolean } }[];
    byCommune: { key: string; label: string; respondents: number | null; summary: { masked: boolean } }[];
  }[];
}

describe('Surveys: the cabinet sends a wave, each actor answers once through a link, the cabinet alone reads', () => {
  let api: Api;
  let claire: Session;
  let surveys: Surveys;
  let wave: Wave;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    surveys = new Surveys(api, claire);
    wave = await surveys.sent();
  });
  afterAll(() => api.stop());

  it('mails every mayor one link, queued in the outbox, the token stored only as its hash', async () => {
    expect(wave).toMatchObject({
      status: 'OPEN',
      recipientCount: MAYORS.length,
      mayRemind: true,
      mayClose: true,
    });
    for (const email of MAYORS) expect(await surveys.links(wave.id, email)).toHaveLength(1);
    expect(await surveys.links(wave.id, 'nadia.fournier@bailleur.demo')).toEqual([]);
    const [mail] = await api.dataSource.query(
      `select subject, text, status from mail_messages where reference_id = $1 and to_address = $2`,
      [wave.id, 'serge.aubert@orleans.demo'],
    );
    expect(mail.subject).toBe(`Enquête de satisfaction : ${wave.title}`);
    expect(mail.text).toContain('Bonjour Serge Aubert,');
    const token = await surveys.link(wave.id, 'serge.aubert@orleans.demo');
    const [{ n }] = await api.dataSource.query(
      `select count(*)::int as n from survey_links where token_hash = $1 or token_hash = encode(sha256($1::bytea), 'hex')`,
      [token],
    );
    expect(n).toBe(1);
    const [{ token_hash }] = await api.dataSource.query(
      `select l.token_hash from survey_links l join survey_recipients r on r.id = l.recipient_id where r.wave_id = $1 limit 1`,
      [wave.id],
    );
    // The hash read from the database does not open anything.
    expect(codeOf(await api.visitor().gql(BY_LINK, { token: token_hash }))).toBe('NOT_FOUND');
  });

  it('shows the respondent, signed out, their questionnaire only; a second answer is refused, nothing written', async () => {
    const token = await surveys.link(wave.id, 'serge.aubert@orleans.demo');
    const read = ok(
      await api
        .visitor()
        .gql<{ surveyByLink: { recipientName: string; questions: unknown[]; scaleLabels: string[] } }>(
          BY_LINK,
          { token },
        ),
    ).surveyByLink;
    expect(read).toMatchObject({ recipientName: 'Serge Aubert', questions: wave.questions });
    expect(read.scaleLabels).toEqual([
      'Pas du tout satisfait',
      'Peu satisfait',
      'Moyennement satisfait',
      'Satisfait',
      'Très satisfait',
    ]);
    ok(await api.visitor().gql(ANSWER, { token, answers: Surveys.answers(wave, 5, SECRET_TEXT) }));
    const again = await api.visitor().gql(ANSWER, { token, answers: Surveys.answers(wave, 1) });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'token' } });
    expect(again.errors?.[0].message).toMatch(
      /^Ce lien a déjà servi : votre réponse à « .+ » a été enregistrée le .+\. Une seule réponse par personne\.$/,
    );
    const reread = await api.visitor().gql(BY_LINK, { token });
    expect(codeOf(reread)).toBe('CONFLICT');
    expect(await surveys.responses(wave.id)).toEqual({ responses: 1, answers: 3 });
  });

  it('keeps the results while the wave is open, then shows the whole but still masks the small groups', async () => {
    // Read while answers arrive, one more answer would be read by difference.
    const early = await claire.gql<{ surveyResults: Results }>(RESULTS, { id: wave.id });
    expect([codeOf(early), early.errors?.[0].message]).toEqual([
      'CONFLICT',
      'Les résultats se lisent une fois la vague close (1 réponse sur 6 à ce jour) : avant, une réponse de plus se lirait par différence.',
    ]);
    expect(JSON.stringify(early)).not.toContain(SECRET_TEXT);

    for (const email of MAYORS.filter((email) => email !== 'serge.aubert@orleans.demo'))
      ok(
        await api.visitor().gql(ANSWER, {
          token: await surveys.link(wave.id, email),
          answers: Surveys.answers(
            wave,
            email.endsWith('gien.demo') ? 2 : 4,
            `Avis de ${email.split('@')[0]}`,
          ),
        }),
      );
    ok(await claire.gql(CLOSE, { id: wave.id }));
    const results = ok(await claire.gql<{ surveyResults: Results }>(RESULTS, { id: wave.id })).surveyResults;
    expect(results.respondents).toBe(6);
    // 5 + 4 × 3 + 2 × 2 over six answers.
    expect(results.questions[0].overall).toEqual({
      count: 6,
      average: 3.5,
      distribution: [0, 2, 0, 3, 1],
      masked: false,
    });
    // Mairie (4: Orléans and Montargis) and Gien's mairie typed by its garde champêtre (2): both masked.
    expect(
      results.questions[0].byOrganizationType.every(
        (group) => group.summary.masked && group.respondents === null,
      ),
    ).toBe(true);
    expect(results.questions[0].byCommune.map((group) => [group.label, group.summary.masked])).toEqual([
      ['Gien', true],
      ['Montargis', true],
      ['Orléans', true],
    ]);
    expect(results.questions[2].texts).toHaveLength(6);
    expect(results.questions[2].texts).toContain(SECRET_TEXT);
  });

  it.each([
    ['a mayor who answered', 'serge.aubert@orleans.demo'],
    ['a partner', 'nadia.fournier@bailleur.demo'],
    ['the police', 'laurent.moreau@police.demo'],
    ['the technical administration', 'admin@continuum.demo'],
  ])('shows %s nothing of the waves nor of the answers, and lets them do nothing', async (_who, email) => {
    const session = await api.as(email);
    expect(ok(await session.gql<{ surveyWaves: unknown[] }>(WAVES)).surveyWaves).toEqual([]);
    expect(codeOf(await session.gql(WAVE, { id: wave.id }))).toBe('NOT_FOUND');
    expect(codeOf(await session.gql(RESULTS, { id: wave.id }))).toBe('NOT_FOUND');
    const trend = ok(
      await session.gql<{ surveyTrend: { waves: unknown[]; series: unknown[] } }>(TREND),
    ).surveyTrend;
    expect(trend).toMatchObject({ waves: [], series: [] });
    for (const [operation, variables] of [
      [CREATE, { input: surveys.input() }],
      [UPDATE, { id: wave.id, input: surveys.input() }],
      [SEND, { id: wave.id }],
      [REMIND, { id: wave.id }],
      [CLOSE, { id: wave.id }],
    ] as const)
      expect(codeOf(await session.gql(operation, variables))).toBe('FORBIDDEN');
    const before = await api.dataSource.query(`select count(*)::int as n from survey_waves`);
    expect(before[0].n).toBeGreaterThan(0);
  });

  it('shows the cabinet the trend over the waves sent, one series per scale question', async () => {
    const trend = ok(
      await claire.gql<{
        surveyTrend: {
          waves: { id: string }[];
          series: { label: string; points: { waveId: string; summary: { average: number } | null }[] }[];
        };
      }>(TREND),
    ).surveyTrend;
    expect(trend.waves.map((item) => item.id)).toContain(wave.id);
    const series = trend.series.find((item) => item.label === QUESTIONS[0].label)!;
    expect(series.points.find((point) => point.waveId === wave.id)!.summary!.average).toBe(3.5);
  });
});

describe('Surveys: bad input and dates — refused in French on their field, nothing written', () => {
  let api: Api;
  let claire: Session;
  let surveys: Surveys;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    surveys = new Surveys(api, claire);
  });
  afterAll(() => api.stop());

  const refusal = (result: GraphqlResult) => ({
    code: codeOf(result),
    field: result.errors?.[0]?.extensions?.field,
    message: result.errors?.[0]?.message,
  });

  it('refuses a forged link, an out-of-range score, an empty required answer and a foreign question', async () => {
    const wave = await surveys.sent();
    const token = await surveys.link(wave.id, 'marc.petit@orleans.demo');
    const [scale, optional, text] = wave.questions;
    expect(refusal(await api.visitor().gql(BY_LINK, { token: `${token.slice(0, -3)}abc` }))).toEqual({
      code: 'NOT_FOUND',
      field: undefined,
      message: 'Ce lien d’enquête n’est pas valide : vérifiez qu’il est complet, tel que reçu par courriel.',
    });
    expect(refusal(await api.visitor().gql(ANSWER, { token: 'x'.repeat(43), answers: [] })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      refusal(
        await api.visitor().gql(ANSWER, {
          token,
          answers: [
            { questionId: scale.id, score: 6 },
            { questionId: text.id, text: 'Plus de patrouilles.' },
          ],
        }),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: `answers.${scale.id}`,
      message: `Question 1 (« ${scale.label} ») : la note va de 1 à 5, pas 6.`,
    });
    expect(
      refusal(
        await api.visitor().gql(ANSWER, {
          token,
          answers: [
            { questionId: scale.id, score: 3 },
            { questionId: text.id, text: '  \u200b ' },
          ],
        }),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: `answers.${text.id}`,
      message: `Question 3 (« ${text.label} ») : une réponse est attendue.`,
    });
    expect(
      refusal(
        await api
          .visitor()
          .gql(ANSWER, { token, answers: [{ questionId: text.id, text: 'Rien à ajouter.' }] }),
      ),
    ).toMatchObject({
      field: `answers.${scale.id}`,
      message: expect.stringContaining('choisissez une note de 1 à 5'),
    });
    const other = await surveys.sent();
    expect(
      refusal(
        await api
          .visitor()
          .gql(ANSWER, { token, answers: [{ questionId: other.questions[0].id, score: 3 }] }),
      ),
    ).toMatchObject({
      field: 'answers.0.questionId',
      message: 'Cette question ne fait pas partie de ce questionnaire.',
    });
    expect(await surveys.responses(wave.id)).toEqual({ responses: 0, answers: 0 });
    // The optional question may be left out; the link then works.
    ok(
      await api.visitor().gql(ANSWER, {
        token,
        answers: [
          { questionId: scale.id, score: 3 },
          { questionId: text.id, text: 'Plus de patrouilles.' },
        ],
      }),
    );
    expect(optional.required).toBe(false);
    expect(await surveys.responses(wave.id)).toEqual({ responses: 1, answers: 2 });
  });

  it('refuses every answer once the cabinet closed the wave, or once its closing date has passed', async () => {
    const closed = await surveys.sent();
    const token = await surveys.link(closed.id, 'claude.vidal@gien.demo');
    const byClaire = ok(
      await claire.gql<{ closeSurveyWave: Wave }>(CLOSE, { id: closed.id }),
    ).closeSurveyWave;
    expect(byClaire).toMatchObject({ status: 'CLOSED', mayRemind: false, mayClose: false });
    const late = await api.visitor().gql(ANSWER, { token, answers: Surveys.answers(closed) });
    expect(refusal(late)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'token',
      message: `Ce lien a expiré : l’enquête « ${closed.title} » est close.`,
    });
    expect(refusal(await claire.gql(CLOSE, { id: closed.id }))).toMatchObject({
      code: 'CONFLICT',
      message: 'Cette vague ne peut être close : elle est close. Rechargez la page.',
    });
    expect(codeOf(await claire.gql(REMIND, { id: closed.id }))).toBe('CONFLICT');

    const expired = await surveys.sent();
    const expiredToken = await surveys.link(expired.id, 'claude.vidal@gien.demo');
    // Time passes: the closing date is behind us (the wave stays OPEN in its row, CLOSED to everyone).
    await api.dataSource.query(
      `update survey_waves set opens_at = now() - interval '30 days', closes_at = now() - interval '1 minute' where id = $1`,
      [expired.id],
    );
    expect(refusal(await api.visitor().gql(BY_LINK, { token: expiredToken })).message).toMatch(
      /^Ce lien a expiré/,
    );
    expect(
      refusal(await api.visitor().gql(ANSWER, { token: expiredToken, answers: Surveys.answers(expired) }))
        .field,
    ).toBe('token');
    expect(ok(await claire.gql<{ surveyWave: Wave }>(WAVE, { id: expired.id })).surveyWave).toMatchObject({
      status: 'CLOSED',
      mayRemind: false,
    });
    expect(await surveys.responses(closed.id)).toEqual({ responses: 0, answers: 0 });
    expect(await surveys.responses(expired.id)).toEqual({ responses: 0, answers: 0 });
  });

  it('refuses a wave with no public, dates in the wrong order, a reminder outside them, or no question', async () => {
    const before = (await api.dataSource.query(`select count(*)::int as n from survey_waves`))[0].n;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { audience: { mayors: false, partners: false, organizationTypes: [], organizationIds: [] } },
        'input.audience',
        /au moins un public/,
      ],
      [
        { opensOn: '2027-03-10', closesOn: '2027-03-01', reminderDates: [] },
        'input.closesOn',
        /ne peut précéder l’ouverture/,
      ],
      [{ opensOn: '2027-02-30' }, 'input.opensOn', /Date invalide/],
      [{ reminderDates: ['2099-01-01'] }, 'input.reminderDates.0', /entre l’ouverture et la clôture/],
      [{ questions: [] }, 'input.questions', /au moins une question/],
      [{ title: ' ' }, 'input.title', /Le titre compte de 3 à 200 caractères/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await claire.gql(CREATE, { input: surveys.input(overrides) });
      expect(refusal(result)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        message: expect.stringMatching(message),
      });
    }
    expect((await api.dataSource.query(`select count(*)::int as n from survey_waves`))[0].n).toBe(before);
  });

  it('edits a draft, then no longer once sent; a second send is refused, no mail twice', async () => {
    const draft = await surveys.draft();
    const edited = ok(
      await claire.gql<{ updateSurveyWave: Wave }>(UPDATE, {
        id: draft.id,
        input: surveys.input({
          title: 'Enquête modifiée',
          audience: { mayors: false, partners: true, organizationTypes: [], organizationIds: [] },
        }),
      }),
    ).updateSurveyWave;
    expect(edited.title).toBe('Enquête modifiée');
    const sent = ok(
      await claire.gql<{ sendSurveyWave: { queued: number; wave: Wave } }>(SEND, { id: draft.id }),
    ).sendSurveyWave;
    // The private partners, through the people who work their cases (none has a manager in the demo).
    expect(sent.queued).toBeGreaterThanOrEqual(3);
    // One mail each to the landlord's people (its managers if other suites of the run gave it one).
    const [{ landlord }] = await api.dataSource.query(
      `select count(*)::int as landlord from mail_messages m join users u on lower(u.email) = lower(m.to_address)
         join organizations o on o.id = u.organization_id
        where m.reference_id = $1 and o.name = 'Val de Loire Habitat Démo'`,
      [draft.id],
    );
    expect(landlord).toBeGreaterThanOrEqual(1);
    expect(await surveys.links(draft.id, 'serge.aubert@orleans.demo')).toEqual([]);
    expect(refusal(await claire.gql(UPDATE, { id: draft.id, input: surveys.input() }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /^Cette vague a été envoyée par Claire Martin .*elle ne se modifie plus/,
      ),
    });
    expect(refusal(await claire.gql(SEND, { id: draft.id }))).toMatchObject({ code: 'CONFLICT' });
    const [{ n }] = await api.dataSource.query(
      `select count(*)::int as n from mail_messages where reference_id = $1`,
      [draft.id],
    );
    expect(n).toBe(sent.queued);
  });

  it('reminds only those who have not answered, with a new link; every link of theirs works once', async () => {
    const wave = await surveys.sent();
    ok(
      await api.visitor().gql(ANSWER, {
        token: await surveys.link(wave.id, 'sophie.bernard@orleans.demo'),
        answers: Surveys.answers(wave),
      }),
    );
    const reminded = ok(
      await claire.gql<{ remindSurveyWave: { queued: number; wave: Wave } }>(REMIND, { id: wave.id }),
    ).remindSurveyWave;
    expect(reminded.queued).toBe(wave.recipientCount - 1);
    expect(reminded.wave.reminders).toEqual([
      { dueOn: null, recipients: wave.recipientCount - 1, byLabel: expect.stringContaining('Claire Martin') },
    ]);
    expect(await surveys.links(wave.id, 'sophie.bernard@orleans.demo')).toHaveLength(1);
    const [first, second] = await surveys.links(wave.id, 'marc.petit@orleans.demo');
    const [mail] = await api.dataSource.query(
      `select subject from mail_messages where reference_id = $1 and to_address = 'marc.petit@orleans.demo' order by created_at desc limit 1`,
      [wave.id],
    );
    expect(mail.subject).toMatch(/^Rappel — enquête de satisfaction/);
    ok(await api.visitor().gql(ANSWER, { token: first, answers: Surveys.answers(wave) }));
    expect(codeOf(await api.visitor().gql(ANSWER, { token: second, answers: Surveys.answers(wave) }))).toBe(
      'CONFLICT',
    );
    // A second reminder at once is refused (two clicks, or two people).
    expect(refusal(await claire.gql(REMIND, { id: wave.id }))).toMatchObject({
      code: 'CONFLICT',
      message: 'Un rappel vient d’être envoyé : attendez dix minutes avant le suivant.',
    });
  });

  it('sends a scheduled reminder once on its date, to those who have not answered', async () => {
    const wave = await surveys.sent();
    ok(
      await api.visitor().gql(ANSWER, {
        token: await surveys.link(wave.id, 'gaelle.lambert@montargis.demo'),
        answers: Surveys.answers(wave),
      }),
    );
    await api.dataSource.query(
      `update survey_waves set reminder_dates = array[(now() at time zone 'Europe/Paris')::date] where id = $1`,
      [wave.id],
    );
    const sending = api.app.get(SurveySendingService);
    await sending.sendDueReminders();
    await sending.sendDueReminders();
    const after = ok(await claire.gql<{ surveyWave: Wave }>(WAVE, { id: wave.id })).surveyWave;
    expect(after.reminders).toEqual([
      { dueOn: expect.stringMatching(/^\d{4}-/), recipients: wave.recipientCount - 1, byLabel: null },
    ]);
    expect(await surveys.links(wave.id, 'gaelle.lambert@montargis.demo')).toHaveLength(1);
    expect(await surveys.links(wave.id, 'bruno.garnier@gien.demo')).toHaveLength(2);
  });
});
