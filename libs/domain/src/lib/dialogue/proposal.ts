import { OrganizationType } from '../organization-type';

/** What a proposal is about: the citizen's words, not the SSMSI's (a case gets its own category at triage). */
export enum ProposalCategory {
  TRANQUILLITE = 'TRANQUILLITE',
  INCIVILITES = 'INCIVILITES',
  SECURITE_ROUTIERE = 'SECURITE_ROUTIERE',
  STUPEFIANTS = 'STUPEFIANTS',
  AMENAGEMENT_ECLAIRAGE = 'AMENAGEMENT_ECLAIRAGE',
  VIDEOPROTECTION = 'VIDEOPROTECTION',
  PRESENCE_POLICIERE = 'PRESENCE_POLICIERE',
  PREVENTION = 'PREVENTION',
  AUTRE = 'AUTRE',
}

export const PROPOSAL_CATEGORY_LABELS: Readonly<Record<ProposalCategory, string>> = {
  [ProposalCategory.TRANQUILLITE]: 'Tranquillité publique, nuisances',
  [ProposalCategory.INCIVILITES]: 'Incivilités, dégradations',
  [ProposalCategory.SECURITE_ROUTIERE]: 'Sécurité routière, rodéos',
  [ProposalCategory.STUPEFIANTS]: 'Trafic et usage de stupéfiants',
  [ProposalCategory.AMENAGEMENT_ECLAIRAGE]: 'Aménagement, éclairage public',
  [ProposalCategory.VIDEOPROTECTION]: 'Vidéoprotection',
  [ProposalCategory.PRESENCE_POLICIERE]: 'Présence policière, patrouilles',
  [ProposalCategory.PREVENTION]: 'Prévention, médiation',
  [ProposalCategory.AUTRE]: 'Autre sujet',
};

/**
 * A proposal's life: waiting for moderation (seen by the cabinet only, and its author), rejected
 * by moderation, released (the cabinet and the commune's mairie may triage it), then triaged:
 * answered, merged into an existing case, or turned into a new case.
 */
export enum ProposalStatus {
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
  RELEASED = 'RELEASED',
  ANSWERED = 'ANSWERED',
  MERGED = 'MERGED',
  CASE_OPENED = 'CASE_OPENED',
}

export const PROPOSAL_STATUS_LABELS: Readonly<Record<ProposalStatus, string>> = {
  [ProposalStatus.PENDING]: 'En attente de modération',
  [ProposalStatus.REJECTED]: 'Non retenue à la modération',
  [ProposalStatus.RELEASED]: 'À traiter',
  [ProposalStatus.ANSWERED]: 'Réponse apportée',
  [ProposalStatus.MERGED]: 'Rattachée à un dossier existant',
  [ProposalStatus.CASE_OPENED]: 'Un dossier a été ouvert',
};

/** The states that moderation has released: what the commune's mairie may read. */
export const RELEASED_PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.RELEASED,
  ProposalStatus.ANSWERED,
  ProposalStatus.MERGED,
  ProposalStatus.CASE_OPENED,
];

/** Who wrote it: someone of the public through the open form, or a mairie signed in. */
export enum ProposalSource {
  PUBLIC = 'PUBLIC',
  MAIRIE = 'MAIRIE',
}

/** The size limits of a proposal's text, counted as a reader sees it. */
export const PROPOSAL_TEXT_MIN = 20;
export const PROPOSAL_TEXT_MAX = 4000;
export const PROPOSAL_ANSWER_MAX = 4000;

/**
 * The organisations that speak for their commune's mairie in the dialogue: the mairie itself, and a
 * mairie typed by its garde champêtre (the demo's Mairie de Gien). The police municipale is a force
 * of its own: it works cases, it does not submit nor triage the commune's proposals.
 */
export const MAIRIE_ORGANIZATION_TYPES: readonly OrganizationType[] = [
  OrganizationType.MAIRIE,
  OrganizationType.GARDE_CHAMPETRE,
];
