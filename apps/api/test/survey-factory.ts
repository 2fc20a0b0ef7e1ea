import { Api, ok, Session, unique } from './api-harness';

export const WAVE_FIELDS = `id title status statusLabel opensOn closesOn reminderDates recipientCount responseCount
  questions { id position kind label required } reminders { dueOn recipients byLabel }
  mayUpdate maySend mayRemind mayClose`;
export const CREATE = `mutation($input: SurveyWaveInput!) { createSurveyWave(input: $input) { ${WAVE_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: SurveyWaveInput!) { updateSurveyWave(id: $id, input: $input) { ${WAVE_FIELDS} } }`;
export const SEND = `mutation($id: ID!) { sendSurveyWave(id: $id) { queued wave { ${WAVE_FIELDS} } } }`;
export const REMIND = `mutation($id: ID!) { remindSurveyWave(id: $id) { queued wave { ${WAVE_FIELDS} } } }`;
export const CLOSE = `mutation($id: ID!) { closeSurveyWave(id: $id) { ${WAVE_FIELDS} } }`;
export const WAVES = `{ surveyWaves { ${WAVE_FIELDS} } }`;
export const WAVE = `query($id: ID!) { surveyWave(id: $id) { ${WAVE_FIELDS} } }`;
const SUMMARY = `count average distribution masked`;
export const RESULTS = `query($id: ID!) { surveyResults(id: $id) { title minCell recipients respondents
  questions { questionId position kind label overall { ${SUMMARY} } texts
    byOrganizationType { key label respondents summary { ${SUMMARY} } }
    byCommune { key label respondents summary { ${SUMMARY} } } } } }`;
export const TREND = `{ surveyTrend { minCell waves { id title respondents } series { label points { waveId summary { ${SUMMARY} } } } } }`;
export const BY_LINK = `query($token: String!) { surveyByLink(token: $token) { title closesOn recipientName scaleLabels questions { id position kind label required } } }`;
export const ANSWER = `mutation($token: String!, $answers: [SurveyAnswerInput!]!) { answerSurvey(token: $token, answers: $answers) { title submittedAt } }`;

export interface Question {
  id: string;
  position: number;
  kind: 'SCALE' | 'TEXT';
  label: string;
  required: boolean;
}
export interface Wave {
  id: string;
  title: string;
  status: string;
  recipientCount: number;
  responseCount: number;
  questions: Question[];
  reminders: { dueOn: string | null; recipients: number; byLabel: string | null }[];
  mayRemind: boolean;
  mayClose: boolean;
}

/** Today in Paris, and a day from it, as AAAA-MM-JJ. */
export function parisDay(offsetDays = 0): string {
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

export const QUESTIONS = [
  {
    kind: 'SCALE',
    label: 'Êtes-vous satisfait de la coordination avec les services de l’État ?',
    required: true,
  },
  { kind: 'SCALE', label: 'Êtes-vous satisfait de l’information reçue sur les résultats ?', required: false },
  { kind: 'TEXT', label: 'Que faudrait-il améliorer en priorité ?', required: true },
];

/** Survey waves as a test needs them, prepared and sent by the cabinet; the links read from the outbox. */
export class Surveys {
  constructor(
    private readonly api: Api,
    private readonly cabinet: Session,
  ) {}

  input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      title: `Enquête de satisfaction — essai ${unique()}`,
      intro: 'Quelques questions sur la coordination de la sécurité du quotidien.',
      opensOn: parisDay(0),
      closesOn: parisDay(20),
      reminderDates: [parisDay(7)],
      audience: { mayors: true, partners: false, organizationTypes: [], organizationIds: [] },
      questions: QUESTIONS,
      ...overrides,
    };
  }

  async draft(overrides: Record<string, unknown> = {}): Promise<Wave> {
    return ok(await this.cabinet.gql<{ createSurveyWave: Wave }>(CREATE, { input: this.input(overrides) }))
      .createSurveyWave;
  }

  async sent(overrides: Record<string, unknown> = {}): Promise<Wave> {
    const draft = await this.draft(overrides);
    return ok(await this.cabinet.gql<{ sendSurveyWave: { wave: Wave } }>(SEND, { id: draft.id }))
      .sendSurveyWave.wave;
  }

  /** The links mailed for this wave to this address, oldest first (read from the mail outbox). */
  async links(waveId: string, email: string): Promise<string[]> {
    const rows: { text: string }[] = await this.api.dataSource.query(
      `select text from mail_messages where reference_id = $1 and lower(to_address) = lower($2) order by created_at, id`,
      [waveId, email],
    );
    return rows.map((row) => /\/enquetes\/reponse\/([A-Za-z0-9_-]+)/.exec(row.text)![1]);
  }

  async link(waveId: string, email: string): Promise<string> {
    const links = await this.links(waveId, email);
    if (!links.length) throw new Error(`no survey link mailed to ${email}`);
    return links[links.length - 1];
  }

  /** A full answer: `score` to every scale question, a text to every free one. */
  static answers(wave: Wave, score = 4, text = 'Des réunions plus régulières avec la police municipale.') {
    return wave.questions.map((question) =>
      question.kind === 'SCALE' ? { questionId: question.id, score } : { questionId: question.id, text },
    );
  }

  async responses(waveId: string): Promise<{ responses: number; answers: number }> {
    const [row] = await this.api.dataSource.query(
      `select (select count(*)::int from survey_responses where wave_id = $1) as responses,
              (select count(*)::int from survey_answers a join survey_responses r on r.id = a.response_id where r.wave_id = $1) as answers`,
      [waveId],
    );
    return row;
  }
}
