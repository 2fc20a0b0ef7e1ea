import {
  DEFAULT_SURVEY_QUESTIONS,
  MAIRIE_ORGANIZATION_TYPES,
  OrganizationType,
  SurveyQuestionKind,
} from '@continuum/domain';
import { mulberry32 } from '@continuum/server/platform';
import type { EntityManager } from 'typeorm';

/**
 * The demo's satisfaction surveys (issue #16): two waves, sent and closed — the second semester of
 * 2025 and the first of 2026 — to the demo's mairies and private partners, and to fictional
 * respondents (« Répondant fictif n ») of other communes and partners so that the results have
 * groups large enough to show and small ones masked (an insurer, a company: fewer than five). The
 * scores rise a little from one wave to the next. Drawn with mulberry32 from fixed seeds: the same
 * seed gives the same rows. Written once: a second seed finds the waves and adds none.
 */
const WAVES = [
  {
    title: 'Enquête de satisfaction — 2e semestre 2025',
    opensOn: '2025-10-06',
    closesOn: '2025-11-14',
    reminderDates: ['2025-10-27'],
    seed: 2025_2,
    lift: 0,
    answerRate: 0.72,
  },
  {
    title: 'Enquête de satisfaction — 1er semestre 2026',
    opensOn: '2026-04-07',
    closesOn: '2026-05-15',
    reminderDates: ['2026-04-28', '2026-05-11'],
    seed: 2026_1,
    lift: 0.45,
    answerRate: 0.78,
  },
];

/** Fictional respondents: (type, seat commune, how many). */
const FICTIONAL: [OrganizationType, string, number][] = [
  [OrganizationType.MAIRIE, '45234', 6],
  [OrganizationType.MAIRIE, '45232', 4],
  [OrganizationType.MAIRIE, '45284', 5],
  [OrganizationType.MAIRIE, '45147', 5],
  [OrganizationType.MAIRIE, '45302', 3],
  [OrganizationType.MAIRIE, '45252', 4],
  [OrganizationType.MAIRIE, '45208', 4],
  [OrganizationType.MAIRIE, '45155', 3],
  [OrganizationType.BAILLEUR, '45234', 6],
  [OrganizationType.TRANSPORTEUR, '45234', 5],
  [OrganizationType.SECURITE_PRIVEE, '45234', 5],
  [OrganizationType.FEDERATION_ASSOCIATION, '45234', 4],
  [OrganizationType.ASSUREUR, '45234', 2],
  [OrganizationType.ENTREPRISE, '45302', 2],
];

/** Each question's usual score (before the wave's lift), from « coordination » to « suite donnée ». */
const BASE = [3.3, 2.8, 2.9];

const TEXTS = [
  'Des points d’étape plus réguliers avec la police nationale sur les quartiers prioritaires.',
  'Un retour systématique quand nous signalons un problème : nous ne savons pas toujours ce qu’il devient.',
  'Les réunions du CLSPD sont utiles ; il faudrait des comptes rendus plus rapides.',
  'Mieux associer les bailleurs aux opérations de tranquillité résidentielle.',
  'Des chiffres par commune plus lisibles, et plus tôt dans l’année.',
  'Un interlocuteur identifié à la préfecture pour les projets de vidéoprotection.',
  'Plus de présence visible en soirée dans les transports.',
  'Simplifier les démarches pour partager une information avec les forces de l’ordre.',
];

