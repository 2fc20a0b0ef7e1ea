import { RETENTION_RULES, type RetentionKey } from '../retention/retention-rules';

/**
 * The register of processing (RGPD art. 30) as the code declares it: each activity, its purpose,
 * its legal basis, the categories of data, who receives them, and how long they are kept — the
 * duration read from the retention rules in force (the one declaration the daily purge applies),
 * so that what the notice says cannot drift from what the platform does. A test checks that every
 * retention rule belongs to an activity.
 */
export interface ProcessingActivity {
  key: string;
  name: string;
  purpose: string;
  legalBasis: string;
  dataCategories: readonly string[];
  recipients: readonly string[];
  /** The retention rule that bounds it. */
  retention: RetentionKey;
}

const PUBLIC_TASK =
  'Mission d’intérêt public (art. 6-1-e du RGPD) : coordination de la prévention de la délinquance, code de la sécurité intérieure, art. L132-1 et suivants';

export const PROCESSING_ACTIVITIES: readonly ProcessingActivity[] = [
  {
    key: 'CASES',
    name: 'Problèmes partagés (dossiers) et leurs personnes',
    purpose:
      'Coordonner entre partenaires le traitement des situations de délinquance du quotidien et le suivi des personnes concernées',
    legalBasis: PUBLIC_TASK,
    dataCategories: [
      'Identité, adresse et année de naissance des personnes concernées (victimes, mis en cause, témoins, signalants)',
      'Rôle dans la situation et notes des partenaires',
      'Lieu, catégorie et historique de la situation',
    ],
    recipients: [
      'Les organisations impliquées dans le dossier, selon son niveau de diffusion (TLP) ; les données nominatives aux seules autorités publiques impliquées',
      'Le cabinet du préfet',
    ],
    retention: 'CASE_PERSONS',
  },
  {
    key: 'MAILS',
    name: 'Courriels de la plateforme',
    purpose: 'Convoquer aux instances, diffuser les alertes et les invitations, et en garder la preuve',
    legalBasis: PUBLIC_TASK,
    dataCategories: ['Nom et adresse électronique du destinataire', 'Objet, texte et invitation du courriel'],
    recipients: ['Le destinataire seul'],
    retention: 'MAIL_BODIES',
  },
  {
    key: 'NOTIFICATIONS',
    name: 'Alertes et notifications',
    purpose: 'Informer les agents des alertes qui concernent leur territoire et suivre leur lecture',
    legalBasis: PUBLIC_TASK,
    dataCategories: ['Agent destinataire, lecture et accusé de réception'],
    recipients: ['L’agent destinataire ; l’auteur de l’alerte et le cabinet pour les décomptes de lecture'],
    retention: 'NOTIFICATIONS',
  },
  {
    key: 'PROPOSALS',
    name: 'Propositions du public',
    purpose: 'Recevoir les propositions des habitants, leur répondre et les traiter avec les partenaires',
    legalBasis: PUBLIC_TASK,
    dataCategories: [
      'Adresse électronique de l’auteur (facultative)',
      'Texte de la proposition, les données personnelles qu’il contient masquées à la modération',
    ],
    recipients: ['La préfecture et la mairie de la commune concernée'],
    retention: 'PROPOSAL_CONTACTS',
  },
  {
    key: 'ACCOUNTS',
    name: 'Comptes des agents',
    purpose: 'Authentifier les agents des partenaires et leur donner les droits de leur organisation',
    legalBasis: PUBLIC_TASK,
    dataCategories: [
      'Nom, titre, téléphone et adresse électronique professionnels',
      'Mot de passe (empreinte Argon2), second facteur',
      'Identité ProConnect (identifiant, nom, prénom, adresse électronique, SIRET de l’établissement), et la demande d’accès d’un agent que la plateforme ne connaît pas',
    ],
    recipients: [
      'Les agents des organisations partenaires (annuaire)',
      'L’administration technique',
      'Les responsables de l’organisation désignée par le SIRET (demandes d’accès)',
    ],
    retention: 'DISABLED_ACCOUNTS',
  },
  {
    key: 'JOURNAL',
    name: 'Journal des accès et des actions',
    purpose:
      'Tracer qui a lu ou modifié quoi, notamment chaque lecture de données nominatives, pour le contrôle et les droits des personnes',
    legalBasis: 'Obligation de sécurité du traitement (art. 32 du RGPD)',
    dataCategories: ['Agent, organisation, action, dossier concerné, date, adresse IP et navigateur'],
    recipients: ['Le cabinet du préfet et l’administration technique'],
    retention: 'JOURNAL',
  },
];

/** « 2 ans », « 3 mois », « 45 jours ». */
export function frenchDuration(days: number): string {
  if (days % 365 === 0) return days === 365 ? '1 an' : `${days / 365} ans`;
  if (days % 30 === 0) return `${days / 30} mois`;
  return days === 1 ? '1 jour' : `${days} jours`;
}

export interface RegisterEntry extends Omit<ProcessingActivity, 'retention'> {
  retention: string;
  afterRetention: string;
}

/** The register with the durations in force. */
export function processingRegister(days: Record<RetentionKey, number>): RegisterEntry[] {
  return PROCESSING_ACTIVITIES.map(({ retention, ...activity }) => {
    const rule = RETENTION_RULES.find((candidate) => candidate.key === retention)!;
    const when = AFTER[rule.key] ?? '';
    return {
      ...activity,
      retention: `${frenchDuration(days[rule.key])}${when} (${rule.label.toLowerCase()})`,
      afterRetention: rule.outcome,
    };
  });
}

/** From when a duration runs, where it is not the data's own date. */
const AFTER: Partial<Record<RetentionKey, string>> = {
  CASE_PERSONS: ' après la clôture du dossier',
  DISABLED_ACCOUNTS: ' après la désactivation',
};
