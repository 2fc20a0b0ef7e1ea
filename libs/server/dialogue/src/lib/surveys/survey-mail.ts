import { frenchDay } from '@continuum/domain';

/** Where the respondent's page lives in the client: `/enquetes/reponse/<jeton>`. */
export const SURVEY_LINK_PATH = '/enquetes/reponse/';

/**
 * The invitation (or reminder) to answer a wave, the same for every recipient but for `{{nom}}` and
 * `{{lien}}`, filled in by the outbox's INSERT. The link is personal and works once.
 */
export function surveyMail(
  title: string,
  closesOn: string,
  reminder: boolean,
): { subject: string; text: string } {
  // A calendar day: read at noon UTC, it is the same day in Paris.
  const until = frenchDay(new Date(`${closesOn}T12:00:00Z`), 'Europe/Paris');
  const lines = [
    'Bonjour {{nom}},',
    '',
    reminder
      ? `Sauf erreur, vous n’avez pas encore répondu à l’enquête « ${title} ». Votre avis compte : il reste jusqu’au ${until} inclus pour le donner.`
      : `Le cabinet du préfet recueille l’avis des acteurs locaux sur la coordination de la sécurité du quotidien : « ${title} ». Quelques questions, cinq minutes ; vous pouvez répondre jusqu’au ${until} inclus.`,
    '',
    'Votre lien personnel (sans connexion, il ne sert qu’une fois) :',
    '{{lien}}',
    '',
    'Ce lien vous est propre : ne le transférez pas. Les réponses libres ne sont lues que par le cabinet ; les résultats sont présentés par groupes, sans nom.',
    '',
    'Le cabinet du préfet',
  ];
  return {
    subject: reminder ? `Rappel — enquête de satisfaction : ${title}` : `Enquête de satisfaction : ${title}`,
    text: lines.join('\n'),
  };
}
