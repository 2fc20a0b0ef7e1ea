/**
 * Each kind of personal data the platform keeps, why, and how long (issue #17, « Retention »): the
 * one declaration the purge, the configuration check and the register read. A duration is set by
 * `CONTINUUM_RETENTION_<KEY>_DAYS` within its bounds; outside them the application refuses to start.
 */
export interface RetentionRule {
  key: string;
  /** « Données nominatives des dossiers clos ». */
  label: string;
  purpose: string;
  /** What happens when it lapses. */
  outcome: string;
  defaultDays: number;
  minDays: number;
  maxDays: number;
}

export const RETENTION_RULES = [
  {
    key: 'CASE_PERSONS',
    label: 'Données nominatives des dossiers clos',
    purpose: 'Suivi des situations individuelles par les autorités publiques impliquées dans un dossier',
    outcome:
      'Nom, adresse et notes des personnes effacés, l’année de naissance et le rôle conservés (anonymisation)',
    defaultDays: 730,
    minDays: 365,
    maxDays: 1825,
  },
  {
    key: 'MAIL_BODIES',
    label: 'Contenu des courriels envoyés',
    purpose: 'Preuve d’envoi et reprise en cas d’échec des convocations, alertes et invitations',
    outcome: 'Texte, HTML et invitation du courriel effacés ; destinataire, objet et date conservés',
    defaultDays: 90,
    minDays: 30,
    maxDays: 365,
  },
  {
    key: 'NOTIFICATIONS',
    label: 'Notifications reçues dans l’application',
    purpose: 'Information des agents sur les alertes qui les concernent, et suivi de leur lecture',
    outcome: 'Notifications supprimées',
    defaultDays: 365,
    minDays: 90,
    maxDays: 1095,
  },
  {
    key: 'PROPOSAL_CONTACTS',
    label: 'Adresse et texte d’origine des propositions du public',
    purpose: 'Répondre à l’auteur d’une proposition et en modérer les données personnelles',
    outcome:
      'Adresse électronique effacée, texte d’origine remplacé par sa version masquée, repérages effacés',
    defaultDays: 365,
    minDays: 90,
    maxDays: 1095,
  },
  {
    key: 'DISABLED_ACCOUNTS',
    label: 'Comptes désactivés',
    purpose: 'Traçabilité des actions d’un agent après son départ',
    outcome:
      'Nom, titre, téléphone et adresse électronique remplacés (« Compte supprimé »), le compte reste désactivé',
    defaultDays: 365,
    minDays: 180,
    maxDays: 1095,
  },
  {
    key: 'JOURNAL',
    label: 'Journal des accès et des actions',
    purpose: 'Contrôle de qui a lu ou modifié quoi, et droits des personnes',
    outcome:
      'Entrées des mois entiers échus supprimées ; l’empreinte de la dernière conservée dans un point de contrôle, d’où la vérification de la chaîne repart',
    defaultDays: 365,
    minDays: 365,
    maxDays: 1095,
  },
] as const satisfies readonly RetentionRule[];

export type RetentionKey = (typeof RETENTION_RULES)[number]['key'];

/** The durations in force, from the environment, each checked against its bounds (French error otherwise). */
export function retentionDays(env: NodeJS.ProcessEnv = process.env): Record<RetentionKey, number> {
  const days = {} as Record<RetentionKey, number>;
  for (const rule of RETENTION_RULES) {
    const name = `CONTINUUM_RETENTION_${rule.key}_DAYS`;
    const raw = env[name];
    const value = raw === undefined || raw === '' ? rule.defaultDays : Number(raw);
    if (!Number.isInteger(value) || value < rule.minDays || value > rule.maxDays)
      throw new Error(
        `${name} invalide : « ${raw} ». ${rule.label} : de ${rule.minDays} à ${rule.maxDays} jours (${rule.defaultDays} par défaut).`,
      );
    days[rule.key] = value;
  }
  return days;
}
