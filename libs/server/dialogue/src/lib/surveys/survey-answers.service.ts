import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  frenchDay,
  SURVEY_SCALE_LABELS,
  SURVEY_SCALE_MAX,
  SURVEY_SCALE_MIN,
  SURVEY_TEXT_ANSWER_MAX,
  SurveyQuestionKind,
} from '@continuum/domain';
import { APP_CONFIG, badInput, conflict, notFound, visibleText } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { hashToken } from '../proposal-read.service';
import type { SurveyAnswerInput } from './surveys.inputs';
import type { SurveyQuestionModel, SurveyQuestionnaireModel, SurveyReceiptModel } from './surveys.models';

interface LinkRow {
  recipient_id: string;
  wave_id: string;
  title: string;
  intro: string;
  status: string;
  opens_at: Date;
  closes_at: Date;
  closes_on: string;
  full_name: string;
  answered_at: Date | null;
}

const FORGED = 'Ce lien d’enquête n’est pas valide : vérifiez qu’il est complet, tel que reçu par courriel.';

/**
 * The respondent's side, reached through the single-use link (no account): the questionnaire, then
 * one answer. The token is checked by its hash; the response is one INSERT that the unique
 * (wave, recipient) constraint lets through once, with its answers in the same transaction.
 */
@Injectable()
export class SurveyAnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async questionnaire(token: string): Promise<SurveyQuestionnaireModel> {
    const link = await this.usableLink(token);
    return {
      title: link.title,
      intro: link.intro,
      closesOn: link.closes_on,
      recipientName: link.full_name,
      questions: await this.questions(link.wave_id),
      scaleLabels: [...SURVEY_SCALE_LABELS],
    };
  }

  async answer(token: string, answers: SurveyAnswerInput[]): Promise<SurveyReceiptModel> {
    const link = await this.usableLink(token);
    const rows = this.check(await this.questions(link.wave_id), answers);
    return this.dataSource.transaction(async (manager) => {
      // The wave's state is read again inside the INSERT, its row share-locked until the commit: a
      // closing waits for the answers being written, an answer after the closing takes nothing.
      const inserted: { id: string; submitted_at: Date }[] = await manager.query(
        `insert into survey_responses (wave_id, recipient_id, organization_type, commune_code, submitted_at)
         select r.wave_id, r.id, r.organization_type, r.commune_code, clock_timestamp()
           from survey_recipients r join survey_waves w on w.id = r.wave_id
          where r.id = $1 and w.status = 'OPEN' and w.opens_at <= now() and w.closes_at > now()
            for share of w
         on conflict (wave_id, recipient_id) do nothing
         returning id, submitted_at`,
        [link.recipient_id],
      );
      if (!inserted.length) throw await this.refusal(token);
      if (rows.length)
        await manager.query(
          `insert into survey_answers (response_id, question_id, score, text)
           select $1, * from unnest($2::uuid[], $3::smallint[], $4::text[])`,
          [
            inserted[0].id,
            rows.map((row) => row.questionId),
            rows.map((row) => row.score),
            rows.map((row) => row.text),
          ],
        );
      return { title: link.title, submittedAt: inserted[0].submitted_at };
    });
  }

  /** The answers checked against the questionnaire, each refusal naming its question. */
  private check(
    questions: SurveyQuestionModel[],
    answers: SurveyAnswerInput[],
  ): { questionId: string; score: number | null; text: string | null }[] {
    const byQuestion = new Map<string, SurveyAnswerInput>();
    answers.forEach((answer, index) => {
      if (!questions.some((question) => question.id === answer.questionId))
        throw badInput(
          `answers.${index}.questionId`,
          'Cette question ne fait pas partie de ce questionnaire.',
        );
      if (byQuestion.has(answer.questionId))
        throw badInput(`answers.${index}.questionId`, 'Une seule réponse par question.');
      byQuestion.set(answer.questionId, answer);
    });
    const rows: { questionId: string; score: number | null; text: string | null }[] = [];
    for (const question of questions) {
      const answer = byQuestion.get(question.id);
      const field = `answers.${question.id}`;
      const name = `Question ${question.position} (« ${question.label} »)`;
      if (question.kind === SurveyQuestionKind.SCALE) {
        const score = answer?.score ?? null;
        if (score === null) {
          if (question.required) throw badInput(field, `${name} : choisissez une note de 1 à 5.`);
          continue;
        }
        if (!Number.isInteger(score) || score < SURVEY_SCALE_MIN || score > SURVEY_SCALE_MAX)
          throw badInput(field, `${name} : la note va de 1 à 5, pas ${score}.`);
        rows.push({ questionId: question.id, score, text: null });
      } else {
        const text = visibleText(answer?.text ?? '').trim();
        if (!text) {
          if (question.required) throw badInput(field, `${name} : une réponse est attendue.`);
          continue;
        }
        if (text.length > SURVEY_TEXT_ANSWER_MAX)
          throw badInput(
            field,
            `${name} : ${SURVEY_TEXT_ANSWER_MAX.toLocaleString('fr-FR')} caractères au plus (${text.length.toLocaleString('fr-FR')} ici).`,
          );
        rows.push({ questionId: question.id, score: null, text });
      }
    }
    return rows;
  }

  private questions(waveId: string): Promise<SurveyQuestionModel[]> {
    return this.dataSource.query(
      `select id, position, kind, label, required from survey_questions where wave_id = $1 order by position`,
      [waveId],
    );
  }

  private async link(token: string): Promise<LinkRow | null> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
    const [row] = await this.dataSource.query<LinkRow[]>(
      `select r.id as recipient_id, r.wave_id, w.title, w.intro, w.status, w.opens_at, w.closes_at, r.full_name,
              to_char((w.closes_at at time zone $2) - interval '1 day', 'YYYY-MM-DD') as closes_on,
              (select s.submitted_at from survey_responses s where s.recipient_id = r.id) as answered_at
         from survey_links l join survey_recipients r on r.id = l.recipient_id join survey_waves w on w.id = r.wave_id
        where l.token_hash = $1`,
      [hashToken(token), this.config.timeZone],
    );
    return row ?? null;
  }

  /** The link's recipient, if it may answer now; else why not, in French, on the field `token`. */
  private async usableLink(token: string): Promise<LinkRow> {
    const link = await this.link(token);
    if (
      !link ||
      link.answered_at ||
      link.status !== 'OPEN' ||
      link.closes_at <= new Date() ||
      link.opens_at > new Date()
    )
      throw await this.refusal(token, link);
    return link;
  }

  private async refusal(token: string, known?: LinkRow | null): Promise<Error> {
    const link = known === undefined ? await this.link(token) : known;
    const day = (date: Date) => frenchDay(date, this.config.timeZone);
    if (!link) return notFound(FORGED);
    if (link.answered_at)
      return conflict(
        'token',
        `Ce lien a déjà servi : votre réponse à « ${link.title} » a été enregistrée le ${day(link.answered_at)}. Une seule réponse par personne.`,
      );
    if (link.status === 'CLOSED' || link.closes_at <= new Date())
      return badInput('token', `Ce lien a expiré : l’enquête « ${link.title} » est close.`);
    if (link.opens_at > new Date())
      return badInput(
        'token',
        `L’enquête « ${link.title} » ouvre le ${day(link.opens_at)} : revenez à cette date.`,
      );
    return conflict('token', 'Ce lien ne peut plus servir. Rechargez la page.');
  }
}