export async function seedDemoSurveys(manager: EntityManager): Promise<number> {
  const [{ n }] = await manager.query(`select count(*)::int as n from survey_waves where title = any($1)`, [
    WAVES.map((wave) => wave.title),
  ]);
  if (n > 0) return 0;
  const [claire] = await manager.query(
    `select id, full_name from users where email = 'claire.martin@prefecture.demo'`,
  );
  let responses = 0;
  for (const wave of WAVES) {
    const random = mulberry32(wave.seed);
    const [{ id: waveId }] = await manager.query(
      `insert into survey_waves (title, intro, status, opens_at, closes_at, reminder_dates, audience_mayors, audience_partners,
                                 created_by_user_id, sent_at, sent_by_label, created_at)
       values ($1, $2, 'CLOSED', ($3::date)::timestamp at time zone 'Europe/Paris',
               ($4::date + 1)::timestamp at time zone 'Europe/Paris', $5::date[], true, true, $6,
               ($3::date + time '09:00')::timestamp at time zone 'Europe/Paris', $7,
               ($3::date - 7)::timestamp at time zone 'Europe/Paris')
       returning id`,
      [
        wave.title,
        'Le cabinet du préfet recueille chaque semestre l’avis des maires et des partenaires sur la coordination de la sécurité du quotidien.',
        wave.opensOn,
        wave.closesOn,
        wave.reminderDates,
        claire?.id ?? null,
        claire ? `${claire.full_name} (Préfecture du Loiret — cabinet)` : null,
      ],
    );
    const questions: { id: string; kind: SurveyQuestionKind }[] = [];
    for (const [index, question] of DEFAULT_SURVEY_QUESTIONS.entries()) {
      const [row] = await manager.query(
        `insert into survey_questions (wave_id, position, kind, label, required) values ($1, $2, $3, $4, $5) returning id, kind`,
        [waveId, index + 1, question.kind, question.label, question.required],
      );
      questions.push(row);
    }
    const reminders = wave.reminderDates;
    // The demo's own people of the mairies and private partners, then the fictional respondents.
    const real: {
      id: string;
      organization_id: string;
      type: OrganizationType;
      commune: string | null;
      full_name: string;
      email: string;
    }[] = await manager.query(
      `select u.id, o.id as organization_id, o.type, o.seat_commune_code as commune, u.full_name, u.email
           from users u join organizations o on o.id = u.organization_id
          where u.disabled_at is null and (o.type::text = any($1) or o.type::text = any($2))
          order by u.email`,
      [MAIRIE_ORGANIZATION_TYPES, ['BAILLEUR', 'TRANSPORTEUR', 'SECURITE_PRIVEE']],
    );
    const people = [
      ...real.map((person) => ({
        ...person,
        userId: person.id as string | null,
        organizationId: person.organization_id as string | null,
      })),
      ...FICTIONAL.flatMap(([type, commune, count], group) =>
        Array.from({ length: count }, (_, k) => ({
          userId: null,
          organizationId: null,
          type,
          commune,
          full_name: `Répondant fictif ${group + 1}-${k + 1}`,
          email: `repondant-${group + 1}-${k + 1}@exemple.invalid`,
        })),
      ),
    ];
    for (const person of people) {
      const [{ id: recipientId }] = await manager.query(
        `insert into survey_recipients (wave_id, user_id, organization_id, organization_type, commune_code, full_name, email, invited_at, reminders)
         values ($1, $2, $3, $4, $5, $6, $7, ($8::date + time '09:00')::timestamp at time zone 'Europe/Paris', $9) returning id`,
        [
          waveId,
          person.userId,
          person.organizationId,
          person.type,
          person.commune,
          person.full_name,
          person.email,
          wave.opensOn,
          0,
        ],
      );
      if (random() > wave.answerRate) continue;
      const day = Math.floor(random() * 30);
      const [{ id: responseId }] = await manager.query(
        `insert into survey_responses (wave_id, recipient_id, organization_type, commune_code, submitted_at)
         values ($1, $2, $3, $4, ($5::date + $6::int + time '10:00' + make_interval(mins => $7::int))::timestamp at time zone 'Europe/Paris')
         returning id`,
        [waveId, recipientId, person.type, person.commune, wave.opensOn, day, Math.floor(random() * 480)],
      );
      responses++;
      const partner = !MAIRIE_ORGANIZATION_TYPES.includes(person.type);
      for (const [index, question] of questions.entries()) {
        if (question.kind === SurveyQuestionKind.SCALE) {
          const mean = BASE[index] + wave.lift + (partner ? -0.2 : 0.1);
          const score = Math.min(
            5,
            Math.max(1, Math.round(mean + (random() + random() + random() - 1.5) * 1.6)),
          );
          await manager.query(
            `insert into survey_answers (response_id, question_id, score) values ($1, $2, $3)`,
            [responseId, question.id, score],
          );
        } else if (random() < 0.45) {
          await manager.query(
            `insert into survey_answers (response_id, question_id, text) values ($1, $2, $3)`,
            [responseId, question.id, TEXTS[Math.floor(random() * TEXTS.length)]],
          );
        }
      }
    }
    // The reminders sent on their dates, to those who had not answered by then.
    for (const day of reminders)
      await manager.query(
        `insert into survey_reminders (wave_id, due_on, sent_at, recipients)
         select $1, $2::date, ($2::date + time '08:00')::timestamp at time zone 'Europe/Paris',
                count(*) filter (where s.id is null or s.submitted_at >= ($2::date + time '08:00')::timestamp at time zone 'Europe/Paris')::int
           from survey_recipients r left join survey_responses s on s.recipient_id = r.id where r.wave_id = $1`,
        [waveId, day],
      );
  }
  return responses;
}
