import type { DocumentNode } from 'graphql';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** Une valeur JSON quelconque (géométrie GeoJSON, règles d’accès, détails). */
  JSON: { input: unknown; output: unknown; }
};

/** La demande d’accès d’un agent identifié par ProConnect que Continuum ne connaît pas : les responsables de l’organisation que désigne son SIRET l’approuvent (un compte est créé, rôle agent) ou la refusent. */
export type AccessRequest = {
  __typename?: 'AccessRequest';
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** SIRET transmis par ProConnect */
  siret: Maybe<Scalars['String']['output']>;
  status: AccessRequestStatus;
  usualName: Scalars['String']['output'];
};

/** Où en est une demande d’accès (en attente, approuvée, refusée) */
export type AccessRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REFUSED';

export type ActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type AdvanceVideoProjectInput = {
  /** Montant en euros (FIPD demandé, ou accordé) */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Financement accordé (vrai) ou refusé (faux) */
  granted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Une note pour l’historique */
  note?: InputMaybe<Scalars['String']['input']>;
  /** L’avis (étape « avis du référent sûreté ») */
  opinion?: InputMaybe<VideoOpinion>;
  /** Le texte de l’avis */
  opinionText?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  /** L’étape à franchir (la suivante, ou l’abandon) */
  step: VideoProjectStatus;
};

/** Une décision prise sur un point ; sur un dossier, elle devient une action */
export type AgendaDecision = {
  __typename?: 'AgendaDecision';
  /** L’action créée sur le dossier */
  caseActionId: Maybe<Scalars['ID']['output']>;
  /** Échéance (AAAA-MM-JJ) */
  dueOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** L’organisation pilote */
  ownerOrganization: Organization;
  text: Scalars['String']['output'];
};

/** Un point de l’ordre du jour, tel que je peux le lire : un point dont je ne peux pas lire le dossier est un « point confidentiel » sans titre ni détail */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  carryOver: Scalars['Boolean']['output'];
  /** Le dossier, si je peux le lire */
  case: Maybe<Case>;
  /** Vrai si je ne peux pas lire le dossier : titre, motif, notes et décisions sont masqués */
  confidential: Scalars['Boolean']['output'];
  decisions: Array<AgendaDecision>;
  durationMinutes: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** Les organisations qui peuvent piloter une décision sur ce point : des partenaires qui lisent son dossier (vide pour un point confidentiel) */
  pilotOrganizations: Array<Organization>;
  position: Scalars['Int']['output'];
  reason: Maybe<Scalars['String']['output']>;
  section: AgendaSection;
  title: Maybe<Scalars['String']['output']>;
};

export type AgendaItemUpdate = {
  /** À reprendre à la prochaine séance */
  carryOver?: InputMaybe<Scalars['Boolean']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Points divers seulement */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Un point proposé par la plateforme, avec la raison */
export type AgendaProposal = {
  __typename?: 'AgendaProposal';
  case: Maybe<Case>;
  /** À renvoyer pour retenir le point : case:<id>, item:<id> ou backlog:<id> */
  key: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  section: AgendaSection;
  /** Titre d’un point divers (reporté ou en attente) */
  title: Maybe<Scalars['String']['output']>;
};

/** Pourquoi un point est proposé à l’ordre du jour */
export type AgendaSection =
  | 'ASSESSMENT_DUE'
  | 'BACKLOG'
  | 'CARRIED_OVER'
  | 'ESCALATED'
  | 'FOLLOW_UP'
  | 'FREE'
  | 'NEW_CASES'
  | 'OVERDUE_ACTIONS'
  | 'PLAN_OBJECTIVES'
  | 'PLAN_OPERATIONS';

export type AgendaSectionCount = {
  __typename?: 'AgendaSectionCount';
  section: AgendaSection;
  total: Scalars['Int']['output'];
};

/** Une alerte, telle que je peux la lire */
export type Alert = {
  __typename?: 'Alert';
  /** Destinataires qui en ont accusé réception (auteur et cabinet seulement ; sinon nul) */
  acknowledgedCount: Maybe<Scalars['Int']['output']>;
  /** Lectures et accusés de réception par organisation et par personne (auteur et cabinet seulement ; sinon nul) */
  acknowledgements: Maybe<Array<AlertAcknowledgement>>;
  /** La zone dessinée (GeoJSON) */
  area: Maybe<Scalars['JSON']['output']>;
  /** Types d’organisation visés (alerte manuelle) */
  audienceTypes: Array<OrganizationType>;
  /** Auteur d’une alerte manuelle */
  authorLabel: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  /** Le dossier, si je peux le lire */
  case: Maybe<Case>;
  category: Maybe<CaseCategory>;
  communeCodes: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Distribution terminée : tous les destinataires ont leur notification (auteur et cabinet seulement ; sinon nul) */
  distributed: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  meetingId: Maybe<Scalars['ID']['output']>;
  /** Destinataires qui l’ont lue (auteur et cabinet seulement ; sinon nul) */
  readCount: Maybe<Scalars['Int']['output']>;
  /** Nombre de destinataires (auteur et cabinet seulement ; sinon nul) */
  recipientCount: Maybe<Scalars['Int']['output']>;
  severity: AlertSeverity;
  title: Scalars['String']['output'];
  topic: AlertTopic;
  zoneIds: Array<Scalars['ID']['output']>;
};

/** Qui a lu et accusé réception, par organisation */
export type AlertAcknowledgement = {
  __typename?: 'AlertAcknowledgement';
  acknowledged: Scalars['Int']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  people: Array<AlertRecipient>;
  read: Scalars['Int']['output'];
  recipients: Scalars['Int']['output'];
};

export type AlertAudiencePreview = {
  __typename?: 'AlertAudiencePreview';
  classes: Array<AudienceClass>;
  organizations: Array<AudienceOrganization>;
  total: Scalars['Int']['output'];
};

export type AlertRecipient = {
  __typename?: 'AlertRecipient';
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  fullName: Scalars['String']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
  userId: Scalars['ID']['output'];
};

/** Information, vigilance, urgence */
export type AlertSeverity =
  | 'INFO'
  | 'URGENT'
  | 'VIGILANCE';

/** Ce que je veux recevoir, et par quel canal */
export type AlertSubscription = {
  __typename?: 'AlertSubscription';
  area: Maybe<Scalars['JSON']['output']>;
  /** Vide : toutes les catégories */
  categories: Array<CaseCategory>;
  communeCodes: Array<Scalars['String']['output']>;
  emailMode: EmailMode;
  inApp: Scalars['Boolean']['output'];
  minSeverity: AlertSeverity;
  scope: SubscriptionScope;
  /** Où ce réglage est défini : USER (le mien), ORGANIZATION (défaut de mon organisation) ou PLATFORM */
  source: Scalars['String']['output'];
  zoneIds: Array<Scalars['ID']['output']>;
};

export type AlertSubscriptionInput = {
  /** Polygone GeoJSON dessiné sur la carte (territoire AREA) */
  area?: InputMaybe<Scalars['JSON']['input']>;
  categories?: InputMaybe<Array<CaseCategory>>;
  communeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  emailMode: EmailMode;
  inApp: Scalars['Boolean']['input'];
  minSeverity: AlertSeverity;
  scope: SubscriptionScope;
  zoneIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Ce qui a levé l’alerte */
export type AlertTopic =
  | 'ACTION_DUE_TOMORROW'
  | 'ACTION_OVERDUE'
  | 'CASE_COMMENT_ADDRESSED'
  | 'CASE_OPENED'
  | 'CASE_REFERRED'
  | 'CASE_STATUS_CHANGED'
  | 'COMMITMENT_OVERDUE'
  | 'DECISION_ASSIGNED'
  | 'INCIDENT_SPIKE'
  | 'MANUAL'
  | 'MEETING_CHANGED'
  | 'MEETING_CONVENED'
  | 'WEBHOOK_DISABLED';

/** Ce que le client affiche avant même la connexion. */
export type AppInfo = {
  __typename?: 'AppInfo';
  demoMode: Scalars['Boolean']['output'];
  departement: Departement;
  /** La connexion avec ProConnect est proposée (PROCONNECT_ISSUER renseigné). */
  proConnect: Scalars['Boolean']['output'];
  tileAttribution: Scalars['String']['output'];
  tileUrl: Scalars['String']['output'];
};

/** Réponse à une saisine */
export type AssignmentStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type Attendance =
  | 'ABSENT'
  | 'EXCUSED'
  | 'INVITED'
  | 'PRESENT'
  | 'REPRESENTED';

export type AttendanceInput = {
  attendance: Attendance;
  representedBy?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};

/** Ce que voit une classe de destinataires */
export type AudienceClass = {
  __typename?: 'AudienceClass';
  label: Scalars['String']['output'];
  people: Scalars['Int']['output'];
};

export type AudienceOrganization = {
  __typename?: 'AudienceOrganization';
  name: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  people: Scalars['Int']['output'];
  type: OrganizationType;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actorName: Maybe<Scalars['String']['output']>;
  details: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  reason: Maybe<Scalars['String']['output']>;
  /** Motif et détails retirés : l’entrée porte sur un dossier que je ne peux pas lire */
  redacted: Scalars['Boolean']['output'];
  subjectId: Maybe<Scalars['String']['output']>;
  subjectType: Maybe<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditEntryFilter = {
  /** Préfixe d’action, par exemple « case.persons. » */
  action?: InputMaybe<Scalars['String']['input']>;
  actorOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Depuis ce jour (inclus), heure de Paris */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Le dossier (ou autre objet) concerné, par son identifiant */
  subjectId?: InputMaybe<Scalars['String']['input']>;
  /** Jusqu’à ce jour (inclus), heure de Paris */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type BodyInput = {
  chairOrganizationId: Scalars['ID']['input'];
  communeCodes: Array<Scalars['String']['input']>;
  kind: BodyKind;
  memberOrganizationIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  secretaryUserId?: InputMaybe<Scalars['ID']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  zoneIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** CLSPD, CISPD, GPO, état-major, revue du PADRSQ, autre */
export type BodyKind =
  | 'CISPD'
  | 'CLSPD'
  | 'ETAT_MAJOR'
  | 'GPO'
  | 'OTHER'
  | 'REVUE_PADRSQ';

export type Case = {
  __typename?: 'Case';
  actions: Array<CaseAction>;
  /** Statuts vers lesquels le dossier peut passer */
  allowedTransitions: Array<CaseStatus>;
  /** Date d’évaluation prévue (AAAA-MM-JJ) */
  assessmentDueOn: Maybe<Scalars['String']['output']>;
  /** Saisines, avec leur réponse */
  assignments: Array<CaseAssignment>;
  /** Pièces jointes, de la plus ancienne à la plus récente */
  attachments: Array<CaseAttachment>;
  /** L’instance à laquelle le dossier est rattaché */
  body: Maybe<CoordinationBody>;
  category: CaseCategory;
  categoryLabel: Scalars['String']['output'];
  /** Les commentaires par pages, les plus récents d’abord (remplace `comments`) */
  commentPage: CaseCommentConnection;
  comments: Array<CaseComment>;
  commune: Commune;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Dossiers liés que je peux lire */
  linkedCases: Array<Case>;
  openedAt: Scalars['DateTime']['output'];
  /** Les opérations coordonnées liées que je peux lire */
  operations: Array<Operation>;
  /** Organisation qui porte le dossier */
  owner: Organization;
  /** Personnes concernées ; null si je ne peux pas les lire (voir personsWithheldReason) */
  persons: Maybe<Array<CasePerson>>;
  /** Vrai quand je peux lire les personnes mais n’ai pas encore donné, dans cette session, le motif de ma consultation (declareReadMotive) */
  personsMotiveRequired: Scalars['Boolean']['output'];
  /** Pourquoi les personnes ne me sont pas montrées */
  personsWithheldReason: Maybe<Scalars['String']['output']>;
  point: Maybe<GeoPoint>;
  priority: CasePriority;
  /** Référence : département-année-numéro */
  reference: Scalars['String']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  sensitivity: Sensitivity;
  sensitivityLabel: Scalars['String']['output'];
  /** Partages ; visibles de qui peut partager */
  shares: Array<CaseShare>;
  status: CaseStatus;
  statusLabel: Scalars['String']['output'];
  /** Motif du rejet, de la mise en attente ou de la réouverture */
  statusReason: Maybe<Scalars['String']['output']>;
  /** Historique, du plus ancien au plus récent */
  timeline: Array<CaseEvent>;
  /** L’historique par pages, le plus récent d’abord (remplace `timeline`) */
  timelinePage: CaseEventConnection;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: CasePermissions;
  /** Son groupe de travail restreint */
  workingGroup: Maybe<WorkingGroup>;
  zone: Maybe<Zone>;
};


export type CaseCommentPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CaseTimelinePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CaseAction = {
  __typename?: 'CaseAction';
  assignee: Maybe<User>;
  case: Maybe<Case>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Échéance (AAAA-MM-JJ) */
  dueOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  organization: Organization;
  outcome: Maybe<Scalars['String']['output']>;
  /** Ouverte et échéance dépassée (heure de Paris) */
  overdue: Scalars['Boolean']['output'];
  status: ActionStatus;
  title: Scalars['String']['output'];
};

export type CaseActionInput = {
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** AAAA-MM-JJ */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** Organisation chargée de l’action */
  organizationId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** Saisine d’une organisation */
export type CaseAssignment = {
  __typename?: 'CaseAssignment';
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** Le dossier, si je peux le lire */
  case: Maybe<Case>;
  declineReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  message: Maybe<Scalars['String']['output']>;
  organization: Organization;
  redirectSuggestion: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  status: AssignmentStatus;
};

/** Pièce jointe d’un dossier */
export type CaseAttachment = {
  __typename?: 'CaseAttachment';
  /** Type reconnu d’après le contenu du fichier */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Adresse de téléchargement (même session que l’API) */
  downloadUrl: Scalars['String']['output'];
  /** Nom du fichier, nettoyé (et complété de l’extension de son vrai type) */
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Taille en octets */
  size: Scalars['Int']['output'];
  uploadedByLabel: Scalars['String']['output'];
};

/** Catégorie (indicateurs SSMSI et tranquillité publique) */
export type CaseCategory =
  | 'CAMBRIOLAGES'
  | 'COUPS_ET_BLESSURES'
  | 'DEPOTS_SAUVAGES'
  | 'DESTRUCTIONS_DEGRADATIONS'
  | 'ESCROQUERIES'
  | 'HOMICIDES'
  | 'INCIVILITES_TRANSPORTS'
  | 'NUISANCES_SONORES'
  | 'OCCUPATION_HALLS'
  | 'POINT_DE_DEAL'
  | 'RODEOS_URBAINS'
  | 'SQUATS'
  | 'TRAFIC_STUPEFIANTS'
  | 'TRAVAIL_DISSIMULE'
  | 'USAGE_STUPEFIANTS'
  | 'VIOLENCES_INTRAFAMILIALES'
  | 'VIOLENCES_SEXUELLES'
  | 'VOLS_ACCESSOIRES_VEHICULES'
  | 'VOLS_AVEC_ARMES'
  | 'VOLS_DANS_VEHICULES'
  | 'VOLS_DE_VEHICULES'
  | 'VOLS_MATERIEL_AGRICOLE'
  | 'VOLS_SANS_VIOLENCE'
  | 'VOLS_VIOLENTS_SANS_ARME';

export type CaseComment = {
  __typename?: 'CaseComment';
  authorLabel: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** Une page des commentaires, les plus récents d’abord */
export type CaseCommentConnection = {
  __typename?: 'CaseCommentConnection';
  nodes: Array<CaseComment>;
  pageInfo: PageInfo;
  /** Tous les commentaires du dossier, pas seulement cette page */
  totalCount: Scalars['Int']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** Répartition par statut, avec les mêmes règles */
  countsByStatus: Array<CaseStatusCount>;
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  /** Dossiers lisibles correspondant au filtre */
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

/** Une ligne de l’historique du dossier */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  actorLabel: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** Ce qui s’est passé, en français */
  summary: Scalars['String']['output'];
};

/** Une page de l’historique, le plus récent d’abord */
export type CaseEventConnection = {
  __typename?: 'CaseEventConnection';
  nodes: Array<CaseEvent>;
  pageInfo: PageInfo;
};

export type CaseFilter = {
  /** Dossiers dont mon organisation est saisie (en attente ou acceptée) */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Dossiers rattachés à cette instance de coordination */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<Array<CaseCategory>>;
  communeCode?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Dossiers ayant une action ouverte en retard */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Recherche plein texte (français, accents ignorés) ou référence */
  search?: InputMaybe<Scalars['String']['input']>;
  sensitivity?: InputMaybe<Array<Sensitivity>>;
  status?: InputMaybe<Array<CaseStatus>>;
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

export type CaseOrder =
  | 'OPENED_ASC'
  | 'OPENED_DESC'
  | 'PRIORITY_DESC'
  | 'REFERENCE_ASC'
  | 'UPDATED_DESC';

/** Ce que l’utilisateur connecté peut faire sur ce dossier */
export type CasePermissions = {
  __typename?: 'CasePermissions';
  assign: Scalars['Boolean']['output'];
  changeSensitivity: Scalars['Boolean']['output'];
  comment: Scalars['Boolean']['output'];
  /** Ajouter ou retirer des personnes : l’organisation qui porte le dossier, si elle les lit */
  editPersons: Scalars['Boolean']['output'];
  readPersons: Scalars['Boolean']['output'];
  share: Scalars['Boolean']['output'];
  transition: Scalars['Boolean']['output'];
  update: Scalars['Boolean']['output'];
};

/** Donnée nominative : réservée aux autorités publiques impliquées */
export type CasePerson = {
  __typename?: 'CasePerson';
  address: Maybe<Scalars['String']['output']>;
  birthYear: Maybe<Scalars['Int']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  role: PersonRole;
};

export type CasePersonInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  fullName: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  role: PersonRole;
};

export type CasePriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type CaseShare = {
  __typename?: 'CaseShare';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organization: Maybe<Organization>;
  reason: Maybe<Scalars['String']['output']>;
  user: Maybe<User>;
};

/** Étape du cycle SARA */
export type CaseStatus =
  | 'ANALYSIS'
  | 'ASSESSMENT'
  | 'CLOSED'
  | 'NEW'
  | 'ON_HOLD'
  | 'REJECTED'
  | 'RESOLVED'
  | 'RESPONSE';

export type CaseStatusCount = {
  __typename?: 'CaseStatusCount';
  count: Scalars['Int']['output'];
  status: CaseStatus;
};

/** Pourquoi un chiffre est masqué : moins de faits que le seuil (SMALL, « < 5 »), ou masqué pour qu’une différence ne redonne pas un petit chiffre (SECONDARY, « secret ») */
export type CellMask =
  | 'SECONDARY'
  | 'SMALL';

export type Commitment = {
  __typename?: 'Commitment';
  actions: Array<CommitmentAction>;
  /** Échéance, AAAA-MM-JJ */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Le lecteur est de l’organisation qui porte l’engagement */
  mayUpdateStatus: Scalars['Boolean']['output'];
  operations: Array<CommitmentOperation>;
  overdue: Scalars['Boolean']['output'];
  ownerName: Scalars['String']['output'];
  ownerOrganizationId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  status: CommitmentStatus;
  statusChangedAt: Maybe<Scalars['DateTime']['output']>;
  statusChangedByLabel: Maybe<Scalars['String']['output']>;
  statusLabel: Scalars['String']['output'];
  statusNote: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CommitmentAction = {
  __typename?: 'CommitmentAction';
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  dueOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type CommitmentInput = {
  /** Actions de dossiers (que vous pouvez lire) */
  actionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Échéance, AAAA-MM-JJ */
  dueOn: Scalars['String']['input'];
  /** Opérations coordonnées (que vous pouvez lire) */
  operationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** L’organisation qui porte l’engagement (obligatoire) */
  ownerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

export type CommitmentLinkCandidate = {
  __typename?: 'CommitmentLinkCandidate';
  id: Scalars['ID']['output'];
  /** ACTION ou OPERATION */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type CommitmentOperation = {
  __typename?: 'CommitmentOperation';
  id: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** État d’un engagement */
export type CommitmentStatus =
  | 'IN_PROGRESS'
  | 'KEPT'
  | 'NOT_KEPT'
  | 'TODO';

export type Commune = {
  __typename?: 'Commune';
  /** Code INSEE */
  code: Scalars['String']['output'];
  epci: Maybe<Epci>;
  name: Scalars['String']['output'];
  population: Scalars['Int']['output'];
  postcodes: Array<Scalars['String']['output']>;
};

/** Les faits d’une catégorie dans la commune sur douze mois */
export type CommuneFactRow = {
  __typename?: 'CommuneFactRow';
  category: Scalars['String']['output'];
  /** Nul quand le chiffre est masqué (sous le seuil de diffusion) */
  count: Maybe<Scalars['Int']['output']>;
  /** Le taux du département, pour comparer */
  departementRate: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  masked: Scalars['Boolean']['output'];
  /** Pour 1 000 habitants */
  rate: Maybe<Scalars['Float']['output']>;
};

export type CommuneFilter = {
  epciSiren?: InputMaybe<Scalars['String']['input']>;
  /** Nom, code INSEE ou code postal ; accents ignorés */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Les résultats d’une commune : ses chiffres face au département, ce qui s’y fait */
export type CommuneResults = {
  __typename?: 'CommuneResults';
  /** Les 10 derniers mis à jour */
  cases: Array<ResultCase>;
  communeCode: Scalars['String']['output'];
  communeName: Scalars['String']['output'];
  departementPresencePerThousand: Maybe<Scalars['Float']['output']>;
  facts: Array<CommuneFactRow>;
  /** Le seuil de diffusion appliqué (nul : aucun masquage) */
  minCell: Maybe<Scalars['Int']['output']>;
  /** Les objectifs du plan adopté qui concernent la commune */
  objectives: Array<PlanObjective>;
  /** Dossiers en cours dans la commune que je peux lire */
  openCases: Scalars['Int']['output'];
  /** Les opérations de la commune que je peux lire (les 20 plus récentes) */
  operations: Array<ResultOperation>;
  /** Opérations coordonnées menées dans la commune sur douze mois */
  operationsDone: Scalars['Int']['output'];
  /** Des chiffres sont masqués : le total visible est un minimum */
  partial: Scalars['Boolean']['output'];
  /** « décembre 2025 – novembre 2026 » */
  period: Scalars['String']['output'];
  population: Scalars['Int']['output'];
  presenceHours: Scalars['Float']['output'];
  presencePerThousand: Maybe<Scalars['Float']['output']>;
  /** La page publique de la commune est ouverte */
  publicPageEnabled: Scalars['Boolean']['output'];
  /** La somme des seuls chiffres visibles */
  visibleFacts: Scalars['Int']['output'];
};

export type ConfirmPriorityZoneInput = {
  /** Les cellules H3 de la proposition */
  cells: Array<Scalars['String']['input']>;
  /** La commune sur laquelle les points chauds ont été calculés ; le département sinon */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  kind: ZoneKind;
  name: Scalars['String']['input'];
  /** 8 ou 9 */
  resolution: Scalars['Int']['input'];
  /** L’année des points chauds (avec la précédente) */
  year: Scalars['Int']['input'];
};

export type Contract = {
  __typename?: 'Contract';
  /** En retard d’abord, puis par échéance */
  commitments: Array<Commitment>;
  communes: Array<ContractCommune>;
  createdAt: Scalars['DateTime']['output'];
  createdByLabel: Scalars['String']['output'];
  documentReference: Maybe<Scalars['String']['output']>;
  documentText: Maybe<Scalars['String']['output']>;
  endsOn: Maybe<Scalars['String']['output']>;
  epci: Maybe<ContractEpci>;
  id: Scalars['ID']['output'];
  kind: ContractKind;
  kindLabel: Scalars['String']['output'];
  mayExport: Scalars['Boolean']['output'];
  mayUpdate: Scalars['Boolean']['output'];
  parties: Array<ContractParty>;
  progress: ContractProgress;
  /** CT-12 */
  reference: Scalars['String']['output'];
  signedOn: Maybe<Scalars['String']['output']>;
  startsOn: Maybe<Scalars['String']['output']>;
  status: ContractStatus;
  statusChangedAt: Maybe<Scalars['DateTime']['output']>;
  statusChangedByLabel: Maybe<Scalars['String']['output']>;
  statusLabel: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ContractCommune = {
  __typename?: 'ContractCommune';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ContractEpci = {
  __typename?: 'ContractEpci';
  name: Scalars['String']['output'];
  siren: Scalars['String']['output'];
};

export type ContractInput = {
  /** Codes INSEE des communes */
  communeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Référence du document signé (délibération, n° d’enregistrement…) */
  documentReference?: InputMaybe<Scalars['String']['input']>;
  /** Le texte du contrat (préambule, articles) */
  documentText?: InputMaybe<Scalars['String']['input']>;
  /** Fin, AAAA-MM-JJ */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** SIREN de l’EPCI : ses communes sont ajoutées */
  epciSiren?: InputMaybe<Scalars['String']['input']>;
  kind: ContractKind;
  parties: Array<ContractPartyInput>;
  /** Date de signature, AAAA-MM-JJ */
  signedOn?: InputMaybe<Scalars['String']['input']>;
  /** Début, AAAA-MM-JJ */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** CSI, volet sécurité d’une convention PVD, autre */
export type ContractKind =
  | 'CSI'
  | 'OTHER'
  | 'PVD';

export type ContractParty = {
  __typename?: 'ContractParty';
  name: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  organizationType: OrganizationType;
  role: ContractPartyRole;
  roleLabel: Scalars['String']['output'];
};

export type ContractPartyInput = {
  organizationId: Scalars['ID']['input'];
  role: ContractPartyRole;
};

/** Qualité d’une partie au contrat */
export type ContractPartyRole =
  | 'PARTNER'
  | 'STATE'
  | 'TERRITORY';

export type ContractProgress = {
  __typename?: 'ContractProgress';
  inProgress: Scalars['Int']['output'];
  kept: Scalars['Int']['output'];
  /** Part des engagements échus tenus (en %) */
  keptShare: Maybe<Scalars['Float']['output']>;
  notKept: Scalars['Int']['output'];
  /** Ouverts (à faire, en cours) et dont l’échéance est passée */
  overdue: Scalars['Int']['output'];
  todo: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Étape d’un contrat (ne recule jamais) */
export type ContractStatus =
  | 'EXPIRED'
  | 'IN_FORCE'
  | 'PREPARATION'
  | 'SIGNED';

export type ContractSummary = {
  __typename?: 'ContractSummary';
  communes: Array<ContractCommune>;
  endsOn: Maybe<Scalars['String']['output']>;
  epci: Maybe<ContractEpci>;
  id: Scalars['ID']['output'];
  kind: ContractKind;
  kindLabel: Scalars['String']['output'];
  mayUpdate: Scalars['Boolean']['output'];
  progress: ContractProgress;
  /** CT-12 */
  reference: Scalars['String']['output'];
  signedOn: Maybe<Scalars['String']['output']>;
  startsOn: Maybe<Scalars['String']['output']>;
  status: ContractStatus;
  statusLabel: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Une instance de coordination et ses membres */
export type CoordinationBody = {
  __typename?: 'CoordinationBody';
  chairOrganization: Organization;
  chairOrganizationId: Scalars['ID']['output'];
  /** Codes INSEE des communes de son territoire */
  communeCodes: Array<Scalars['String']['output']>;
  communes: Array<Commune>;
  id: Scalars['ID']['output'];
  kind: BodyKind;
  /** Ses séances que je peux voir */
  meetings: Array<Meeting>;
  memberOrganizations: Array<Organization>;
  /** Membres nommés */
  members: Array<User>;
  name: Scalars['String']['output'];
  secretary: Maybe<User>;
  secretaryUserId: Maybe<Scalars['ID']['output']>;
  theme: Maybe<Scalars['String']['output']>;
  workingGroups: Array<WorkingGroup>;
  zoneIds: Array<Scalars['ID']['output']>;
  zones: Array<Zone>;
};

/** Unité de compte (SSMSI) */
export type CountingUnit =
  | 'INFRACTION'
  | 'LOGEMENT'
  | 'MIS_EN_CAUSE'
  | 'VEHICULE'
  | 'VICTIME';

export type CreateCaseInput = {
  /** AAAA-MM-JJ */
  assessmentDueOn?: InputMaybe<Scalars['String']['input']>;
  category: CaseCategory;
  communeCode: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  point?: InputMaybe<GeoPointInput>;
  priority?: InputMaybe<CasePriority>;
  sensitivity: Sensitivity;
  title: Scalars['String']['input'];
  /** Zone ; chaîne vide pour la retirer */
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateOrganizationInput = {
  /** Codes INSEE des communes de compétence */
  competenceCommuneCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  seatCommuneCode?: InputMaybe<Scalars['String']['input']>;
  type: OrganizationType;
  wholeDepartement: Scalars['Boolean']['input'];
};

export type CreatePlanInput = {
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  roles: Array<Role>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateZoneInput = {
  communeCodes: Array<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Géométrie GeoJSON : Point, LineString, MultiLineString, Polygon ou MultiPolygon */
  geometry: Scalars['JSON']['input'];
  kind: ZoneKind;
  name: Scalars['String']['input'];
};

export type DecisionInput = {
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** L’organisation pilote de l’action */
  ownerOrganizationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** Courriel ou webhook */
export type DeliveryKind =
  | 'MAIL'
  | 'WEBHOOK';

export type Departement = {
  __typename?: 'Departement';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Le diagnostic d’un territoire pour une année civile */
export type Diagnostic = {
  __typename?: 'Diagnostic';
  /** « Loiret », « Orléans », « Territoire de compétence (4 communes) » */
  areaLabel: Scalars['String']['output'];
  categoryMonths: Array<DiagnosticCategoryMonths>;
  communeCodes: Array<Scalars['String']['output']>;
  communes: Array<DiagnosticCommune>;
  /** Pour une commune lue par le cabinet ou par sa mairie ; vide sinon */
  comparison: Array<DiagnosticComparison>;
  /** Faits dont l’heure est connue */
  hourWeekday: Array<DiagnosticWeekday>;
  /** Dernier mois de l’année pour lequel des faits sont connus (1 à 12, 0 aucun) */
  lastMonth: Scalars['Int']['output'];
  /** Le seuil de masquage appliqué ; nul pour le cabinet */
  minCell: Maybe<Scalars['Int']['output']>;
  /** Pour le département lu par le cabinet, si des taux nationaux du SSMSI sont chargés ; nul sinon */
  national: Maybe<DiagnosticNational>;
  placeTypes: Array<DiagnosticLabelledCell>;
  profiles: Array<DiagnosticProfile>;
  trend: Array<DiagnosticTrend>;
  year: Scalars['Int']['output'];
};

export type DiagnosticCategoryMonths = {
  __typename?: 'DiagnosticCategoryMonths';
  category: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Janvier à décembre */
  months: Array<DiagnosticCell>;
};

/** Un chiffre d’un tableau, masqué ou non */
export type DiagnosticCell = {
  __typename?: 'DiagnosticCell';
  /** Nul quand il est masqué */
  count: Maybe<Scalars['Int']['output']>;
  masked: Maybe<CellMask>;
  /** Vrai quand le chiffre est la somme des seuls chiffres visibles de ses communes : le vrai est au moins celui-ci */
  partial: Scalars['Boolean']['output'];
};

export type DiagnosticCommune = {
  __typename?: 'DiagnosticCommune';
  burglaries: DiagnosticCell;
  /** Cambriolages pour 1 000 logements ; nul si masqué ou si les logements sont inconnus */
  burglaryRatePerThousandDwellings: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  /** Logements (base communale du SSMSI), si connus */
  dwellings: Maybe<Scalars['Int']['output']>;
  incidents: DiagnosticCell;
  name: Scalars['String']['output'];
  population: Scalars['Int']['output'];
  /** Faits pour 1 000 habitants ; nul si masqué */
  ratePerThousand: Maybe<Scalars['Float']['output']>;
};

/** Le taux du territoire lu contre celui du département (le point de comparaison) */
export type DiagnosticComparison = {
  __typename?: 'DiagnosticComparison';
  /** Nul si un chiffre de la ligne est masqué */
  areaRate: Maybe<Scalars['Float']['output']>;
  /** « pour 1 000 habitants » ou « pour 1 000 logements » */
  basis: Scalars['String']['output'];
  category: Scalars['String']['output'];
  /** Nul si le reste du département compte trop peu de faits */
  departementRate: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
};

export type DiagnosticHotspotCell = {
  __typename?: 'DiagnosticHotspotCell';
  count: Scalars['Int']['output'];
  /** Densité de noyau (faits par km² sur l’année) : noyau quartique (biweight) sur la distance en anneaux H3, largeur de bande 3 anneaux (poids 1, 64/81 et 25/81 à 0, 1 et 2 anneaux), normalisé pour qu’un fait compte une fois, divisé par la surface de la cellule (h3-js) */
  density: Scalars['Float']['output'];
  h3: Scalars['String']['output'];
  /** |z| ≥ 1,96 */
  significant: Scalars['Boolean']['output'];
  /** Score z du Gi* de Getis-Ord */
  z: Maybe<Scalars['Float']['output']>;
};

export type DiagnosticHotspots = {
  __typename?: 'DiagnosticHotspots';
  /** La zone d’étude : cellules avec faits et leurs voisines */
  cells: Array<DiagnosticHotspotCell>;
  predictionAccuracy: DiagnosticPredictionAccuracy;
  /** 8 (≈ 0,7 km²) ou 9 (≈ 0,1 km²) */
  resolution: Scalars['Int']['output'];
  threshold: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type DiagnosticImport = {
  __typename?: 'DiagnosticImport';
  createdAt: Scalars['DateTime']['output'];
  decidedByLabel: Maybe<Scalars['String']['output']>;
  decision: Maybe<ImportDecision>;
  /** Séparateur des colonnes */
  delimiter: Scalars['String']['output'];
  /** Données fictives (démonstration) */
  fictional: Scalars['Boolean']['output'];
  filename: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Pour une base du SSMSI : sa génération et sa géographie */
  formatLabel: Maybe<Scalars['String']['output']>;
  /** Année de la géographie des codes communes (SSMSI) */
  geographyYear: Maybe<Scalars['Int']['output']>;
  /** Les noms des colonnes, dans l’ordre du fichier */
  headers: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: DiagnosticImportKind;
  kindLabel: Scalars['String']['output'];
  lines: ImportLineCounts;
  mapping: Maybe<IncidentMapping>;
  /** Les premières lignes après l’en-tête */
  preview: Array<Array<Scalars['String']['output']>>;
  /** Pourquoi le fichier entier est refusé ou l’import a échoué */
  refusal: Maybe<Scalars['String']['output']>;
  /** Les lignes refusées, dans l’ordre du fichier, avec leur raison */
  rejections: RejectedLinePage;
  /** Vrai tant qu’un traitement est en cours ou attendu : la progression bouge */
  running: Scalars['Boolean']['output'];
  /** Octets */
  size: Scalars['Int']['output'];
  status: DiagnosticImportStatus;
  statusLabel: Scalars['String']['output'];
  /** Les colonnes reconnues à leur nom, à confirmer */
  suggestedColumns: Array<IncidentColumn>;
  uploadedByLabel: Scalars['String']['output'];
};


export type DiagnosticImportRejectionsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Ce qu’apporte un fichier */
export type DiagnosticImportKind =
  | 'INCIDENTS'
  | 'SSMSI';

export type DiagnosticImportPage = {
  __typename?: 'DiagnosticImportPage';
  items: Array<DiagnosticImport>;
  /** À passer en « after » pour la suite */
  nextCursor: Maybe<Scalars['String']['output']>;
  totalCount: Scalars['Int']['output'];
};

/** Étape d’un import */
export type DiagnosticImportStatus =
  | 'ABANDONED'
  | 'AWAITING_DECISION'
  | 'COMMITTING'
  | 'FAILED'
  | 'IMPORTED'
  | 'QUEUED'
  | 'RECEIVED'
  | 'REFUSED'
  | 'VALIDATING';

export type DiagnosticLabelledCell = {
  __typename?: 'DiagnosticLabelledCell';
  /** Nul quand il est masqué */
  count: Maybe<Scalars['Int']['output']>;
  /** Le code de la modalité (catégorie, type de lieu, tranche…) */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  masked: Maybe<CellMask>;
  /** Vrai quand le chiffre est la somme des seuls chiffres visibles de ses communes : le vrai est au moins celui-ci */
  partial: Scalars['Boolean']['output'];
};

/** Le département contre les taux nationaux du SSMSI, pour la dernière année chargée */
export type DiagnosticNational = {
  __typename?: 'DiagnosticNational';
  rows: Array<DiagnosticNationalComparison>;
  /** L’année des statistiques du SSMSI comparées */
  year: Scalars['Int']['output'];
};

/** Un indicateur du SSMSI : le taux du département contre le taux national, tels que publiés */
export type DiagnosticNationalComparison = {
  __typename?: 'DiagnosticNationalComparison';
  /** « pour 1 000 habitants » ou « pour 1 000 logements » */
  basis: Scalars['String']['output'];
  /** « Infraction », « Victime », « Véhicule », « Mis en cause » */
  countingUnit: Scalars['String']['output'];
  /** Nul si inconnu : non diffusé, ou la somme des communes contient un chiffre secret */
  departementRate: Maybe<Scalars['Float']['output']>;
  /** DEPARTEMENT : le chiffre départemental publié ; COMMUNES : calculé sur les chiffres communaux ; nul : aucun */
  departementSource: Maybe<Scalars['String']['output']>;
  /** L’indicateur tel que publié (« Cambriolages de logement ») */
  indicator: Scalars['String']['output'];
  /** Nul si le SSMSI ne le diffuse pas */
  nationalRate: Maybe<Scalars['Float']['output']>;
  /** Communes dont le chiffre est secret (ndiff) ou absent, quand le taux est calculé sur les communes */
  unknownCommunes: Scalars['Int']['output'];
};

/** PAI des points chauds de l’année précédente pour cette année : taux de réussite / part de surface */
export type DiagnosticPredictionAccuracy = {
  __typename?: 'DiagnosticPredictionAccuracy';
  areaShare: Scalars['Float']['output'];
  hitRate: Scalars['Float']['output'];
  hotspotCells: Scalars['Int']['output'];
  index: Maybe<Scalars['Float']['output']>;
};

/** Une répartition des profils, par tranches */
export type DiagnosticProfile = {
  __typename?: 'DiagnosticProfile';
  cells: Array<DiagnosticLabelledCell>;
  dimension: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Une catégorie sur les mois écoulés de l’année, contre les mêmes mois de l’année précédente */
export type DiagnosticTrend = {
  __typename?: 'DiagnosticTrend';
  category: Scalars['String']['output'];
  /** Évolution en %, nulle sans base ou si partielle */
  changePercent: Maybe<Scalars['Float']['output']>;
  /** Somme des chiffres visibles */
  current: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  /** Vrai si des chiffres masqués manquent à l’une des deux sommes */
  partial: Scalars['Boolean']['output'];
  /** Somme des chiffres visibles */
  previous: Scalars['Int']['output'];
};

export type DiagnosticWeekday = {
  __typename?: 'DiagnosticWeekday';
  /** De 0 h à 23 h (heure de Paris) */
  hours: Array<DiagnosticCell>;
  label: Scalars['String']['output'];
  /** 1 lundi … 7 dimanche */
  weekday: Scalars['Int']['output'];
};

export type EmailMode =
  | 'DIGEST'
  | 'IMMEDIATE'
  | 'NONE';

export type Epci = {
  __typename?: 'Epci';
  /** Communes de l’EPCI dans le département */
  communeCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** MET, CU, CA ou CC */
  nature: Scalars['String']['output'];
  siren: Scalars['String']['output'];
};

/** Un envoi en échec définitif, pour l’administration technique : de quoi agir, rien du contenu des dossiers */
export type FailedDelivery = {
  __typename?: 'FailedDelivery';
  /** Webhook : l’alerte envoyée */
  alertId: Maybe<Scalars['ID']['output']>;
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: DeliveryKind;
  lastError: Maybe<Scalars['String']['output']>;
  /** En attente : quand il doit être essayé (ou examiné) de nouveau */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** Webhook : l’organisation destinataire */
  organizationId: Maybe<Scalars['ID']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  /** Webhook : statut HTTP de la dernière réponse */
  responseStatus: Maybe<Scalars['Int']['output']>;
  /** FAILED, ou PENDING une fois relancé */
  status: WebhookDeliveryStatus;
  /** Courriel : son objet (masqué pour une alerte sur un dossier) */
  subject: Maybe<Scalars['String']['output']>;
  /** Courriel : l’adresse du destinataire */
  toAddress: Maybe<Scalars['String']['output']>;
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type GeoPointInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

/** Le choix quand des lignes sont refusées */
export type ImportDecision =
  | 'IMPORT_NOTHING'
  | 'IMPORT_VALID';

/** Les lignes du fichier, hors en-tête */
export type ImportLineCounts = {
  __typename?: 'ImportLineCounts';
  /** Laissées de côté : lignes du SSMSI d’autres départements */
  ignored: Scalars['Int']['output'];
  imported: Scalars['Int']['output'];
  /** Lues jusqu’ici */
  read: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  valid: Scalars['Int']['output'];
};

/** La colonne du fichier (à partir de 0) d’où vient un champ */
export type IncidentColumn = {
  __typename?: 'IncidentColumn';
  column: Scalars['Int']['output'];
  field: IncidentField;
};

export type IncidentColumnInput = {
  /** La colonne du fichier, à partir de 0 */
  column: Scalars['Int']['input'];
  field: IncidentField;
};

/** Champ d’un fait enregistré */
export type IncidentField =
  | 'CATEGORY'
  | 'COMMUNE'
  | 'COUNTING_UNIT'
  | 'ENDS_AT'
  | 'ENDS_ON'
  | 'LATITUDE'
  | 'LONGITUDE'
  | 'NATINF'
  | 'OFFENDER_AGE_BAND'
  | 'OFFENDER_MINOR'
  | 'OFFENDER_REPEAT'
  | 'OFFENDER_SEX'
  | 'PLACE_TYPE'
  | 'SOURCE'
  | 'STARTS_AT'
  | 'STARTS_ON'
  | 'VICTIM_AGE_BAND'
  | 'VICTIM_MINOR'
  | 'VICTIM_SEX';

export type IncidentMapping = {
  __typename?: 'IncidentMapping';
  columns: Array<IncidentColumn>;
  /** L’unité de compte, pour tout le fichier */
  countingUnit: Maybe<CountingUnit>;
  /** Le service, pour tout le fichier */
  source: Maybe<IncidentSource>;
};

/** Les colonnes du fichier associées aux champs d’un fait */
export type IncidentMappingInput = {
  columns: Array<IncidentColumnInput>;
  /** L’unité de compte, quand le fichier n’en a pas */
  countingUnit?: InputMaybe<CountingUnit>;
  /** Le service, quand le fichier n’a pas de colonne pour lui */
  source?: InputMaybe<IncidentSource>;
};

/** Service qui a enregistré le fait */
export type IncidentSource =
  | 'GENDARMERIE'
  | 'POLICE_MUNICIPALE'
  | 'POLICE_NATIONALE';

/** Sens dans lequel l’objectif est atteint */
export type IndicatorDirection =
  | 'DECREASE'
  | 'INCREASE';

/** Ce que l’indicateur compte ; chaque source lit les siens, les autres sont refusés */
export type IndicatorParametersInput = {
  /** Catégories (faits ou dossiers) */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Codes officiels géographiques des communes */
  communeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  operationKinds?: InputMaybe<Array<OperationKind>>;
  outcome?: InputMaybe<OutcomeMeasure>;
  setting?: InputMaybe<PresenceSetting>;
  zoneId?: InputMaybe<Scalars['String']['input']>;
};

/** La valeur d’un indicateur sur les douze mois finissant avec un mois */
export type IndicatorPoint = {
  __typename?: 'IndicatorPoint';
  /** Masquée : moins de faits que le seuil de diffusion */
  masked: Scalars['Boolean']['output'];
  /** AAAA-MM : le dernier des douze mois comptés (ou le jour d’une valeur saisie, AAAA-MM-JJ) */
  period: Scalars['String']['output'];
  /** La source d’une valeur saisie à la main */
  source: Maybe<Scalars['String']['output']>;
  /** Nul quand la valeur est masquée (trop petite) ou absente */
  value: Maybe<Scalars['Float']['output']>;
};

/** Où en est l’indicateur d’un objectif, calculé pour qui le lit */
export type IndicatorReading = {
  __typename?: 'IndicatorReading';
  /** Vrai quand la valeur porte sur tout le périmètre de l’objectif : elle se compare alors à la cible ; sinon, pas de progression */
  comparable: Scalars['Boolean']['output'];
  /** AAAA-MM-JJ : le jour que la valeur courante représente */
  currentOn: Maybe<Scalars['String']['output']>;
  currentValue: Maybe<Scalars['Float']['output']>;
  /** La valeur attendue ce jour-là sur la trajectoire */
  expectedValue: Maybe<Scalars['Float']['output']>;
  history: Array<IndicatorPoint>;
  /** Le seuil de diffusion sous lequel une valeur est masquée (nul : aucun) */
  minCell: Maybe<Scalars['Int']['output']>;
  progress: ObjectiveProgress;
  progressLabel: Scalars['String']['output'];
  /** Sur quoi la valeur est calculée pour ce lecteur */
  scopeNote: Scalars['String']['output'];
  /** Part du chemin parcouru de la référence à la cible, de 0 à 1 */
  share: Maybe<Scalars['Float']['output']>;
};

/** D’où vient la valeur d’un indicateur */
export type IndicatorSource =
  | 'ACTIONS_ON_TIME'
  | 'CASES_OPENED'
  | 'CASES_RESOLVED'
  | 'CASE_RESOLUTION_DAYS'
  | 'COMMITMENTS_KEPT'
  | 'INCIDENTS'
  | 'MANUAL'
  | 'OPERATIONS'
  | 'OPERATION_OUTCOME'
  | 'PRESENCE_HOURS'
  | 'PROPOSALS_RECEIVED'
  | 'PROPOSAL_ANSWER_DAYS';

/** Ma réponse à une convocation */
export type InvitationAnswerInput = {
  /** PRESENT, EXCUSED ou REPRESENTED */
  answer: Attendance;
  representedBy?: InputMaybe<Scalars['String']['input']>;
};

export type MairieProposalInput = {
  category: ProposalCategory;
  communeCode: Scalars['String']['input'];
  /** Le lieu, facultatif */
  point?: InputMaybe<GeoPointInput>;
  text: Scalars['String']['input'];
};

export type ManualAlertInput = {
  /** Polygone GeoJSON dessiné sur la carte */
  area?: InputMaybe<Scalars['JSON']['input']>;
  /** Les types d’organisation destinataires (au moins un) */
  audienceTypes: Array<OrganizationType>;
  body: Scalars['String']['input'];
  /** Dossier lié : visible des seuls destinataires qui peuvent le lire */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<CaseCategory>;
  communeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  severity: AlertSeverity;
  title: Scalars['String']['input'];
  zoneIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** L’utilisateur connecté, son organisation et ses droits */
export type Me = {
  __typename?: 'Me';
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  organization: Organization;
  /** Le second facteur encore attendu : tant qu’il l’est, la session ne donne accès qu’à lui (code ou enrôlement). */
  pendingStep: Maybe<SecondFactorStep>;
  phone: Maybe<Scalars['String']['output']>;
  /** Session ouverte avec ProConnect : la déconnexion passe par /auth/proconnect/deconnexion (fin de session chez ProConnect aussi). */
  proConnect: Scalars['Boolean']['output'];
  roles: Array<Role>;
  /** Règles CASL compactées (packRules) : le client s’en sert pour montrer les actions permises */
  rules: Scalars['JSON']['output'];
  sessionExpiresAt: Scalars['DateTime']['output'];
  title: Maybe<Scalars['String']['output']>;
};

export type MeasurementInput = {
  /** AAAA-MM-JJ : le jour que la valeur représente */
  measuredOn: Scalars['String']['input'];
  source: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** Une séance d’une instance de coordination */
export type Meeting = {
  __typename?: 'Meeting';
  /** L’ordre du jour tel que je peux le lire */
  agenda: Array<AgendaItem>;
  body: CoordinationBody;
  bodyId: Scalars['ID']['output'];
  /** J’approuve son compte rendu (présidence) */
  canApprove: Scalars['Boolean']['output'];
  /** Je prépare cette séance (secrétariat) */
  canPrepare: Scalars['Boolean']['output'];
  convenedAt: Maybe<Scalars['DateTime']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitees: Array<MeetingInvitee>;
  kind: MeetingKind;
  /** Les convocations et leur acheminement (secrétariat) */
  mails: Array<MeetingMail>;
  minutesApprovedAt: Maybe<Scalars['DateTime']['output']>;
  minutesApprovedBy: Maybe<User>;
  /** Qui peut approuver le compte rendu : la présidence hors secrétariat, ou, pour un groupe restreint, ses membres signataires de la charte hors secrétariat */
  minutesApprovers: Array<User>;
  place: Maybe<Scalars['String']['output']>;
  /** Durée prévue des points que je vois, en minutes */
  plannedMinutes: Scalars['Int']['output'];
  /** Combien de points chaque partie propose en tout (secrétariat) */
  proposalCounts: Array<AgendaSectionCount>;
  /** Les points que la plateforme propose (secrétariat seulement), avec la raison : les plus urgents de chaque partie d’abord, au plus perSection par partie */
  proposals: Array<AgendaProposal>;
  /** Pourquoi la séance ne se note pas encore (tenue, présence, notes, décisions) ; null quand elle se note maintenant */
  recordingRefusal: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: MeetingStatus;
  /** Texte général du compte rendu */
  summary: Maybe<Scalars['String']['output']>;
  visioUrl: Maybe<Scalars['String']['output']>;
  workingGroup: Maybe<WorkingGroup>;
  workingGroupId: Maybe<Scalars['ID']['output']>;
};


/** Une séance d’une instance de coordination */
export type MeetingProposalsArgs = {
  perSection?: InputMaybe<Scalars['Int']['input']>;
};

export type MeetingInput = {
  /** Durée prévue en minutes */
  durationMinutes: Scalars['Int']['input'];
  /** Personnes convoquées (par défaut : les membres nommés) */
  inviteeUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: MeetingKind;
  place?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['String']['input'];
  visioUrl?: InputMaybe<Scalars['String']['input']>;
  /** Pour une séance de groupe restreint */
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** Une personne convoquée et sa présence */
export type MeetingInvitee = {
  __typename?: 'MeetingInvitee';
  /** Sa réponse à la convocation : PRESENT, EXCUSED ou REPRESENTED (null : pas de réponse) */
  answer: Maybe<Attendance>;
  /** Qui le ou la représentera, selon sa réponse */
  answerRepresentedBy: Maybe<Scalars['String']['output']>;
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  attendance: Attendance;
  representedBy: Maybe<Scalars['String']['output']>;
  user: User;
};

export type MeetingKind =
  | 'GPO'
  | 'GROUPE_RESTREINT'
  | 'PLENIERE'
  | 'REVUE_BIMESTRIELLE';

/** La convocation envoyée à une personne, et son acheminement */
export type MeetingMail = {
  __typename?: 'MeetingMail';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** PENDING, SENT ou FAILED */
  status: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  toAddress: Scalars['String']['output'];
  toName: Maybe<Scalars['String']['output']>;
};

/** En préparation → convoquée → tenue → compte rendu approuvé */
export type MeetingStatus =
  | 'CONVENED'
  | 'DRAFT'
  | 'HELD'
  | 'MINUTES_APPROVED';

export type Mutation = {
  __typename?: 'Mutation';
  acceptAgendaProposals: Meeting;
  /** J’accuse réception : l’auteur le voit */
  acknowledgeNotification: Notification;
  addCaseAction: CaseAction;
  addCaseComment: CaseComment;
  addCasePerson: CasePerson;
  /** Ajoute un engagement au contrat */
  addCommitment: Contract;
  /** Une décision ; sur un dossier, elle devient une action de l’organisation pilote */
  addDecision: AgendaDecision;
  /** Ajoute un point divers */
  addFreeAgendaItem: Meeting;
  /** Ajoute un objectif à une version en projet */
  addObjective: PlanObjective;
  addWorkingGroupMember: WorkingGroup;
  /** Adopte une version soumise : elle est figée, avec les chiffres du diagnostic du jour */
  adoptPlan: Plan;
  /** Fait avancer le statut d’un contrat (jamais en arrière) */
  advanceContract: Contract;
  /** Franchit l’étape suivante (avis, financement demandé, décidé, installation, mise en service) ou abandonne */
  advanceVideoProject: VideoProject;
  /** Ma réponse à la convocation (présent·e, excusé·e, représenté·e), tant que la séance n’est pas tenue */
  answerInvitation: Meeting;
  /** Répond à une proposition publiée */
  answerProposal: Proposal;
  answerReferral: CaseAssignment;
  /** La réponse au questionnaire : une seule par lien et par personne */
  answerSurvey: SurveyReceipt;
  /** Approuve une demande d’accès : le compte de l’agent est créé (rôle agent), lié à ProConnect. */
  approveAccessRequest: AccessRequest;
  /** La présidence approuve le compte rendu, qui est alors figé */
  approveMinutes: Meeting;
  /** Approuve une attribution en attente : ni son demandeur, ni son bénéficiaire. */
  approveRoleGrant: Scalars['Boolean']['output'];
  /** Saisit une organisation, qui accepte ou décline */
  assignCase: CaseAssignment;
  /** Rattache le dossier à une instance (et à son groupe restreint), ou l’en détache (bodyId nul) */
  attachCaseToBody: Case;
  /** Annule une opération prévue */
  cancelOperation: Operation;
  /** Change le niveau de diffusion ; l’abaisser demande un motif */
  changeCaseSensitivity: Case;
  /** Change son propre mot de passe (l’actuel est demandé) ; ferme ses autres sessions. */
  changePassword: Scalars['Boolean']['output'];
  /** Clôt une vague avant sa date : plus aucune réponse */
  closeSurveyWave: SurveyWave;
  /** Confirme une proposition comme zone du territoire, nommée et typée (cabinet du préfet) */
  confirmPriorityZone: Zone;
  /** Confirme l’enrôlement par un premier code ; renvoie les codes de secours. Pendant une connexion qui l’exigeait, la session devient complète (nouveau cookie). */
  confirmSecondFactorEnrolment: RecoveryCodes;
  /** Publie l’ordre du jour et convoque chaque personne par courriel */
  conveneMeeting: Meeting;
  /** Cabinet du préfet ou administration */
  createBody: CoordinationBody;
  createCase: Case;
  /** Établit un contrat (en préparation) */
  createContract: Contract;
  /** Nouvelle séance (secrétariat de l’instance) */
  createMeeting: Meeting;
  createOperation: Operation;
  createOrganization: Organization;
  /** Ouvre le plan d’une année (sa première version, en projet) — cabinet */
  createPlan: Plan;
  /** Prépare une vague (questionnaire, public, dates, rappels) */
  createSurveyWave: SurveyWave;
  /** Administrateur ; responsable dans sa propre organisation */
  createUser: User;
  /** Groupe de travail restreint d’un CLSPD/CISPD (secrétariat) */
  createWorkingGroup: WorkingGroup;
  createZone: Zone;
  /** Importer les lignes valides, ou ne rien importer (avant la lecture, ou quand des lignes sont refusées) */
  decideDiagnosticImport: DiagnosticImport;
  /** Importe les lignes valides du fichier, ou rien */
  decidePresenceImport: PresenceImport;
  /** Donne le motif de ma consultation des personnes d’un dossier, une fois par dossier et par session (inscrit au journal) */
  declareReadMotive: Case;
  /** Supprime le webhook et l’historique de ses envois */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Suspend les envois au webhook */
  disableWebhook: Webhook;
  /** Réactive le webhook (après une désactivation ou une correction) */
  enableWebhook: Webhook;
  /** Saisit ou modifie le bilan de mon organisation sur une opération menée */
  enterOperationOutcome: OperationOutcome;
  /** Signale le dossier pour la prochaine séance de son instance */
  escalateCase: Case;
  /** Convoque d’autres personnes ; une séance déjà convoquée leur envoie la convocation */
  inviteToMeeting: Meeting;
  linkCases: Case;
  /** Ouvre une session : pose le cookie HttpOnly `continuum_session`. Quand `pendingStep` est renseigné, la session n’ouvre rien avant le second facteur (`verifySecondFactor`, ou l’enrôlement). */
  login: Me;
  /** Ferme la session en cours. */
  logout: Scalars['Boolean']['output'];
  markAllNotificationsRead: Scalars['Int']['output'];
  markMeetingHeld: Meeting;
  /** Marque ces alertes lues ; renvoie combien l’ont été */
  markNotificationsRead: Scalars['Int']['output'];
  /** Marque menée une opération prévue qui a commencé */
  markOperationDone: Operation;
  /** Rattache une proposition publiée à un dossier existant que l’on peut lire */
  mergeProposal: Proposal;
  /** Publie (release) ou écarte une proposition en attente de modération */
  moderateProposal: Proposal;
  /** Nouvelle version de la charte : chacun doit la signer à nouveau */
  newCharterVersion: WorkingGroup;
  /** Ouvre un dossier à partir d’une proposition publiée (la proposition y est liée) */
  openCaseFromProposal: Proposal;
  recordAttendance: Meeting;
  /** Enregistre une valeur d’un indicateur saisi à la main */
  recordMeasurement: PlanObjective;
  /** Saisit (ou remplace) les heures d’une semaine, d’un cadre et d’un lieu */
  recordPresence: PresenceRecord;
  /** Refuse une demande d’accès, avec un motif facultatif. */
  refuseAccessRequest: AccessRequest;
  /** Refuse une attribution en attente (ou la retire, pour son demandeur), avec un motif. */
  rejectRoleGrant: Scalars['Boolean']['output'];
  /** Relance ceux qui n’ont pas encore répondu */
  remindSurveyWave: SurveySending;
  /** Retire un point ; il reste en attente pour une prochaine séance */
  removeAgendaItem: Meeting;
  removeCasePerson: Scalars['Boolean']['output'];
  /** Retire un engagement du contrat */
  removeCommitment: Contract;
  /** Supprime la valeur saisie un jour donné */
  removeMeasurement: PlanObjective;
  /** Retire un objectif d’une version en projet */
  removeObjective: Scalars['ID']['output'];
  /** Retire un membre : son accès aux dossiers confidentiels cesse aussitôt */
  removeWorkingGroupMember: WorkingGroup;
  reorderAgenda: Meeting;
  /** Relance un envoi en échec définitif, avec une nouvelle série d’essais (administration) */
  replayDelivery: FailedDelivery;
  /** Mot de passe oublié : envoie un lien à usage unique valable 30 minutes si l’adresse a un compte. La réponse est la même dans tous les cas. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Revenir aux réglages de mon organisation */
  resetMyAlertSubscription: AlertSubscription;
  /** Renvoie une convocation en échec */
  retryConvocation: MeetingMail;
  /** Ouvre la version suivante d’un plan adopté (révision) */
  revisePlan: Plan;
  /** Remplace le secret de signature ; le nouveau n’est montré qu’ici, l’ancien cesse aussitôt */
  rotateWebhookSecret: WebhookWithSecret;
  saveMyAlertSubscription: AlertSubscription;
  saveOrganizationAlertSubscription: AlertSubscription;
  /** Enregistre le point de réception de l’organisation (https://), ou change son adresse. Le secret n’est rendu qu’à la création. */
  saveWebhook: WebhookWithSecret;
  /** Émet une alerte (cabinet du préfet, secrétariats d’instance) */
  sendAlert: Alert;
  /** Envoie une vague : un courriel par destinataire, chacun avec son lien à usage unique */
  sendSurveyWave: SurveySending;
  /** Les membres nommés, convoqués par défaut (secrétariat) */
  setBodyMembers: CoordinationBody;
  /** L’organisation qui porte un engagement en fait avancer l’état (jamais en arrière) */
  setCommitmentStatus: Contract;
  /** Le texte général du compte rendu */
  setMinutesSummary: Meeting;
  /** Désactiver ferme aussitôt les sessions de ses membres. */
  setOrganizationDisabled: Organization;
  /** Choisit son mot de passe avec le jeton d’un lien reçu (réinitialisation ou invitation) ; ferme toutes les sessions du compte. Renvoie l’adresse électronique du compte, pour se connecter. */
  setPasswordWithToken: Scalars['String']['output'];
  /** Ouvre ou ferme la page publique des résultats d’une commune (cabinet) */
  setPublicResultPage: Scalars['Boolean']['output'];
  /** Désigne ou retire un référent sûreté */
  setSafetyReferent: Array<SafetyReferent>;
  /** Désactiver ferme aussitôt ses sessions. */
  setUserDisabled: User;
  /** Partage avec une organisation, ou avec une personne nommée (TLP:RED) */
  shareCase: CaseShare;
  /** Je signe la charte du groupe dans sa version en vigueur */
  signCharter: WorkingGroup;
  /** Associe les colonnes d’un fichier de faits à leurs champs et lance sa lecture */
  startIncidentImport: DiagnosticImport;
  /** Commence l’enrôlement : une nouvelle clé, sans effet tant qu’un premier code ne l’a pas confirmée. */
  startSecondFactorEnrolment: SecondFactorEnrolment;
  /** Une proposition de la mairie (maire, élus), pour sa commune */
  submitMairieProposal: Proposal;
  /** Soumet une version en projet à l’adoption */
  submitPlan: Plan;
  /** Envoie une proposition du public. Rien n’est partagé avant la modération ; le jeton du lien privé n’est donné qu’ici. */
  submitProposal: ProposalReceipt;
  /** La demande d’une mairie, ses sites tracés sur la carte */
  submitVideoProject: VideoProject;
  /** Fait avancer le dossier dans le cycle SARA */
  transitionCase: Case;
  unlinkCases: Case;
  unshareCase: Case;
  /** Durée, notes de séance, report, titre d’un point divers */
  updateAgendaItem: Meeting;
  /** Cabinet du préfet ou administration */
  updateBody: CoordinationBody;
  updateCase: Case;
  updateCaseAction: CaseAction;
  /** Modifie un engagement (avec le `updatedAt` lu) */
  updateCommitment: Contract;
  /** Modifie un contrat (avec le `updatedAt` lu) */
  updateContract: Contract;
  /** Modifie une séance ; si elle est convoquée, un changement de date envoie une mise à jour */
  updateMeeting: Meeting;
  updateObjective: PlanObjective;
  /** Modifie une opération prévue (son organisateur) */
  updateOperation: Operation;
  /** Administrateur, ou responsable de cette organisation */
  updateOrganization: Organization;
  /** Enregistre les textes d’une version en projet */
  updatePlanTexts: Plan;
  /** Modifie une vague en préparation */
  updateSurveyWave: SurveyWave;
  updateUser: User;
  /** Envoie un fichier CSV d’heures de présence et rend son rapport */
  uploadPresenceFile: PresenceImport;
  /** Termine la connexion avec le code de l’application d’authentification (ou un code de secours) : la session est remplacée par une session complète (nouveau cookie). */
  verifySecondFactor: Me;
  /** Retire une version de l’adoption : elle redevient un projet */
  withdrawPlan: Plan;
};


export type MutationAcceptAgendaProposalsArgs = {
  keys: Array<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
};


export type MutationAcknowledgeNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCaseActionArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseActionInput;
};


export type MutationAddCaseCommentArgs = {
  addressedToOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
};


export type MutationAddCasePersonArgs = {
  caseId: Scalars['ID']['input'];
  input: CasePersonInput;
};


export type MutationAddCommitmentArgs = {
  contractId: Scalars['ID']['input'];
  input: CommitmentInput;
};


export type MutationAddDecisionArgs = {
  input: DecisionInput;
  itemId: Scalars['ID']['input'];
};


export type MutationAddFreeAgendaItemArgs = {
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  meetingId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationAddObjectiveArgs = {
  input: ObjectiveInput;
  planId: Scalars['ID']['input'];
};


export type MutationAddWorkingGroupMemberArgs = {
  userId: Scalars['ID']['input'];
  workingGroupId: Scalars['ID']['input'];
};


export type MutationAdoptPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAdvanceContractArgs = {
  from: ContractStatus;
  id: Scalars['ID']['input'];
  to: ContractStatus;
};


export type MutationAdvanceVideoProjectArgs = {
  input: AdvanceVideoProjectInput;
};


export type MutationAnswerInvitationArgs = {
  input: InvitationAnswerInput;
  meetingId: Scalars['ID']['input'];
};


export type MutationAnswerProposalArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAnswerReferralArgs = {
  accept: Scalars['Boolean']['input'];
  assignmentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  redirectSuggestion?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAnswerSurveyArgs = {
  answers: Array<SurveyAnswerInput>;
  token: Scalars['String']['input'];
};


export type MutationApproveAccessRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveMinutesArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveRoleGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignCaseArgs = {
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type MutationAttachCaseToBodyArgs = {
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
  workingGroupId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCancelOperationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeCaseSensitivityArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  sensitivity: Sensitivity;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseSurveyWaveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmPriorityZoneArgs = {
  input: ConfirmPriorityZoneInput;
};


export type MutationConfirmSecondFactorEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationConveneMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateBodyArgs = {
  input: BodyInput;
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateContractArgs = {
  input: ContractInput;
};


export type MutationCreateMeetingArgs = {
  bodyId: Scalars['ID']['input'];
  input: MeetingInput;
};


export type MutationCreateOperationArgs = {
  input: OperationInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreateSurveyWaveArgs = {
  input: SurveyWaveInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkingGroupArgs = {
  bodyId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCreateZoneArgs = {
  input: CreateZoneInput;
};


export type MutationDecideDiagnosticImportArgs = {
  decision: ImportDecision;
  id: Scalars['ID']['input'];
};


export type MutationDecidePresenceImportArgs = {
  decision: PresenceImportDecision;
  id: Scalars['ID']['input'];
};


export type MutationDeclareReadMotiveArgs = {
  caseId: Scalars['ID']['input'];
  input: ReadMotiveInput;
};


export type MutationDeleteWebhookArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationDisableWebhookArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationEnableWebhookArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationEnterOperationOutcomeArgs = {
  input: OperationOutcomeInput;
  operationId: Scalars['ID']['input'];
};


export type MutationEscalateCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationInviteToMeetingArgs = {
  meetingId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationLinkCasesArgs = {
  id: Scalars['ID']['input'];
  otherCaseId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkMeetingHeldArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMarkOperationDoneArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMergeProposalArgs = {
  caseId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationModerateProposalArgs = {
  id: Scalars['ID']['input'];
  masks?: InputMaybe<Array<Scalars['String']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  release: Scalars['Boolean']['input'];
};


export type MutationNewCharterVersionArgs = {
  version: Scalars['String']['input'];
  workingGroupId: Scalars['ID']['input'];
};


export type MutationOpenCaseFromProposalArgs = {
  id: Scalars['ID']['input'];
  input: ProposalCaseInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordAttendanceArgs = {
  entries: Array<AttendanceInput>;
  meetingId: Scalars['ID']['input'];
};


export type MutationRecordMeasurementArgs = {
  input: MeasurementInput;
  objectiveId: Scalars['ID']['input'];
};


export type MutationRecordPresenceArgs = {
  input: PresenceInput;
};


export type MutationRefuseAccessRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectRoleGrantArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemindSurveyWaveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveAgendaItemArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationRemoveCasePersonArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMeasurementArgs = {
  measuredOn: Scalars['String']['input'];
  objectiveId: Scalars['ID']['input'];
};


export type MutationRemoveObjectiveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveWorkingGroupMemberArgs = {
  userId: Scalars['ID']['input'];
  workingGroupId: Scalars['ID']['input'];
};


export type MutationReorderAgendaArgs = {
  itemIds: Array<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
};


export type MutationReplayDeliveryArgs = {
  id: Scalars['ID']['input'];
  kind: DeliveryKind;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRetryConvocationArgs = {
  mailId: Scalars['ID']['input'];
};


export type MutationRevisePlanArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationSaveMyAlertSubscriptionArgs = {
  input: AlertSubscriptionInput;
};


export type MutationSaveOrganizationAlertSubscriptionArgs = {
  input: AlertSubscriptionInput;
  organizationId: Scalars['ID']['input'];
};


export type MutationSaveWebhookArgs = {
  organizationId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
};


export type MutationSendAlertArgs = {
  input: ManualAlertInput;
};


export type MutationSendSurveyWaveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetBodyMembersArgs = {
  bodyId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationSetCommitmentStatusArgs = {
  from: CommitmentStatus;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: CommitmentStatus;
};


export type MutationSetMinutesSummaryArgs = {
  id: Scalars['ID']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetOrganizationDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetPasswordWithTokenArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetPublicResultPageArgs = {
  communeCode: Scalars['String']['input'];
  enabled: Scalars['Boolean']['input'];
};


export type MutationSetSafetyReferentArgs = {
  referent: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationShareCaseArgs = {
  id: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSignCharterArgs = {
  version: Scalars['String']['input'];
  workingGroupId: Scalars['ID']['input'];
};


export type MutationStartIncidentImportArgs = {
  id: Scalars['ID']['input'];
  mapping: IncidentMappingInput;
};


export type MutationSubmitMairieProposalArgs = {
  input: MairieProposalInput;
};


export type MutationSubmitPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitProposalArgs = {
  input: PublicProposalInput;
};


export type MutationSubmitVideoProjectArgs = {
  input: SubmitVideoProjectInput;
};


export type MutationTransitionCaseArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: CaseStatus;
};


export type MutationUnlinkCasesArgs = {
  id: Scalars['ID']['input'];
  otherCaseId: Scalars['ID']['input'];
};


export type MutationUnshareCaseArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  shareId: Scalars['ID']['input'];
};


export type MutationUpdateAgendaItemArgs = {
  input: AgendaItemUpdate;
  itemId: Scalars['ID']['input'];
};


export type MutationUpdateBodyArgs = {
  id: Scalars['ID']['input'];
  input: BodyInput;
};


export type MutationUpdateCaseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
};


export type MutationUpdateCaseActionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCaseActionInput;
};


export type MutationUpdateCommitmentArgs = {
  expectedUpdatedAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  input: CommitmentInput;
};


export type MutationUpdateContractArgs = {
  expectedUpdatedAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  input: ContractInput;
};


export type MutationUpdateMeetingArgs = {
  id: Scalars['ID']['input'];
  input: MeetingInput;
};


export type MutationUpdateObjectiveArgs = {
  expectedUpdatedAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  input: ObjectiveInput;
};


export type MutationUpdateOperationArgs = {
  id: Scalars['ID']['input'];
  input: OperationInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationUpdatePlanTextsArgs = {
  expectedUpdatedAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  input: PlanTextsInput;
};


export type MutationUpdateSurveyWaveArgs = {
  id: Scalars['ID']['input'];
  input: SurveyWaveInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUploadPresenceFileArgs = {
  input: PresenceImportInput;
};


export type MutationVerifySecondFactorArgs = {
  code: Scalars['String']['input'];
};


export type MutationWithdrawPlanArgs = {
  id: Scalars['ID']['input'];
};

/** « Mes dossiers » : ce qui attend l’utilisateur et son organisation */
export type MyWork = {
  __typename?: 'MyWork';
  /** Actions de mon organisation en retard ou à échéance sous 7 jours */
  dueActions: Array<CaseAction>;
  /** Saisines à accepter ou décliner */
  pendingReferrals: Array<CaseAssignment>;
};

/** Une alerte reçue */
export type Notification = {
  __typename?: 'Notification';
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  alert: Alert;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
};

/** Filtres du centre des alertes (cumulés) */
export type NotificationFilterInput = {
  /** Gravités retenues (toutes si vide) */
  severities?: InputMaybe<Array<AlertSeverity>>;
  /** Origines retenues (toutes si vide) */
  topics?: InputMaybe<Array<AlertTopic>>;
  /** Seulement celles dont je n’ai pas accusé réception */
  unacknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Seulement les non lues */
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};

export type NotificationPage = {
  __typename?: 'NotificationPage';
  items: Array<Notification>;
  /** À passer en « after » pour la suite */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** Toutes les alertes qui répondent aux filtres, pas seulement cette page */
  totalCount: Scalars['Int']['output'];
};

export type ObjectiveInput = {
  /** AAAA-MM-JJ */
  baselineDate: Scalars['String']['input'];
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  /** AAAA-MM-JJ */
  deadline: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  direction: IndicatorDirection;
  indicatorLabel: Scalars['String']['input'];
  indicatorParameters?: InputMaybe<IndicatorParametersInput>;
  indicatorSource: IndicatorSource;
  /** Obligatoire pour un indicateur saisi à la main : d’où viennent ses valeurs */
  manualSource?: InputMaybe<Scalars['String']['input']>;
  pilotOrganizationId?: InputMaybe<Scalars['String']['input']>;
  section: PlanSection;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  title: Scalars['String']['input'];
};

/** Où en est un objectif par rapport à sa trajectoire */
export type ObjectiveProgress =
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK'
  | 'REACHED';

export type Operation = {
  __typename?: 'Operation';
  /** Mon organisation peut saisir son bilan (participante, opération menée) */
  canReport: Scalars['Boolean']['output'];
  /** Je peux la modifier, la marquer menée ou l’annuler (organisateur, tant qu’elle est prévue) */
  canUpdate: Scalars['Boolean']['output'];
  communes: Array<OperationCommune>;
  description: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: OperationKind;
  /** Les dossiers liés que je peux lire */
  linkedCases: Array<OperationLinkedCase>;
  /** Objectifs du plan servis (identifiants de lignée) */
  objectiveLineageIds: Array<Scalars['ID']['output']>;
  organizer: OperationOrganization;
  /** Le bilan de chaque organisation qui l’a saisi */
  outcomes: Array<OperationOutcome>;
  participants: Array<OperationOrganization>;
  /** OP-2026-0001 */
  reference: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: OperationStatus;
  statusChangedAt: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  totals: OperationTotals;
  updatedAt: Scalars['DateTime']['output'];
  zone: Maybe<OperationZone>;
};

export type OperationCommune = {
  __typename?: 'OperationCommune';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type OperationConnection = {
  __typename?: 'OperationConnection';
  edges: Array<OperationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OperationEdge = {
  __typename?: 'OperationEdge';
  cursor: Scalars['String']['output'];
  node: Operation;
};

export type OperationFilter = {
  /** Opérations qui concernent cette commune (directement ou par leur zone) */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Opérations qui se terminent à partir de cet instant */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Array<OperationKind>>;
  status?: InputMaybe<Array<OperationStatus>>;
  /** Opérations qui commencent avant cet instant */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type OperationInput = {
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  communeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['String']['input'];
  kind: OperationKind;
  /** Objectifs du plan, par identifiant de lignée */
  objectiveLineageIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** La mienne est toujours incluse */
  participantOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsAt: Scalars['String']['input'];
  title: Scalars['String']['input'];
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

/** Ce que vise une opération coordonnée */
export type OperationKind =
  | 'AUTRE'
  | 'CONTROLE_ETABLISSEMENTS'
  | 'RODEOS'
  | 'SECURISATION_VOIE_PUBLIQUE'
  | 'STUPEFIANTS'
  | 'TRANSPORTS'
  | 'ZONE_RURALE';

/** Un dossier lié que je peux lire */
export type OperationLinkedCase = {
  __typename?: 'OperationLinkedCase';
  id: Scalars['ID']['output'];
  reference: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type OperationOrderBy =
  | 'STARTS_ASC'
  | 'STARTS_DESC';

export type OperationOrganization = {
  __typename?: 'OperationOrganization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: OrganizationType;
};

/** Le bilan d’une organisation participante */
export type OperationOutcome = {
  __typename?: 'OperationOutcome';
  comment: Maybe<Scalars['String']['output']>;
  enteredByLabel: Scalars['String']['output'];
  fermeturesAdministratives: Scalars['Int']['output'];
  interpellations: Scalars['Int']['output'];
  /** En euros */
  montantsRecouvres: Scalars['Float']['output'];
  organization: OperationOrganization;
  seizures: Array<Seizure>;
  updatedAt: Scalars['DateTime']['output'];
  verbalisations: Scalars['Int']['output'];
  /** Version lue, à renvoyer avec une modification (verrou optimiste) */
  version: Scalars['String']['output'];
};

export type OperationOutcomeInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  fermeturesAdministratives: Scalars['Int']['input'];
  interpellations: Scalars['Int']['input'];
  /** En euros */
  montantsRecouvres: Scalars['Float']['input'];
  seizures?: InputMaybe<Array<SeizureInput>>;
  verbalisations: Scalars['Int']['input'];
  /** La version lue (absente pour un premier bilan) : une modification concurrente est refusée */
  version?: InputMaybe<Scalars['String']['input']>;
};

/** Étape d’une opération coordonnée */
export type OperationStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED';

/** Les bilans des participants additionnés */
export type OperationTotals = {
  __typename?: 'OperationTotals';
  fermeturesAdministratives: Scalars['Int']['output'];
  interpellations: Scalars['Int']['output'];
  montantsRecouvres: Scalars['Float']['output'];
  /** Participants ayant saisi leur bilan */
  reported: Scalars['Int']['output'];
  seizures: Array<SeizureTotal>;
  verbalisations: Scalars['Int']['output'];
};

export type OperationZone = {
  __typename?: 'OperationZone';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Organization = {
  __typename?: 'Organization';
  /** Dossiers portés par l’organisation que je peux lire */
  cases: CaseConnection;
  /** Communes de compétence (vide si tout le département) */
  competenceCommunes: Array<Commune>;
  disabled: Scalars['Boolean']['output'];
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Les personnes de l’organisation */
  members: Array<User>;
  name: Scalars['String']['output'];
  /** Partenaire : peut être saisi d’un dossier ou piloter une décision (faux pour l’administration technique de la plateforme) */
  partner: Scalars['Boolean']['output'];
  phone: Maybe<Scalars['String']['output']>;
  /** Autorité publique (services de l’État, URSSAF, communes) */
  publicAuthority: Scalars['Boolean']['output'];
  /** Commune du siège */
  seat: Maybe<Commune>;
  type: OrganizationType;
  typeLabel: Scalars['String']['output'];
  /** Compétente sur tout le département */
  wholeDepartement: Scalars['Boolean']['output'];
};


export type OrganizationCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationFilter = {
  /** Organisations compétentes sur cette commune */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Nom de l’organisation ou de l’un de ses membres ; accents ignorés */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<OrganizationType>;
};

/** Type d’acteur du continuum */
export type OrganizationType =
  | 'ARS'
  | 'ASSUREUR'
  | 'AUTRE'
  | 'BAILLEUR'
  | 'DDFIP'
  | 'DOUANES'
  | 'EDUCATION_NATIONALE'
  | 'ENTREPRISE'
  | 'FEDERATION_ASSOCIATION'
  | 'GARDE_CHAMPETRE'
  | 'GENDARMERIE'
  | 'MAIRIE'
  | 'ORDRE_PROFESSIONNEL'
  | 'PARQUET'
  | 'POLICE_MUNICIPALE'
  | 'POLICE_NATIONALE'
  | 'PREFECTURE'
  | 'SECURITE_PRIVEE'
  | 'TRANSPORTEUR'
  | 'URSSAF';

/** Un résultat chiffré des opérations */
export type OutcomeMeasure =
  | 'FERMETURES_ADMINISTRATIVES'
  | 'INTERPELLATIONS'
  | 'MONTANTS_RECOUVRES'
  | 'SAISIES'
  | 'VERBALISATIONS';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PersonRole =
  | 'AUTRE'
  | 'MIS_EN_CAUSE'
  | 'SIGNALANT'
  | 'TEMOIN'
  | 'VICTIME';

/** Une donnée personnelle repérée dans le texte (modérateurs seulement) */
export type PersonalDataFlag = {
  __typename?: 'PersonalDataFlag';
  end: Scalars['Int']['output'];
  excerpt: Scalars['String']['output'];
  kind: PersonalDataKind;
  label: Scalars['String']['output'];
  start: Scalars['Int']['output'];
};

/** Donnée personnelle repérée */
export type PersonalDataKind =
  | 'ADDRESS'
  | 'EMAIL'
  | 'OTHER'
  | 'PERSON'
  | 'PHONE'
  | 'PLATE';

/** La notice « Données personnelles », publique */
export type PersonalDataNotice = {
  __typename?: 'PersonalDataNotice';
  activities: Array<ProcessingActivity>;
  /** Le responsable du traitement */
  controller: Scalars['String']['output'];
  /** Le contact du délégué à la protection des données */
  dpoContact: Maybe<Scalars['String']['output']>;
};

/** Une version du plan d’action départemental (PADRSQ) */
export type Plan = {
  __typename?: 'Plan';
  adoptedAt: Maybe<Scalars['DateTime']['output']>;
  adoptedByLabel: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  departementCode: Scalars['String']['output'];
  /** Figé à l’adoption ; une version en projet lit le diagnostic du jour */
  diagnosticSnapshot: Maybe<PlanDiagnosticSnapshot>;
  id: Scalars['ID']['output'];
  objectives: Array<PlanObjective>;
  previousVersionId: Maybe<Scalars['ID']['output']>;
  revisionNote: Maybe<Scalars['String']['output']>;
  sections: Array<PlanSectionText>;
  status: PlanStatus;
  statusLabel: Scalars['String']['output'];
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  submittedByLabel: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** À renvoyer avec une modification des textes (deux modifications à la fois : une seule passe) */
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type PlanDiagnosticCategory = {
  __typename?: 'PlanDiagnosticCategory';
  /** Nul quand le chiffre est masqué (sous le seuil de diffusion) */
  incidents: Maybe<Scalars['Int']['output']>;
  label: Scalars['String']['output'];
  previousYear: Maybe<Scalars['Int']['output']>;
};

/** Les chiffres du diagnostic tels qu’au jour de l’adoption */
export type PlanDiagnosticSnapshot = {
  __typename?: 'PlanDiagnosticSnapshot';
  categories: Array<PlanDiagnosticCategory>;
  /** Le total des chiffres visibles (un minimum quand `partial`) */
  incidents: Scalars['Int']['output'];
  /** Le seuil de diffusion appliqué (nul : aucun masquage) */
  minCell: Maybe<Scalars['Int']['output']>;
  /** Des catégories sont masquées : les totaux ne comptent que les chiffres visibles */
  partial: Scalars['Boolean']['output'];
  /** Les douze mois comptés, « décembre 2025 – novembre 2026 » */
  period: Scalars['String']['output'];
  previousYear: Scalars['Int']['output'];
  /** AAAA-MM-JJ */
  takenOn: Scalars['String']['output'];
};

/** Une différence entre deux versions du plan */
export type PlanDifference = {
  __typename?: 'PlanDifference';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Maybe<Scalars['String']['output']>;
  /** TITLE, SECTION_TEXT, OBJECTIVE_ADDED, OBJECTIVE_REMOVED ou OBJECTIVE_CHANGED */
  kind: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type PlanObjective = {
  __typename?: 'PlanObjective';
  /** AAAA-MM-JJ */
  baselineDate: Scalars['String']['output'];
  baselineValue: Scalars['Float']['output'];
  categories: Array<Scalars['String']['output']>;
  communeCodes: Array<Scalars['String']['output']>;
  /** AAAA-MM-JJ */
  deadline: Scalars['String']['output'];
  description: Scalars['String']['output'];
  direction: IndicatorDirection;
  id: Scalars['ID']['output'];
  /** Où en est l’indicateur, calculé pour moi */
  indicator: IndicatorReading;
  indicatorLabel: Scalars['String']['output'];
  /** Le périmètre compté, dit en français (catégories, communes, zone…) */
  indicatorScope: Scalars['String']['output'];
  indicatorSource: IndicatorSource;
  indicatorSourceLabel: Scalars['String']['output'];
  /** Le même objectif d’une version à l’autre */
  lineageId: Scalars['ID']['output'];
  /** La source d’un indicateur saisi à la main */
  manualSource: Maybe<Scalars['String']['output']>;
  operationKinds: Array<OperationKind>;
  outcome: Maybe<OutcomeMeasure>;
  pilotLabel: Maybe<Scalars['String']['output']>;
  pilotOrganizationId: Maybe<Scalars['ID']['output']>;
  planId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  section: PlanSection;
  sectionLabel: Scalars['String']['output'];
  setting: Maybe<PresenceSetting>;
  targetValue: Scalars['Float']['output'];
  title: Scalars['String']['output'];
  /** À renvoyer avec une modification (deux modifications à la fois : une seule passe) */
  updatedAt: Scalars['DateTime']['output'];
  zoneId: Maybe<Scalars['ID']['output']>;
};

/** Les cinq parties du PADRSQ (circulaire du 19 novembre 2024) */
export type PlanSection =
  | 'CONTINUUM'
  | 'DIAGNOSTIC'
  | 'DIALOGUE'
  | 'MODES_OF_ACTION'
  | 'RESULTS';

/** Le texte d’une des cinq parties du plan */
export type PlanSectionText = {
  __typename?: 'PlanSectionText';
  /** « 2. Résultats concrets recherchés »… */
  label: Scalars['String']['output'];
  section: PlanSection;
  text: Scalars['String']['output'];
};

/** Étape d’une version du plan */
export type PlanStatus =
  | 'ADOPTED'
  | 'DRAFT'
  | 'SUBMITTED';

/** Les textes d’une version en projet ; un champ absent reste tel quel */
export type PlanTextsInput = {
  continuum?: InputMaybe<Scalars['String']['input']>;
  diagnostic?: InputMaybe<Scalars['String']['input']>;
  dialogue?: InputMaybe<Scalars['String']['input']>;
  modesOfAction?: InputMaybe<Scalars['String']['input']>;
  results?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type PresenceFilter = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  setting?: InputMaybe<PresenceSetting>;
  year: Scalars['Int']['input'];
};

/** Un fichier d’heures de présence et son rapport */
export type PresenceImport = {
  __typename?: 'PresenceImport';
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  importedCount: Scalars['Int']['output'];
  /** Lignes de données (sans l’en-tête) */
  lineCount: Scalars['Int']['output'];
  rejections: Array<PresenceImportRejection>;
  status: PresenceImportStatus;
  validCount: Scalars['Int']['output'];
};

export type PresenceImportDecision =
  | 'DISCARD'
  | 'IMPORT_VALID';

export type PresenceImportInput = {
  /** Le contenu du fichier en base 64 (64 Kio au plus) */
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};

export type PresenceImportRejection = {
  __typename?: 'PresenceImportRejection';
  /** Numéro de la ligne dans le fichier (l’en-tête est la ligne 1) */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** En attente de décision, importé, ou abandonné */
export type PresenceImportStatus =
  | 'DISCARDED'
  | 'IMPORTED'
  | 'PENDING';

export type PresenceInput = {
  agents: Scalars['Int']['input'];
  communeCode: Scalars['String']['input'];
  hours: Scalars['Float']['input'];
  setting: PresenceSetting;
  /** Le lundi de la semaine (AAAA-MM-JJ) */
  weekStart: Scalars['String']['input'];
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

/** Les heures de présence d’une organisation pour une semaine et un lieu */
export type PresenceRecord = {
  __typename?: 'PresenceRecord';
  agents: Scalars['Int']['output'];
  communeCode: Scalars['String']['output'];
  communeName: Scalars['String']['output'];
  enteredByLabel: Scalars['String']['output'];
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  organizationType: OrganizationType;
  setting: PresenceSetting;
  updatedAt: Scalars['DateTime']['output'];
  /** Le lundi de la semaine (AAAA-MM-JJ) */
  weekStart: Scalars['String']['output'];
  zoneId: Maybe<Scalars['ID']['output']>;
  zoneName: Maybe<Scalars['String']['output']>;
};

export type PresenceRecordConnection = {
  __typename?: 'PresenceRecordConnection';
  nodes: Array<PresenceRecord>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Où la présence visible est comptée */
export type PresenceSetting =
  | 'TRANSPORTS'
  | 'VOIE_PUBLIQUE';

/** Heures et agents d’une semaine, par cadre et type de force */
export type PresenceSummaryRow = {
  __typename?: 'PresenceSummaryRow';
  agents: Scalars['Int']['output'];
  hours: Scalars['Float']['output'];
  organizationType: OrganizationType;
  setting: PresenceSetting;
  weekStart: Scalars['String']['output'];
};

/** Des points chauds persistants contigus, proposés comme zone prioritaire (cabinet du préfet) */
export type PriorityZoneProposal = {
  __typename?: 'PriorityZoneProposal';
  /** Surface de ses hexagones, en km² */
  areaKm2: Scalars['Float']['output'];
  cells: Array<PriorityZoneProposalCell>;
  /** Les communes que ses hexagones touchent, les plus couvertes d’abord */
  communes: Array<Scalars['String']['output']>;
  /** Ses hexagones réunis (GeoJSON MultiPolygon, WGS 84) */
  geometry: Scalars['JSON']['output'];
  /** Faits de l’année lue dans ses cellules */
  incidents: Scalars['Int']['output'];
  /** La résolution et la première cellule : stable tant que la proposition l’est */
  key: Scalars['ID']['output'];
  /** Les zones du territoire qu’elle recoupe déjà */
  overlappingZones: Array<Scalars['String']['output']>;
  /** Faits de l’année précédente dans ses cellules */
  previousIncidents: Scalars['Int']['output'];
};

/** Une cellule H3 d’un point chaud persistant */
export type PriorityZoneProposalCell = {
  __typename?: 'PriorityZoneProposalCell';
  /** Faits de l’année lue */
  count: Scalars['Int']['output'];
  h3: Scalars['String']['output'];
  /** Faits de l’année précédente */
  previousCount: Scalars['Int']['output'];
  /** Score z du Gi* de l’année précédente */
  previousZ: Scalars['Float']['output'];
  /** Score z du Gi* de l’année lue */
  z: Scalars['Float']['output'];
};

export type PriorityZoneProposals = {
  __typename?: 'PriorityZoneProposals';
  /** Les plus grandes (en faits de l’année) d’abord */
  proposals: Array<PriorityZoneProposal>;
  resolution: Scalars['Int']['output'];
  /** La règle de persistance, en clair */
  rule: Scalars['String']['output'];
  /** Seuil du Gi* (z ≥ seuil, les deux années) */
  threshold: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** Une activité du registre des traitements (RGPD, art. 30) */
export type ProcessingActivity = {
  __typename?: 'ProcessingActivity';
  /** Ce qui est effacé ou anonymisé à son terme */
  afterRetention: Scalars['String']['output'];
  dataCategories: Array<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  legalBasis: Scalars['String']['output'];
  name: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  recipients: Array<Scalars['String']['output']>;
  /** La durée de conservation en vigueur, en français */
  retention: Scalars['String']['output'];
};

export type Proposal = {
  __typename?: 'Proposal';
  answer: Maybe<Scalars['String']['output']>;
  /** Adresse de l’auteur : modérateurs seulement */
  authorEmail: Maybe<Scalars['String']['output']>;
  /** Auteur signé (mairie) ; null pour le public */
  authorLabel: Maybe<Scalars['String']['output']>;
  /** Le dossier lié, s’il est lisible par le lecteur */
  caseId: Maybe<Scalars['ID']['output']>;
  caseReference: Maybe<Scalars['String']['output']>;
  category: ProposalCategory;
  categoryLabel: Scalars['String']['output'];
  communeCode: Scalars['String']['output'];
  communeName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Vrai quand des données personnelles ont été repérées (et masquées pour les autres lecteurs) */
  hasPersonalData: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  mayModerate: Scalars['Boolean']['output'];
  mayTriage: Scalars['Boolean']['output'];
  moderatedAt: Maybe<Scalars['DateTime']['output']>;
  moderationNote: Maybe<Scalars['String']['output']>;
  /** Modérateurs seulement */
  personalData: Maybe<Array<PersonalDataFlag>>;
  point: Maybe<GeoPoint>;
  /** P-123 */
  reference: Scalars['String']['output'];
  source: ProposalSource;
  status: ProposalStatus;
  statusLabel: Scalars['String']['output'];
  /** Le texte ; données personnelles masquées pour qui n’est pas modérateur */
  text: Scalars['String']['output'];
  triagedAt: Maybe<Scalars['DateTime']['output']>;
  triagedByLabel: Maybe<Scalars['String']['output']>;
};

export type ProposalCaseInput = {
  category: CaseCategory;
  sensitivity: Sensitivity;
  title: Scalars['String']['input'];
};

/** Sujet d’une proposition */
export type ProposalCategory =
  | 'AMENAGEMENT_ECLAIRAGE'
  | 'AUTRE'
  | 'INCIVILITES'
  | 'PRESENCE_POLICIERE'
  | 'PREVENTION'
  | 'SECURITE_ROUTIERE'
  | 'STUPEFIANTS'
  | 'TRANQUILLITE'
  | 'VIDEOPROTECTION';

/** Une commune du département, pour le formulaire public */
export type ProposalCommune = {
  __typename?: 'ProposalCommune';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ProposalFilter = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Float']['input']>;
  /** Seulement celles de mon organisation */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<ProposalStatus>>;
};

/** Le jeton signé et daté du formulaire public */
export type ProposalForm = {
  __typename?: 'ProposalForm';
  /** Secondes à attendre au moins avant l’envoi */
  minimumSeconds: Scalars['Int']['output'];
  token: Scalars['String']['output'];
};

export type ProposalList = {
  __typename?: 'ProposalList';
  items: Array<Proposal>;
  total: Scalars['Int']['output'];
};

/** L’accusé de réception : le lien privé n’est donné qu’ici, une fois */
export type ProposalReceipt = {
  __typename?: 'ProposalReceipt';
  hasPersonalData: Scalars['Boolean']['output'];
  reference: Scalars['String']['output'];
  /** Le jeton du lien privé (/propositions/suivi/<jeton>) */
  token: Scalars['String']['output'];
};

/** Public (formulaire ouvert) ou mairie */
export type ProposalSource =
  | 'MAIRIE'
  | 'PUBLIC';

/** Propositions par commune et sujet, et délais de réponse */
export type ProposalStatisticsRow = {
  __typename?: 'ProposalStatisticsRow';
  /** Délai moyen de traitement, en jours */
  averageDays: Maybe<Scalars['Float']['output']>;
  category: ProposalCategory;
  communeCode: Scalars['String']['output'];
  communeName: Scalars['String']['output'];
  /** Délai médian de traitement, en jours */
  medianDays: Maybe<Scalars['Float']['output']>;
  submitted: Scalars['Int']['output'];
  /** Traitées : réponse, rattachement ou dossier ouvert */
  treated: Scalars['Int']['output'];
  /** Publiées par la modération, pas encore traitées */
  waiting: Scalars['Int']['output'];
};

/** Étape d’une proposition */
export type ProposalStatus =
  | 'ANSWERED'
  | 'CASE_OPENED'
  | 'MERGED'
  | 'PENDING'
  | 'REJECTED'
  | 'RELEASED';

/** Ce que l’auteur lit par son lien privé */
export type PublicProposal = {
  __typename?: 'PublicProposal';
  answer: Maybe<Scalars['String']['output']>;
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  categoryLabel: Scalars['String']['output'];
  communeName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  status: ProposalStatus;
  statusLabel: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type PublicProposalInput = {
  category: ProposalCategory;
  communeCode: Scalars['String']['input'];
  /** Pour recevoir la réponse, facultatif */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Le jeton de `proposalForm` */
  formToken: Scalars['String']['input'];
  /** Le lieu, facultatif */
  point?: InputMaybe<GeoPointInput>;
  text: Scalars['String']['input'];
  /** Champ piège : laissé vide par une personne */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type PublicResultPage = {
  __typename?: 'PublicResultPage';
  communeCode: Scalars['String']['output'];
  communeName: Scalars['String']['output'];
  enabledAt: Scalars['DateTime']['output'];
  enabledByLabel: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Demandes d’accès en attente pour l’organisation du responsable connecté (vide pour les autres). */
  accessRequests: Array<AccessRequest>;
  /** Qui recevrait cette alerte, et ce que chacun verrait */
  alertAudiencePreview: AlertAudiencePreview;
  appInfo: AppInfo;
  auditEntries: AuditEntryConnection;
  /** Les instances de coordination (mine : celles où je siège) */
  bodies: Array<CoordinationBody>;
  body: CoordinationBody;
  /** Un dossier ; NOT_FOUND s’il n’existe pas ou si je ne peux pas le lire */
  case: Case;
  /** Les dossiers que je peux lire */
  cases: CaseConnection;
  /** Actions de dossiers ouvertes et opérations que le rédacteur peut lire, pour y adosser un engagement */
  commitmentLinkCandidates: Array<CommitmentLinkCandidate>;
  commune: Commune;
  /** Les résultats d’une commune de mon territoire (le cabinet : toute commune du département) */
  communeResults: CommuneResults;
  /** Communes du département, par nom */
  communes: Array<Commune>;
  contract: Contract;
  /** Les contrats que le lecteur peut lire */
  contracts: Array<ContractSummary>;
  /** La dernière version adoptée du plan d’une année */
  currentPlan: Maybe<Plan>;
  /** Le diagnostic d’une année civile : le département ou une commune pour le cabinet, le territoire de compétence pour les autres (petits chiffres masqués) */
  diagnostic: Diagnostic;
  /** Les points chauds d’une année sur la grille H3 (Gi* de Getis-Ord), cabinet du préfet */
  diagnosticHotspots: DiagnosticHotspots;
  diagnosticImport: DiagnosticImport;
  /** Les fichiers envoyés au diagnostic, du plus récent au plus ancien (cabinet du préfet) */
  diagnosticImports: DiagnosticImportPage;
  /** EPCI ayant au moins une commune dans le département */
  epcis: Array<Epci>;
  /** Les courriels et envois de webhook en échec définitif, les plus récents d’abord (administration) */
  failedDeliveries: Array<FailedDelivery>;
  /** L’utilisateur connecté ; UNAUTHENTICATED sans session. */
  me: Me;
  /** Une séance ; NOT_FOUND si je ne peux pas la voir */
  meeting: Meeting;
  /** Mes réglages d’alerte (les miens, ou ceux de mon organisation) */
  myAlertSubscription: AlertSubscription;
  /** La double authentification de son compte */
  mySecondFactor: SecondFactorStatus;
  /** « Mes dossiers » */
  myWork: MyWork;
  /** Mes alertes, les plus récentes d’abord */
  notifications: NotificationPage;
  /** Une opération ; NOT_FOUND si elle n’existe pas ou si je ne peux pas la lire */
  operation: Operation;
  /** Les opérations coordonnées que je peux lire, par date de début */
  operations: OperationConnection;
  organization: Organization;
  /** Les réglages par défaut d’une organisation (ses responsables) */
  organizationAlertSubscription: AlertSubscription;
  /** Le webhook de l’organisation (ses responsables) ; nul s’il n’y en a pas */
  organizationWebhook: Maybe<Webhook>;
  /** L’annuaire des partenaires */
  organizations: Array<Organization>;
  personalDataNotice: PersonalDataNotice;
  plan: Plan;
  /** Ce qui a changé d’une version du plan à une autre */
  planDifferences: Array<PlanDifference>;
  /** Les versions du plan que je peux lire, de la plus récente à la plus ancienne */
  plans: Array<Plan>;
  /** Dossiers ouverts de même catégorie à proximité ou dans la même zone */
  possibleDuplicates: Array<Case>;
  /** Un import d’heures de présence de mon organisation */
  presenceImport: PresenceImport;
  /** Les heures de présence que je peux lire (celles de mon organisation ; toutes pour le cabinet) */
  presenceRecords: PresenceRecordConnection;
  /** Heures de présence par semaine, cadre et force, sur mon territoire */
  presenceSummary: Array<PresenceSummaryRow>;
  /** Les zones prioritaires proposées à partir des points chauds persistants (cette année et la précédente), cabinet du préfet */
  priorityZoneProposals: PriorityZoneProposals;
  proposal: Proposal;
  /** Sa proposition, lue par son auteur grâce au lien privé */
  proposalByLink: PublicProposal;
  /** Les communes du département, par nom (formulaire public) */
  proposalCommunes: Array<ProposalCommune>;
  /** Un jeton signé et daté pour le formulaire public (sans compte) */
  proposalForm: ProposalForm;
  /** Propositions par commune et sujet, déposées entre `from` et `to` (AAAA-MM-JJ, exclu), et délais de traitement */
  proposalStatistics: Array<ProposalStatisticsRow>;
  /** Les propositions que le lecteur peut lire */
  proposals: ProposalList;
  /** Les communes dont la page publique est ouverte (cabinet) */
  publicResultPages: Array<PublicResultPage>;
  /** Attributions de rôle en attente (administrateurs) ; celles d’un compte avec `userId` */
  roleGrants: Array<RoleGrant>;
  /** Les référents sûreté désignés (administration technique) */
  safetyReferents: Array<SafetyReferent>;
  /** Une alerte que j’ai émise (pour le cabinet du préfet : toute alerte manuelle) */
  sentAlert: Alert;
  /** Les alertes que j’ai émises (pour le cabinet du préfet : toutes les alertes manuelles) */
  sentAlerts: Array<Alert>;
  /** Les courriels et envois de webhook encore en attente longtemps après leur écriture (15 minutes par défaut) : bloqués ou en nouveaux essais, les plus récents d’abord (administration) */
  stuckDeliveries: Array<FailedDelivery>;
  /** Droit d’accès (RGPD, art. 15) : les personnes inscrites dans tous les dossiers, pour le DPD seul ; journalisé */
  subjectAccessSearch: SubjectAccessResult;
  /** Le questionnaire, lu par son destinataire grâce à son lien (sans compte) */
  surveyByLink: SurveyQuestionnaire;
  /** Les résultats d’une vague envoyée : par type d’organisation et par commune, petits groupes masqués */
  surveyResults: SurveyResults;
  /** L’évolution des notes d’une vague à l’autre */
  surveyTrend: SurveyTrend;
  surveyWave: SurveyWave;
  /** Les vagues d’enquête que le lecteur peut lire (le cabinet) */
  surveyWaves: Array<SurveyWave>;
  /** Le nombre de mes alertes non lues (la cloche) */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Mes prochaines séances */
  upcomingMeetings: Array<Meeting>;
  user: User;
  /** Les personnes de l’annuaire */
  users: Array<User>;
  videoProject: VideoProject;
  /** Les communes de la mairie, pour lesquelles elle porte un projet */
  videoProjectCommunes: Array<VideoCommune>;
  /** Les points chauds autour des sites d’un projet (cabinet) */
  videoProjectHotspots: VideoHotspots;
  /** Les projets de vidéoprotection que l’on peut lire */
  videoProjects: Array<VideoProject>;
  /** Les derniers envois au webhook de l’organisation, les plus récents d’abord */
  webhookDeliveries: Array<WebhookDelivery>;
  zone: Zone;
  zones: Array<Zone>;
};


export type QueryAlertAudiencePreviewArgs = {
  input: ManualAlertInput;
};


export type QueryAuditEntriesArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBodiesArgs = {
  mine?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryBodyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
};


export type QueryCommitmentLinkCandidatesArgs = {
  search: Scalars['String']['input'];
};


export type QueryCommuneArgs = {
  code: Scalars['String']['input'];
};


export type QueryCommuneResultsArgs = {
  communeCode: Scalars['String']['input'];
};


export type QueryCommunesArgs = {
  filter?: InputMaybe<CommuneFilter>;
};


export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContractsArgs = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ContractStatus>>;
};


export type QueryCurrentPlanArgs = {
  year: Scalars['Int']['input'];
};


export type QueryDiagnosticArgs = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryDiagnosticHotspotsArgs = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  resolution: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryDiagnosticImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDiagnosticImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFailedDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOperationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OperationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OperationOrderBy>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationAlertSubscriptionArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryOrganizationWebhookArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  filter?: InputMaybe<OrganizationFilter>;
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanDifferencesArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPossibleDuplicatesArgs = {
  category: CaseCategory;
  excludeCaseId?: InputMaybe<Scalars['ID']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPresenceImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPresenceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: PresenceFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPresenceSummaryArgs = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryPriorityZoneProposalsArgs = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  resolution: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalByLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryProposalStatisticsArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryProposalsArgs = {
  filter?: InputMaybe<ProposalFilter>;
};


export type QueryRoleGrantsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySentAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStuckDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  olderThanMinutes?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubjectAccessSearchArgs = {
  terms: SubjectAccessTerms;
};


export type QuerySurveyByLinkArgs = {
  token: Scalars['String']['input'];
};


export type QuerySurveyResultsArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyWaveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
};


export type QueryVideoProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVideoProjectHotspotsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVideoProjectsArgs = {
  filter?: InputMaybe<VideoProjectFilter>;
};


export type QueryWebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryZoneArgs = {
  id: Scalars['ID']['input'];
};


export type QueryZonesArgs = {
  filter?: InputMaybe<ZoneFilter>;
};

/** Motif de consultation des personnes d’un dossier */
export type ReadMotive =
  /** Suivi du dossier */
  | 'CASE_FOLLOW_UP'
  /** Préparation d’une instance */
  | 'MEETING_PREPARATION'
  /** Autre (précisé) */
  | 'OTHER'
  /** Demande d’un partenaire */
  | 'PARTNER_REQUEST';

export type ReadMotiveInput = {
  /** Obligatoire pour « Autre » ; 300 caractères au plus */
  detail?: InputMaybe<Scalars['String']['input']>;
  motive: ReadMotive;
};

/** Codes de secours à usage unique ; montrés une seule fois */
export type RecoveryCodes = {
  __typename?: 'RecoveryCodes';
  codes: Array<Scalars['String']['output']>;
};

export type RejectedLine = {
  __typename?: 'RejectedLine';
  /** Numéro de la ligne dans le fichier (l’en-tête est la ligne 1) */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type RejectedLinePage = {
  __typename?: 'RejectedLinePage';
  items: Array<RejectedLine>;
  /** À passer en « after » pour la suite */
  nextAfter: Maybe<Scalars['Int']['output']>;
  totalCount: Scalars['Int']['output'];
};

/** Un dossier en cours dans la commune, que je peux lire */
export type ResultCase = {
  __typename?: 'ResultCase';
  id: Scalars['ID']['output'];
  reference: Scalars['String']['output'];
  statusLabel: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Une opération coordonnée dans la commune, que je peux lire */
export type ResultOperation = {
  __typename?: 'ResultOperation';
  id: Scalars['ID']['output'];
  kind: OperationKind;
  kindLabel: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: OperationStatus;
  statusLabel: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Rôle d’un utilisateur dans son organisation */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'COORDINATOR'
  | 'DPO'
  | 'MANAGER';

/** Une attribution de rôle élevé (coordination, administration) en attente d’un second administrateur */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** Le lecteur peut approuver ou refuser (ni demandeur, ni bénéficiaire) */
  canDecide: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedByFullName: Scalars['String']['output'];
  role: Role;
  userEmail: Scalars['String']['output'];
  userFullName: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** Un référent sûreté désigné */
export type SafetyReferent = {
  __typename?: 'SafetyReferent';
  designatedAt: Scalars['DateTime']['output'];
  fullName: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** La clé à saisir dans une application d’authentification ; montrée une seule fois */
export type SecondFactorEnrolment = {
  __typename?: 'SecondFactorEnrolment';
  /** Adresse otpauth:// (ce que contiendrait un QR code) */
  otpauthUri: Scalars['String']['output'];
  /** Clé secrète en base 32 */
  secret: Scalars['String']['output'];
};

/** La double authentification du compte connecté */
export type SecondFactorStatus = {
  __typename?: 'SecondFactorStatus';
  /** Un code TOTP est demandé à chaque connexion */
  enabled: Scalars['Boolean']['output'];
  /** Codes de secours encore utilisables */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** Le rôle du compte l’exige (administration, coordination) */
  required: Scalars['Boolean']['output'];
};

/** CODE : un code TOTP ou de secours est attendu ; ENROLMENT : le rôle exige un second facteur à configurer */
export type SecondFactorStep =
  | 'CODE'
  | 'ENROLMENT';

/** Une saisie : sa nature, sa quantité et son unité */
export type Seizure = {
  __typename?: 'Seizure';
  nature: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

export type SeizureInput = {
  nature: Scalars['String']['input'];
  quantity: Scalars['Float']['input'];
  unit: Scalars['String']['input'];
};

export type SeizureTotal = {
  __typename?: 'SeizureTotal';
  nature: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

/** Niveau de diffusion (TLP) */
export type Sensitivity =
  | 'AMBER'
  | 'AMBER_STRICT'
  | 'CLEAR'
  | 'GREEN'
  | 'RED';

export type SubjectAccessMatch = {
  __typename?: 'SubjectAccessMatch';
  address: Maybe<Scalars['String']['output']>;
  birthYear: Maybe<Scalars['Int']['output']>;
  caseId: Scalars['ID']['output'];
  category: CaseCategory;
  fullName: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** La personne telle qu’elle est inscrite dans ce dossier */
  personId: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  role: PersonRole;
  sensitivity: Sensitivity;
  status: CaseStatus;
  title: Scalars['String']['output'];
};

export type SubjectAccessResult = {
  __typename?: 'SubjectAccessResult';
  matches: Array<SubjectAccessMatch>;
  /** Plus de résultats que ceux donnés : préciser la recherche */
  truncated: Scalars['Boolean']['output'];
};

export type SubjectAccessTerms = {
  /** Une partie de l’adresse (accents et majuscules ignorés) */
  address?: InputMaybe<Scalars['String']['input']>;
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Nom et prénom, ou une partie (accents et majuscules ignorés) */
  fullName: Scalars['String']['input'];
};

export type SubmitVideoProjectInput = {
  communeCode: Scalars['String']['input'];
  /** Ce que le projet doit permettre (finalité) */
  purpose: Scalars['String']['input'];
  sites: Array<VideoSiteInput>;
  title: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Mes nouvelles alertes, en direct */
  notificationReceived: Notification;
};

export type SubscriptionScope =
  | 'AREA'
  | 'COMMUNES'
  | 'COMPETENCE'
  | 'ZONES';

export type SurveyAnswerInput = {
  questionId: Scalars['ID']['input'];
  score?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyAudience = {
  __typename?: 'SurveyAudience';
  /** Les mairies */
  mayors: Scalars['Boolean']['output'];
  organizationIds: Array<Scalars['ID']['output']>;
  organizationTypes: Array<OrganizationType>;
  /** Les partenaires privés (leurs responsables) */
  partners: Scalars['Boolean']['output'];
};

export type SurveyAudienceInput = {
  /** Les mairies (maires, élus et leurs services) */
  mayors?: Scalars['Boolean']['input'];
  organizationIds?: Array<Scalars['ID']['input']>;
  organizationTypes?: Array<OrganizationType>;
  /** Les partenaires privés, par leurs responsables */
  partners?: Scalars['Boolean']['input'];
};

export type SurveyGroupResult = {
  __typename?: 'SurveyGroupResult';
  /** Type d’organisation ou code INSEE de la commune */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Répondants du groupe ; vide quand il est masqué */
  respondents: Maybe<Scalars['Int']['output']>;
  summary: SurveyScaleSummary;
};

export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  id: Scalars['ID']['output'];
  kind: SurveyQuestionKind;
  label: Scalars['String']['output'];
  /** Rang dans le questionnaire, à partir de 1 */
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
};

export type SurveyQuestionInput = {
  kind: SurveyQuestionKind;
  label: Scalars['String']['input'];
  required?: Scalars['Boolean']['input'];
};

/** Note de 1 à 5 (SCALE) ou texte libre (TEXT) */
export type SurveyQuestionKind =
  | 'SCALE'
  | 'TEXT';

export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  byCommune: Array<SurveyGroupResult>;
  byOrganizationType: Array<SurveyGroupResult>;
  kind: SurveyQuestionKind;
  label: Scalars['String']['output'];
  /** Questions notées seulement */
  overall: Maybe<SurveyScaleSummary>;
  position: Scalars['Int']['output'];
  questionId: Scalars['ID']['output'];
  /** Les réponses libres, sans leur auteur (le cabinet seulement) ; vide si le groupe est trop petit */
  texts: Maybe<Array<Scalars['String']['output']>>;
};

export type SurveyQuestionnaire = {
  __typename?: 'SurveyQuestionnaire';
  closesOn: Scalars['String']['output'];
  intro: Scalars['String']['output'];
  questions: Array<SurveyQuestion>;
  /** Le nom du destinataire du lien */
  recipientName: Scalars['String']['output'];
  /** Les libellés des notes 1 à 5 */
  scaleLabels: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type SurveyReceipt = {
  __typename?: 'SurveyReceipt';
  submittedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type SurveyReminder = {
  __typename?: 'SurveyReminder';
  /** Qui l’a envoyé ; vide pour un rappel programmé */
  byLabel: Maybe<Scalars['String']['output']>;
  /** La date prévue (AAAA-MM-JJ) d’un rappel programmé */
  dueOn: Maybe<Scalars['String']['output']>;
  recipients: Scalars['Int']['output'];
  sentAt: Scalars['DateTime']['output'];
};

export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** Seuil de masquage des petits groupes */
  minCell: Scalars['Int']['output'];
  questions: Array<SurveyQuestionResult>;
  recipients: Scalars['Int']['output'];
  respondents: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  waveId: Scalars['ID']['output'];
};

/** Les réponses d’un groupe à une question notée ; un groupe trop petit est masqué en entier */
export type SurveyScaleSummary = {
  __typename?: 'SurveyScaleSummary';
  average: Maybe<Scalars['Float']['output']>;
  count: Maybe<Scalars['Int']['output']>;
  /** Réponses par note, de 1 à 5 */
  distribution: Maybe<Array<Scalars['Int']['output']>>;
  masked: Scalars['Boolean']['output'];
};

/** Ce qu’un envoi ou un rappel a mis dans la file des courriels */
export type SurveySending = {
  __typename?: 'SurveySending';
  queued: Scalars['Int']['output'];
  wave: SurveyWave;
};

/** L’évolution d’une vague à l’autre (les huit dernières vagues envoyées, de la plus ancienne) */
export type SurveyTrend = {
  __typename?: 'SurveyTrend';
  minCell: Scalars['Int']['output'];
  series: Array<SurveyTrendSeries>;
  waves: Array<SurveyTrendWave>;
};

export type SurveyTrendPoint = {
  __typename?: 'SurveyTrendPoint';
  /** Vide si la vague n’a pas posé la question */
  summary: Maybe<SurveyScaleSummary>;
  waveId: Scalars['ID']['output'];
};

export type SurveyTrendSeries = {
  __typename?: 'SurveyTrendSeries';
  /** L’intitulé de la question notée, le même d’une vague à l’autre */
  label: Scalars['String']['output'];
  points: Array<SurveyTrendPoint>;
};

export type SurveyTrendWave = {
  __typename?: 'SurveyTrendWave';
  id: Scalars['ID']['output'];
  opensOn: Scalars['String']['output'];
  recipients: Scalars['Int']['output'];
  respondents: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type SurveyWave = {
  __typename?: 'SurveyWave';
  audience: SurveyAudience;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closesAt: Scalars['DateTime']['output'];
  /** Dernier jour pour répondre (AAAA-MM-JJ, heure de Paris) */
  closesOn: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  intro: Scalars['String']['output'];
  mayClose: Scalars['Boolean']['output'];
  mayRemind: Scalars['Boolean']['output'];
  maySend: Scalars['Boolean']['output'];
  mayUpdate: Scalars['Boolean']['output'];
  /** Ouverture (AAAA-MM-JJ, heure de Paris) */
  opensOn: Scalars['String']['output'];
  questions: Array<SurveyQuestion>;
  recipientCount: Scalars['Int']['output'];
  /** Rappels programmés (AAAA-MM-JJ) */
  reminderDates: Array<Scalars['String']['output']>;
  reminders: Array<SurveyReminder>;
  responseCount: Scalars['Int']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  sentByLabel: Maybe<Scalars['String']['output']>;
  /** CLOSED aussi quand la date de clôture est passée */
  status: SurveyWaveStatus;
  statusLabel: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type SurveyWaveInput = {
  audience: SurveyAudienceInput;
  /** Dernier jour pour répondre (AAAA-MM-JJ) */
  closesOn: Scalars['String']['input'];
  intro?: Scalars['String']['input'];
  /** Ouverture (AAAA-MM-JJ) */
  opensOn: Scalars['String']['input'];
  questions: Array<SurveyQuestionInput>;
  /** Rappels programmés (AAAA-MM-JJ) */
  reminderDates?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** Étape d’une vague d’enquête */
export type SurveyWaveStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type UpdateCaseActionInput = {
  /** AAAA-MM-JJ */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ActionStatus>;
};

export type UpdateCaseInput = {
  /** AAAA-MM-JJ */
  assessmentDueOn?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<CaseCategory>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  point?: InputMaybe<GeoPointInput>;
  priority?: InputMaybe<CasePriority>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Zone ; chaîne vide pour la retirer */
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateOrganizationInput = {
  /** Codes INSEE des communes de compétence */
  competenceCommuneCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  seatCommuneCode?: InputMaybe<Scalars['String']['input']>;
  wholeDepartement?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateUserInput = {
  fullName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  organization: Organization;
  phone: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  title: Maybe<Scalars['String']['output']>;
};

export type UserFilter = {
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Une commune pour laquelle la mairie peut porter un projet */
export type VideoCommune = {
  __typename?: 'VideoCommune';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Les points chauds autour d’un projet (cabinet seulement) */
export type VideoHotspots = {
  __typename?: 'VideoHotspots';
  /** FeatureCollection GeoJSON des cellules H3 chaudes (propriété h3) */
  cells: Scalars['JSON']['output'];
  resolution: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Avis du référent sûreté */
export type VideoOpinion =
  | 'FAVORABLE'
  | 'FAVORABLE_WITH_RESERVATIONS'
  | 'UNFAVORABLE';

/** Un projet de vidéoprotection d’une commune */
export type VideoProject = {
  __typename?: 'VideoProject';
  /** Caméras prévues (tous sites) */
  cameras: Scalars['Int']['output'];
  /** Ce lecteur peut abandonner le projet */
  canAbandon: Scalars['Boolean']['output'];
  communeCode: Scalars['String']['output'];
  communeName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fundingGranted: Maybe<Scalars['Boolean']['output']>;
  /** FIPD accordé, en euros */
  fundingGrantedAmount: Maybe<Scalars['Float']['output']>;
  /** FIPD demandé, en euros */
  fundingRequestedAmount: Maybe<Scalars['Float']['output']>;
  /** Historique, du plus ancien au plus récent */
  history: Array<VideoProjectEvent>;
  /** L’année complète dont les points chauds sont tirés */
  hotspotYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** L’étape suivante, que ce lecteur peut franchir */
  nextStep: Maybe<VideoProjectStatus>;
  nextStepLabel: Maybe<Scalars['String']['output']>;
  opinion: Maybe<VideoOpinion>;
  opinionLabel: Maybe<Scalars['String']['output']>;
  opinionText: Maybe<Scalars['String']['output']>;
  /** La mairie qui le porte */
  organizationName: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  /** V-12 */
  reference: Scalars['String']['output'];
  sites: Array<VideoSite>;
  status: VideoProjectStatus;
  statusLabel: Scalars['String']['output'];
  /** Un de ses sites est dans une zone prioritaire ou un point chaud */
  targeted: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Une ligne de l’historique d’un projet */
export type VideoProjectEvent = {
  __typename?: 'VideoProjectEvent';
  actorLabel: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  note: Maybe<Scalars['String']['output']>;
  status: VideoProjectStatus;
  statusLabel: Scalars['String']['output'];
};

export type VideoProjectFilter = {
  sort?: InputMaybe<VideoProjectSort>;
  status?: InputMaybe<Array<VideoProjectStatus>>;
};

/** Ordre de la liste : les plus récents, ou ceux dont un site est dans une zone identifiée d’abord */
export type VideoProjectSort =
  | 'RECENT'
  | 'TARGETED_FIRST';

/** Étape d’un projet de vidéoprotection */
export type VideoProjectStatus =
  | 'ABANDONED'
  | 'FUNDING_DECIDED'
  | 'FUNDING_REQUESTED'
  | 'INSTALLATION'
  | 'IN_SERVICE'
  | 'OPINION_GIVEN'
  | 'REQUESTED';

/** Un site d’un projet, placé face aux lieux identifiés */
export type VideoSite = {
  __typename?: 'VideoSite';
  cameras: Scalars['Int']['output'];
  /** Point ou Polygon GeoJSON (WGS 84) */
  geometry: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Le site est dans un point chaud du diagnostic (dernière année complète) */
  inHotspot: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Les zones prioritaires (QRR / QPV) que le site touche */
  priorityZones: Array<Scalars['String']['output']>;
  /** Dans une zone prioritaire ou un point chaud : « un lieu identifié » */
  targeted: Scalars['Boolean']['output'];
  /** La zone « site vidéoprotégé » créée à la mise en service */
  zoneId: Maybe<Scalars['ID']['output']>;
};

export type VideoSiteInput = {
  cameras: Scalars['Int']['input'];
  /** Le site tracé : un Point ou un Polygon GeoJSON (WGS 84) */
  geometry: Scalars['JSON']['input'];
  name: Scalars['String']['input'];
};

/** Le point de réception d’une organisation : Continuum y envoie, signées, les alertes qu’elle reçoit. Le secret n’est jamais relu. */
export type Webhook = {
  __typename?: 'Webhook';
  /** Envois en échec définitif d’affilée (remis à zéro par un succès) */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Pourquoi il est désactivé */
  disabledReason: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

/** L’envoi d’une alerte au webhook de l’organisation */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  alertId: Scalars['ID']['output'];
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  /** Prochain essai prévu */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** Statut HTTP de la dernière réponse */
  responseStatus: Maybe<Scalars['Int']['output']>;
  status: WebhookDeliveryStatus;
  topic: AlertTopic;
};

/** En attente (ou en cours de nouvel essai), envoyé, en échec définitif */
export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** Un webhook, et son secret quand il vient d’être créé ou renouvelé */
export type WebhookWithSecret = {
  __typename?: 'WebhookWithSecret';
  /** Le secret de signature (HMAC-SHA256), montré cette seule fois : à la création ou au renouvellement. Nul sinon. */
  secret: Maybe<Scalars['String']['output']>;
  webhook: Webhook;
};

/** Groupe de travail restreint (article L132-5 CSI) */
export type WorkingGroup = {
  __typename?: 'WorkingGroup';
  bodyId: Scalars['ID']['output'];
  /** Version de la charte que chaque membre doit avoir signée */
  charterVersion: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  members: Array<WorkingGroupMember>;
  name: Scalars['String']['output'];
};

export type WorkingGroupMember = {
  __typename?: 'WorkingGroupMember';
  /** A signé la version en vigueur de la charte : voit les dossiers confidentiels du groupe */
  charterCurrent: Scalars['Boolean']['output'];
  charterSignedAt: Maybe<Scalars['DateTime']['output']>;
  charterSignedVersion: Maybe<Scalars['String']['output']>;
  user: User;
};

export type Zone = {
  __typename?: 'Zone';
  /** Dossiers de la zone que je peux lire */
  cases: CaseConnection;
  communes: Array<Commune>;
  description: Maybe<Scalars['String']['output']>;
  /** Géométrie GeoJSON (WGS 84) */
  geometry: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  kind: ZoneKind;
  kindLabel: Scalars['String']['output'];
  name: Scalars['String']['output'];
};


export type ZoneCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ZoneFilter = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ZoneKind>;
};

/** Nature d’une zone */
export type ZoneKind =
  | 'OTHER'
  | 'PRIORITY_ZONE'
  | 'RURAL_SECTOR'
  | 'TRANSPORT_LINE'
  | 'TRANSPORT_STATION'
  | 'VIDEO_PROTECTED_SITE';

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type SetPasswordWithTokenMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SetPasswordWithTokenMutation = { __typename?: 'Mutation', setPasswordWithToken: string };

export type MySecondFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MySecondFactorQuery = { __typename?: 'Query', mySecondFactor: { __typename?: 'SecondFactorStatus', enabled: boolean, required: boolean, recoveryCodesLeft: number } };

export type StartSecondFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartSecondFactorEnrolmentMutation = { __typename?: 'Mutation', startSecondFactorEnrolment: { __typename?: 'SecondFactorEnrolment', secret: string, otpauthUri: string } };

export type ConfirmSecondFactorEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmSecondFactorEnrolmentMutation = { __typename?: 'Mutation', confirmSecondFactorEnrolment: { __typename?: 'RecoveryCodes', codes: Array<string> } };

export type ManagedUserFragment = { __typename?: 'User', lastLoginAt: string | null, id: string, fullName: string, title: string | null, email: string, phone: string | null, roles: Array<Role>, disabled: boolean, organization: { __typename?: 'Organization', id: string, name: string } };

export type ManagedUsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
}>;


export type ManagedUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', lastLoginAt: string | null, id: string, fullName: string, title: string | null, email: string, phone: string | null, roles: Array<Role>, disabled: boolean, organization: { __typename?: 'Organization', id: string, name: string } }> };

export type ManagedUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagedUserQuery = { __typename?: 'Query', user: { __typename?: 'User', lastLoginAt: string | null, id: string, fullName: string, title: string | null, email: string, phone: string | null, roles: Array<Role>, disabled: boolean, organization: { __typename?: 'Organization', id: string, name: string } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', lastLoginAt: string | null, id: string, fullName: string, title: string | null, email: string, phone: string | null, roles: Array<Role>, disabled: boolean, organization: { __typename?: 'Organization', id: string, name: string } } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', lastLoginAt: string | null, id: string, fullName: string, title: string | null, email: string, phone: string | null, roles: Array<Role>, disabled: boolean, organization: { __typename?: 'Organization', id: string, name: string } } };

export type SetUserDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetUserDisabledMutation = { __typename?: 'Mutation', setUserDisabled: { __typename?: 'User', lastLoginAt: string | null, id: string, fullName: string, title: string | null, email: string, phone: string | null, roles: Array<Role>, disabled: boolean, organization: { __typename?: 'Organization', id: string, name: string } } };

export type ManagedOrganizationFragment = { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string, publicAuthority: boolean, wholeDepartement: boolean, disabled: boolean, email: string | null, phone: string | null, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }>, seat: { __typename?: 'Commune', code: string, name: string } | null };

export type ManagedOrganizationsQueryVariables = Exact<{
  filter?: InputMaybe<OrganizationFilter>;
}>;


export type ManagedOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string, publicAuthority: boolean, wholeDepartement: boolean, disabled: boolean, email: string | null, phone: string | null, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }>, seat: { __typename?: 'Commune', code: string, name: string } | null }> };

export type ManagedOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagedOrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string, publicAuthority: boolean, wholeDepartement: boolean, disabled: boolean, email: string | null, phone: string | null, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }>, seat: { __typename?: 'Commune', code: string, name: string } | null } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string, publicAuthority: boolean, wholeDepartement: boolean, disabled: boolean, email: string | null, phone: string | null, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }>, seat: { __typename?: 'Commune', code: string, name: string } | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string, publicAuthority: boolean, wholeDepartement: boolean, disabled: boolean, email: string | null, phone: string | null, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }>, seat: { __typename?: 'Commune', code: string, name: string } | null } };

export type SetOrganizationDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetOrganizationDisabledMutation = { __typename?: 'Mutation', setOrganizationDisabled: { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string, publicAuthority: boolean, wholeDepartement: boolean, disabled: boolean, email: string | null, phone: string | null, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }>, seat: { __typename?: 'Commune', code: string, name: string } | null } };

export type RoleGrantsQueryVariables = Exact<{
  userId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RoleGrantsQuery = { __typename?: 'Query', roleGrants: Array<{ __typename?: 'RoleGrant', id: string, role: Role, userId: string, userFullName: string, userEmail: string, requestedByFullName: string, requestedAt: string, canDecide: boolean }> };

export type ApproveRoleGrantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveRoleGrantMutation = { __typename?: 'Mutation', approveRoleGrant: boolean };

export type RejectRoleGrantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RejectRoleGrantMutation = { __typename?: 'Mutation', rejectRoleGrant: boolean };

export type AccessRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessRequestsQuery = { __typename?: 'Query', accessRequests: Array<{ __typename?: 'AccessRequest', id: string, email: string, givenName: string, usualName: string, siret: string | null, organizationName: string, requestedAt: string }> };

export type ApproveAccessRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveAccessRequestMutation = { __typename?: 'Mutation', approveAccessRequest: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } };

export type RefuseAccessRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RefuseAccessRequestMutation = { __typename?: 'Mutation', refuseAccessRequest: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } };

export type AlertFieldsFragment = { __typename?: 'Alert', id: string, topic: AlertTopic, severity: AlertSeverity, category: CaseCategory | null, title: string, body: string, createdAt: string, authorLabel: string | null, meetingId: string | null, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, case: { __typename?: 'Case', id: string, reference: string, title: string } | null };

export type NotificationItemFragment = { __typename?: 'Notification', id: string, createdAt: string, readAt: string | null, acknowledgedAt: string | null, alert: { __typename?: 'Alert', id: string, topic: AlertTopic, severity: AlertSeverity, category: CaseCategory | null, title: string, body: string, createdAt: string, authorLabel: string | null, meetingId: string | null, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, case: { __typename?: 'Case', id: string, reference: string, title: string } | null } };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationFilterInput>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationPage', nextCursor: string | null, totalCount: number, items: Array<{ __typename?: 'Notification', id: string, createdAt: string, readAt: string | null, acknowledgedAt: string | null, alert: { __typename?: 'Alert', id: string, topic: AlertTopic, severity: AlertSeverity, category: CaseCategory | null, title: string, body: string, createdAt: string, authorLabel: string | null, meetingId: string | null, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, case: { __typename?: 'Case', id: string, reference: string, title: string } | null } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { __typename?: 'Subscription', notificationReceived: { __typename?: 'Notification', id: string, createdAt: string, readAt: string | null, acknowledgedAt: string | null, alert: { __typename?: 'Alert', id: string, topic: AlertTopic, severity: AlertSeverity, category: CaseCategory | null, title: string, body: string, createdAt: string, authorLabel: string | null, meetingId: string | null, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, case: { __typename?: 'Case', id: string, reference: string, title: string } | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type AcknowledgeNotificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeNotificationMutation = { __typename?: 'Mutation', acknowledgeNotification: { __typename?: 'Notification', id: string, createdAt: string, readAt: string | null, acknowledgedAt: string | null, alert: { __typename?: 'Alert', id: string, topic: AlertTopic, severity: AlertSeverity, category: CaseCategory | null, title: string, body: string, createdAt: string, authorLabel: string | null, meetingId: string | null, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, case: { __typename?: 'Case', id: string, reference: string, title: string } | null } } };

export type AlertSubscriptionFieldsFragment = { __typename?: 'AlertSubscription', scope: SubscriptionScope, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, categories: Array<CaseCategory>, minSeverity: AlertSeverity, inApp: boolean, emailMode: EmailMode, source: string };

export type MyAlertSubscriptionQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAlertSubscriptionQuery = { __typename?: 'Query', myAlertSubscription: { __typename?: 'AlertSubscription', scope: SubscriptionScope, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, categories: Array<CaseCategory>, minSeverity: AlertSeverity, inApp: boolean, emailMode: EmailMode, source: string } };

export type OrganizationAlertSubscriptionQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type OrganizationAlertSubscriptionQuery = { __typename?: 'Query', organizationAlertSubscription: { __typename?: 'AlertSubscription', scope: SubscriptionScope, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, categories: Array<CaseCategory>, minSeverity: AlertSeverity, inApp: boolean, emailMode: EmailMode, source: string } };

export type SaveMyAlertSubscriptionMutationVariables = Exact<{
  input: AlertSubscriptionInput;
}>;


export type SaveMyAlertSubscriptionMutation = { __typename?: 'Mutation', saveMyAlertSubscription: { __typename?: 'AlertSubscription', source: string } };

export type ResetMyAlertSubscriptionMutationVariables = Exact<{ [key: string]: never; }>;


export type ResetMyAlertSubscriptionMutation = { __typename?: 'Mutation', resetMyAlertSubscription: { __typename?: 'AlertSubscription', scope: SubscriptionScope, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, categories: Array<CaseCategory>, minSeverity: AlertSeverity, inApp: boolean, emailMode: EmailMode, source: string } };

export type SaveOrganizationAlertSubscriptionMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  input: AlertSubscriptionInput;
}>;


export type SaveOrganizationAlertSubscriptionMutation = { __typename?: 'Mutation', saveOrganizationAlertSubscription: { __typename?: 'AlertSubscription', source: string } };

export type MySecretariatsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySecretariatsQuery = { __typename?: 'Query', bodies: Array<{ __typename?: 'CoordinationBody', id: string, name: string, secretary: { __typename?: 'User', id: string } | null }> };

export type AlertAudiencePreviewQueryVariables = Exact<{
  input: ManualAlertInput;
}>;


export type AlertAudiencePreviewQuery = { __typename?: 'Query', alertAudiencePreview: { __typename?: 'AlertAudiencePreview', total: number, organizations: Array<{ __typename?: 'AudienceOrganization', organizationId: string, name: string, type: OrganizationType, people: number }>, classes: Array<{ __typename?: 'AudienceClass', label: string, people: number }> } };

export type SendAlertMutationVariables = Exact<{
  input: ManualAlertInput;
}>;


export type SendAlertMutation = { __typename?: 'Mutation', sendAlert: { __typename?: 'Alert', id: string } };

export type SentAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type SentAlertsQuery = { __typename?: 'Query', sentAlerts: Array<{ __typename?: 'Alert', id: string, severity: AlertSeverity, category: CaseCategory | null, title: string, createdAt: string, authorLabel: string | null, audienceTypes: Array<OrganizationType>, recipientCount: number | null, readCount: number | null, acknowledgedCount: number | null }> };

export type SentAlertQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SentAlertQuery = { __typename?: 'Query', sentAlert: { __typename?: 'Alert', audienceTypes: Array<OrganizationType>, recipientCount: number | null, distributed: boolean | null, id: string, topic: AlertTopic, severity: AlertSeverity, category: CaseCategory | null, title: string, body: string, createdAt: string, authorLabel: string | null, meetingId: string | null, communeCodes: Array<string>, zoneIds: Array<string>, area: unknown | null, acknowledgements: Array<{ __typename?: 'AlertAcknowledgement', organizationId: string, organizationName: string, recipients: number, read: number, acknowledged: number, people: Array<{ __typename?: 'AlertRecipient', userId: string, fullName: string, readAt: string | null, acknowledgedAt: string | null }> }> | null, case: { __typename?: 'Case', id: string, reference: string, title: string } | null } };

export type AlertOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertOrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, wholeDepartement: boolean, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }> } };

export type CaseListItemFragment = { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null };

export type CaseListQueryVariables = Exact<{
  filter?: InputMaybe<CaseFilter>;
  statusFreeFilter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
}>;


export type CaseListQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', cursor: string, node: { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } }, byStatus: { __typename?: 'CaseConnection', countsByStatus: Array<{ __typename?: 'CaseStatusCount', status: CaseStatus, count: number }> } };

export type CaseListMoreQueryVariables = Exact<{
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
}>;


export type CaseListMoreQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', edges: Array<{ __typename?: 'CaseEdge', cursor: string, node: { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type WorkCaseFragment = { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, assignments: Array<{ __typename?: 'CaseAssignment', id: string, status: AssignmentStatus, organization: { __typename?: 'Organization', id: string } }>, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null };

export type MyWorkQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  coordinator: Scalars['Boolean']['input'];
}>;


export type MyWorkQuery = { __typename?: 'Query', myWork: { __typename?: 'MyWork', pendingReferrals: Array<{ __typename?: 'CaseAssignment', id: string, message: string | null, requestedAt: string, case: { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null } | null }>, dueActions: Array<{ __typename?: 'CaseAction', id: string, title: string, dueOn: string | null, overdue: boolean, status: ActionStatus, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null, case: { __typename?: 'Case', id: string, reference: string, title: string } | null }> }, assigned: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, assignments: Array<{ __typename?: 'CaseAssignment', id: string, status: AssignmentStatus, organization: { __typename?: 'Organization', id: string } }>, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null } }> }, owned: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null } }> }, overdueCases?: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null } }> } };

export type AnswerReferralMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  redirectSuggestion?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnswerReferralMutation = { __typename?: 'Mutation', answerReferral: { __typename?: 'CaseAssignment', id: string, status: AssignmentStatus, answeredAt: string | null, declineReason: string | null, redirectSuggestion: string | null } };

export type CaseAssignmentFieldsFragment = { __typename?: 'CaseAssignment', id: string, status: AssignmentStatus, message: string | null, requestedAt: string, answeredAt: string | null, declineReason: string | null, redirectSuggestion: string | null, organization: { __typename?: 'Organization', id: string, name: string, typeLabel: string, publicAuthority: boolean } };

export type CaseActionFieldsFragment = { __typename?: 'CaseAction', id: string, title: string, description: string | null, dueOn: string | null, overdue: boolean, status: ActionStatus, outcome: string | null, createdAt: string, completedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null };

export type CaseTimelinePageFragment = { __typename?: 'CaseEventConnection', nodes: Array<{ __typename?: 'CaseEvent', id: string, kind: string, summary: string, actorLabel: string | null, occurredAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } };

export type CaseCommentPageFragment = { __typename?: 'CaseCommentConnection', totalCount: number, nodes: Array<{ __typename?: 'CaseComment', id: string, authorLabel: string, body: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } };

export type CaseTimelineMoreQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type CaseTimelineMoreQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, timelinePage: { __typename?: 'CaseEventConnection', nodes: Array<{ __typename?: 'CaseEvent', id: string, kind: string, summary: string, actorLabel: string | null, occurredAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type CaseCommentsMoreQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: Scalars['String']['input'];
}>;


export type CaseCommentsMoreQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, commentPage: { __typename?: 'CaseCommentConnection', totalCount: number, nodes: Array<{ __typename?: 'CaseComment', id: string, authorLabel: string, body: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type CaseDetailFragment = { __typename?: 'Case', description: string, statusReason: string | null, resolvedAt: string | null, assessmentDueOn: string | null, sensitivityLabel: string, allowedTransitions: Array<CaseStatus>, personsWithheldReason: string | null, personsMotiveRequired: boolean, id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, body: { __typename?: 'CoordinationBody', id: string, name: string, kind: BodyKind, secretary: { __typename?: 'User', id: string } | null, memberOrganizations: Array<{ __typename?: 'Organization', id: string }> } | null, workingGroup: { __typename?: 'WorkingGroup', id: string, name: string } | null, viewerCan: { __typename?: 'CasePermissions', update: boolean, transition: boolean, assign: boolean, share: boolean, changeSensitivity: boolean, comment: boolean, readPersons: boolean, editPersons: boolean }, zone: { __typename?: 'Zone', id: string, name: string, kindLabel: string } | null, owner: { __typename?: 'Organization', id: string, name: string, typeLabel: string, publicAuthority: boolean }, assignments: Array<{ __typename?: 'CaseAssignment', id: string, status: AssignmentStatus, message: string | null, requestedAt: string, answeredAt: string | null, declineReason: string | null, redirectSuggestion: string | null, organization: { __typename?: 'Organization', id: string, name: string, typeLabel: string, publicAuthority: boolean } }>, persons: Array<{ __typename?: 'CasePerson', id: string, role: PersonRole, fullName: string, birthYear: number | null, address: string | null, notes: string | null }> | null, actions: Array<{ __typename?: 'CaseAction', id: string, title: string, description: string | null, dueOn: string | null, overdue: boolean, status: ActionStatus, outcome: string | null, createdAt: string, completedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null }>, timelinePage: { __typename?: 'CaseEventConnection', nodes: Array<{ __typename?: 'CaseEvent', id: string, kind: string, summary: string, actorLabel: string | null, occurredAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, commentPage: { __typename?: 'CaseCommentConnection', totalCount: number, nodes: Array<{ __typename?: 'CaseComment', id: string, authorLabel: string, body: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, attachments: Array<{ __typename?: 'CaseAttachment', id: string, filename: string, size: number, contentType: string, createdAt: string, downloadUrl: string, uploadedByLabel: string }>, linkedCases: Array<{ __typename?: 'Case', id: string, reference: string, title: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity }>, shares: Array<{ __typename?: 'CaseShare', id: string, createdAt: string, reason: string | null, organization: { __typename?: 'Organization', id: string, name: string } | null, user: { __typename?: 'User', id: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } } | null }>, commune: { __typename?: 'Commune', code: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null };

export type CaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseDetailQuery = { __typename?: 'Query', case: { __typename?: 'Case', description: string, statusReason: string | null, resolvedAt: string | null, assessmentDueOn: string | null, sensitivityLabel: string, allowedTransitions: Array<CaseStatus>, personsWithheldReason: string | null, personsMotiveRequired: boolean, id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, body: { __typename?: 'CoordinationBody', id: string, name: string, kind: BodyKind, secretary: { __typename?: 'User', id: string } | null, memberOrganizations: Array<{ __typename?: 'Organization', id: string }> } | null, workingGroup: { __typename?: 'WorkingGroup', id: string, name: string } | null, viewerCan: { __typename?: 'CasePermissions', update: boolean, transition: boolean, assign: boolean, share: boolean, changeSensitivity: boolean, comment: boolean, readPersons: boolean, editPersons: boolean }, zone: { __typename?: 'Zone', id: string, name: string, kindLabel: string } | null, owner: { __typename?: 'Organization', id: string, name: string, typeLabel: string, publicAuthority: boolean }, assignments: Array<{ __typename?: 'CaseAssignment', id: string, status: AssignmentStatus, message: string | null, requestedAt: string, answeredAt: string | null, declineReason: string | null, redirectSuggestion: string | null, organization: { __typename?: 'Organization', id: string, name: string, typeLabel: string, publicAuthority: boolean } }>, persons: Array<{ __typename?: 'CasePerson', id: string, role: PersonRole, fullName: string, birthYear: number | null, address: string | null, notes: string | null }> | null, actions: Array<{ __typename?: 'CaseAction', id: string, title: string, description: string | null, dueOn: string | null, overdue: boolean, status: ActionStatus, outcome: string | null, createdAt: string, completedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null }>, timelinePage: { __typename?: 'CaseEventConnection', nodes: Array<{ __typename?: 'CaseEvent', id: string, kind: string, summary: string, actorLabel: string | null, occurredAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, commentPage: { __typename?: 'CaseCommentConnection', totalCount: number, nodes: Array<{ __typename?: 'CaseComment', id: string, authorLabel: string, body: string, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, attachments: Array<{ __typename?: 'CaseAttachment', id: string, filename: string, size: number, contentType: string, createdAt: string, downloadUrl: string, uploadedByLabel: string }>, linkedCases: Array<{ __typename?: 'Case', id: string, reference: string, title: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity }>, shares: Array<{ __typename?: 'CaseShare', id: string, createdAt: string, reason: string | null, organization: { __typename?: 'Organization', id: string, name: string } | null, user: { __typename?: 'User', id: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } } | null }>, commune: { __typename?: 'Commune', code: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null } };

export type PossibleDuplicatesQueryVariables = Exact<{
  category: CaseCategory;
  zoneId?: InputMaybe<Scalars['ID']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  excludeCaseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PossibleDuplicatesQuery = { __typename?: 'Query', possibleDuplicates: Array<{ __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null }> };

export type CaseByReferenceQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type CaseByReferenceQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, reference: string, title: string } }> } };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string, reference: string } };

export type UpdateCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
}>;


export type UpdateCaseMutation = { __typename?: 'Mutation', updateCase: { __typename?: 'Case', id: string, reference: string } };

export type TransitionCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: CaseStatus;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransitionCaseMutation = { __typename?: 'Mutation', transitionCase: { __typename?: 'Case', id: string, status: CaseStatus, statusLabel: string } };

export type AssignCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignCaseMutation = { __typename?: 'Mutation', assignCase: { __typename?: 'CaseAssignment', id: string, status: AssignmentStatus } };

export type AddCaseActionMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CaseActionInput;
}>;


export type AddCaseActionMutation = { __typename?: 'Mutation', addCaseAction: { __typename?: 'CaseAction', id: string, title: string, description: string | null, dueOn: string | null, overdue: boolean, status: ActionStatus, outcome: string | null, createdAt: string, completedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null } };

export type UpdateCaseActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCaseActionInput;
}>;


export type UpdateCaseActionMutation = { __typename?: 'Mutation', updateCaseAction: { __typename?: 'CaseAction', id: string, title: string, description: string | null, dueOn: string | null, overdue: boolean, status: ActionStatus, outcome: string | null, createdAt: string, completedAt: string | null, organization: { __typename?: 'Organization', id: string, name: string }, assignee: { __typename?: 'User', id: string, fullName: string } | null } };

export type AddCaseCommentMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type AddCaseCommentMutation = { __typename?: 'Mutation', addCaseComment: { __typename?: 'CaseComment', id: string } };

export type AddCasePersonMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CasePersonInput;
}>;


export type AddCasePersonMutation = { __typename?: 'Mutation', addCasePerson: { __typename?: 'CasePerson', id: string } };

export type DeclareReadMotiveMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: ReadMotiveInput;
}>;


export type DeclareReadMotiveMutation = { __typename?: 'Mutation', declareReadMotive: { __typename?: 'Case', id: string } };

export type RemoveCasePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RemoveCasePersonMutation = { __typename?: 'Mutation', removeCasePerson: boolean };

export type LinkCasesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  otherCaseId: Scalars['ID']['input'];
}>;


export type LinkCasesMutation = { __typename?: 'Mutation', linkCases: { __typename?: 'Case', id: string } };

export type UnlinkCasesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  otherCaseId: Scalars['ID']['input'];
}>;


export type UnlinkCasesMutation = { __typename?: 'Mutation', unlinkCases: { __typename?: 'Case', id: string } };

export type ShareCaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ShareCaseMutation = { __typename?: 'Mutation', shareCase: { __typename?: 'CaseShare', id: string } };

export type UnshareCaseMutationVariables = Exact<{
  shareId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnshareCaseMutation = { __typename?: 'Mutation', unshareCase: { __typename?: 'Case', id: string } };

export type ChangeCaseSensitivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  sensitivity: Sensitivity;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChangeCaseSensitivityMutation = { __typename?: 'Mutation', changeCaseSensitivity: { __typename?: 'Case', id: string, sensitivity: Sensitivity } };

export type OrganizationNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationNamesQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, typeLabel: string, publicAuthority: boolean, partner: boolean }> };

export type ZoneNamesQueryVariables = Exact<{
  filter?: InputMaybe<ZoneFilter>;
}>;


export type ZoneNamesQuery = { __typename?: 'Query', zones: Array<{ __typename?: 'Zone', id: string, name: string, kindLabel: string, communes: Array<{ __typename?: 'Commune', code: string }> }> };

export type UserNamesQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
}>;


export type UserNamesQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, fullName: string, title: string | null, organization: { __typename?: 'Organization', id: string, name: string } }> };

export type ContractProgressFieldsFragment = { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null };

export type ContractSummaryFieldsFragment = { __typename?: 'ContractSummary', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null } };

export type CommitmentFieldsFragment = { __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> };

export type ContractDetailFragment = { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> };

export type ContractsQueryVariables = Exact<{
  status?: InputMaybe<Array<ContractStatus> | ContractStatus>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContractsQuery = { __typename?: 'Query', contracts: Array<{ __typename?: 'ContractSummary', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null } }> };

export type ContractQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractQuery = { __typename?: 'Query', contract: { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> } };

export type ContractFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractFormOptionsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string }>, communes: Array<{ __typename?: 'Commune', code: string, name: string }>, epcis: Array<{ __typename?: 'Epci', siren: string, name: string }> };

export type CommitmentLinkCandidatesQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type CommitmentLinkCandidatesQuery = { __typename?: 'Query', commitmentLinkCandidates: Array<{ __typename?: 'CommitmentLinkCandidate', id: string, kind: string, label: string }> };

export type CreateContractMutationVariables = Exact<{
  input: ContractInput;
}>;


export type CreateContractMutation = { __typename?: 'Mutation', createContract: { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> } };

export type UpdateContractMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ContractInput;
  expectedUpdatedAt: Scalars['DateTime']['input'];
}>;


export type UpdateContractMutation = { __typename?: 'Mutation', updateContract: { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> } };

export type AdvanceContractMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  from: ContractStatus;
  to: ContractStatus;
}>;


export type AdvanceContractMutation = { __typename?: 'Mutation', advanceContract: { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> } };

export type AddCommitmentMutationVariables = Exact<{
  contractId: Scalars['ID']['input'];
  input: CommitmentInput;
}>;


export type AddCommitmentMutation = { __typename?: 'Mutation', addCommitment: { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> } };

export type UpdateCommitmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CommitmentInput;
  expectedUpdatedAt: Scalars['DateTime']['input'];
}>;


export type UpdateCommitmentMutation = { __typename?: 'Mutation', updateCommitment: { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> } };

export type RemoveCommitmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCommitmentMutation = { __typename?: 'Mutation', removeCommitment: { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> } };

export type SetCommitmentStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  from: CommitmentStatus;
  to: CommitmentStatus;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetCommitmentStatusMutation = { __typename?: 'Mutation', setCommitmentStatus: { __typename?: 'Contract', id: string, reference: string, kind: ContractKind, kindLabel: string, title: string, status: ContractStatus, statusLabel: string, signedOn: string | null, startsOn: string | null, endsOn: string | null, updatedAt: string, mayUpdate: boolean, mayExport: boolean, documentReference: string | null, documentText: string | null, createdByLabel: string, createdAt: string, statusChangedAt: string | null, statusChangedByLabel: string | null, communes: Array<{ __typename?: 'ContractCommune', code: string, name: string }>, epci: { __typename?: 'ContractEpci', siren: string, name: string } | null, progress: { __typename?: 'ContractProgress', total: number, todo: number, inProgress: number, kept: number, notKept: number, overdue: number, keptShare: number | null }, parties: Array<{ __typename?: 'ContractParty', organizationId: string, name: string, organizationType: OrganizationType, role: ContractPartyRole, roleLabel: string }>, commitments: Array<{ __typename?: 'Commitment', id: string, position: number, ownerOrganizationId: string, ownerName: string, text: string, dueOn: string, status: CommitmentStatus, statusLabel: string, overdue: boolean, statusNote: string | null, statusChangedAt: string | null, statusChangedByLabel: string | null, updatedAt: string, mayUpdateStatus: boolean, actions: Array<{ __typename?: 'CommitmentAction', id: string, title: string, status: string, dueOn: string | null, caseId: string, caseReference: string }>, operations: Array<{ __typename?: 'CommitmentOperation', id: string, title: string, status: string, startsAt: string }> }> } };

export type BodySummaryFragment = { __typename?: 'CoordinationBody', id: string, name: string, kind: BodyKind, theme: string | null, chairOrganization: { __typename?: 'Organization', id: string, name: string }, secretary: { __typename?: 'User', id: string, fullName: string } | null, memberOrganizations: Array<{ __typename?: 'Organization', id: string }>, members: Array<{ __typename?: 'User', id: string }>, workingGroups: Array<{ __typename?: 'WorkingGroup', id: string, members: Array<{ __typename?: 'WorkingGroupMember', user: { __typename?: 'User', id: string } }> }> };

export type BodiesQueryVariables = Exact<{
  mine?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type BodiesQuery = { __typename?: 'Query', bodies: Array<{ __typename?: 'CoordinationBody', id: string, name: string, kind: BodyKind, theme: string | null, chairOrganization: { __typename?: 'Organization', id: string, name: string }, secretary: { __typename?: 'User', id: string, fullName: string } | null, memberOrganizations: Array<{ __typename?: 'Organization', id: string }>, members: Array<{ __typename?: 'User', id: string }>, workingGroups: Array<{ __typename?: 'WorkingGroup', id: string, members: Array<{ __typename?: 'WorkingGroupMember', user: { __typename?: 'User', id: string } }> }> }> };

export type MeetingSummaryFragment = { __typename?: 'Meeting', id: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, canPrepare: boolean, body: { __typename?: 'CoordinationBody', id: string, name: string }, workingGroup: { __typename?: 'WorkingGroup', id: string, name: string } | null };

export type WorkingGroupDetailFragment = { __typename?: 'WorkingGroup', id: string, name: string, charterVersion: string, members: Array<{ __typename?: 'WorkingGroupMember', charterCurrent: boolean, charterSignedAt: string | null, charterSignedVersion: string | null, user: { __typename?: 'User', id: string, fullName: string, title: string | null, organization: { __typename?: 'Organization', id: string, name: string } } }> };

export type BodyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BodyDetailQuery = { __typename?: 'Query', body: { __typename?: 'CoordinationBody', id: string, name: string, kind: BodyKind, theme: string | null, communes: Array<{ __typename?: 'Commune', code: string, name: string }>, memberOrganizations: Array<{ __typename?: 'Organization', id: string, name: string, typeLabel: string, publicAuthority: boolean }>, members: Array<{ __typename?: 'User', id: string, fullName: string, title: string | null, organization: { __typename?: 'Organization', id: string, name: string } }>, workingGroups: Array<{ __typename?: 'WorkingGroup', id: string, name: string, charterVersion: string, members: Array<{ __typename?: 'WorkingGroupMember', charterCurrent: boolean, charterSignedAt: string | null, charterSignedVersion: string | null, user: { __typename?: 'User', id: string, fullName: string, title: string | null, organization: { __typename?: 'Organization', id: string, name: string } } }> }>, meetings: Array<{ __typename?: 'Meeting', id: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, canPrepare: boolean, body: { __typename?: 'CoordinationBody', id: string, name: string }, workingGroup: { __typename?: 'WorkingGroup', id: string, name: string } | null }>, chairOrganization: { __typename?: 'Organization', id: string, name: string }, secretary: { __typename?: 'User', id: string, fullName: string } | null } };

export type BodyCasesQueryVariables = Exact<{
  bodyId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BodyCasesQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, edges: Array<{ __typename?: 'CaseEdge', node: { __typename?: 'Case', id: string, reference: string, title: string, category: CaseCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sensitivity: Sensitivity, priority: CasePriority, openedAt: string, updatedAt: string, workingGroup: { __typename?: 'WorkingGroup', id: string, name: string } | null, commune: { __typename?: 'Commune', code: string, name: string }, zone: { __typename?: 'Zone', id: string, name: string } | null, owner: { __typename?: 'Organization', id: string, name: string }, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null } }> } };

export type UpcomingMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type UpcomingMeetingsQuery = { __typename?: 'Query', upcomingMeetings: Array<{ __typename?: 'Meeting', id: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, canPrepare: boolean, body: { __typename?: 'CoordinationBody', id: string, name: string }, workingGroup: { __typename?: 'WorkingGroup', id: string, name: string } | null }> };

export type AgendaItemFieldsFragment = { __typename?: 'AgendaItem', id: string, position: number, section: AgendaSection, durationMinutes: number | null, confidential: boolean, title: string | null, reason: string | null, notes: string | null, carryOver: boolean, case: { __typename?: 'Case', id: string, reference: string, title: string, sensitivity: Sensitivity, status: CaseStatus } | null, decisions: Array<{ __typename?: 'AgendaDecision', id: string, text: string, dueOn: string | null, caseActionId: string | null, ownerOrganization: { __typename?: 'Organization', id: string, name: string } }> };

export type MeetingDetailFragment = { __typename?: 'Meeting', canApprove: boolean, recordingRefusal: string | null, convenedAt: string | null, plannedMinutes: number, summary: string | null, minutesApprovedAt: string | null, id: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, canPrepare: boolean, minutesApprovers: Array<{ __typename?: 'User', id: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } }>, minutesApprovedBy: { __typename?: 'User', id: string, fullName: string } | null, body: { __typename?: 'CoordinationBody', id: string, name: string, kind: BodyKind, chairOrganization: { __typename?: 'Organization', id: string, name: string }, secretary: { __typename?: 'User', id: string, fullName: string } | null }, agenda: Array<{ __typename?: 'AgendaItem', id: string, position: number, section: AgendaSection, durationMinutes: number | null, confidential: boolean, title: string | null, reason: string | null, notes: string | null, carryOver: boolean, case: { __typename?: 'Case', id: string, reference: string, title: string, sensitivity: Sensitivity, status: CaseStatus } | null, decisions: Array<{ __typename?: 'AgendaDecision', id: string, text: string, dueOn: string | null, caseActionId: string | null, ownerOrganization: { __typename?: 'Organization', id: string, name: string } }> }>, invitees: Array<{ __typename?: 'MeetingInvitee', attendance: Attendance, representedBy: string | null, answer: Attendance | null, answerRepresentedBy: string | null, answeredAt: string | null, user: { __typename?: 'User', id: string, fullName: string, title: string | null, organization: { __typename?: 'Organization', id: string, name: string } } }>, workingGroup: { __typename?: 'WorkingGroup', id: string, name: string } | null };

export type MeetingDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingDetailQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', canApprove: boolean, recordingRefusal: string | null, convenedAt: string | null, plannedMinutes: number, summary: string | null, minutesApprovedAt: string | null, id: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, canPrepare: boolean, minutesApprovers: Array<{ __typename?: 'User', id: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } }>, minutesApprovedBy: { __typename?: 'User', id: string, fullName: string } | null, body: { __typename?: 'CoordinationBody', id: string, name: string, kind: BodyKind, chairOrganization: { __typename?: 'Organization', id: string, name: string }, secretary: { __typename?: 'User', id: string, fullName: string } | null }, agenda: Array<{ __typename?: 'AgendaItem', id: string, position: number, section: AgendaSection, durationMinutes: number | null, confidential: boolean, title: string | null, reason: string | null, notes: string | null, carryOver: boolean, case: { __typename?: 'Case', id: string, reference: string, title: string, sensitivity: Sensitivity, status: CaseStatus } | null, decisions: Array<{ __typename?: 'AgendaDecision', id: string, text: string, dueOn: string | null, caseActionId: string | null, ownerOrganization: { __typename?: 'Organization', id: string, name: string } }> }>, invitees: Array<{ __typename?: 'MeetingInvitee', attendance: Attendance, representedBy: string | null, answer: Attendance | null, answerRepresentedBy: string | null, answeredAt: string | null, user: { __typename?: 'User', id: string, fullName: string, title: string | null, organization: { __typename?: 'Organization', id: string, name: string } } }>, workingGroup: { __typename?: 'WorkingGroup', id: string, name: string } | null } };

export type MeetingPilotsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingPilotsQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, agenda: Array<{ __typename?: 'AgendaItem', id: string, pilotOrganizations: Array<{ __typename?: 'Organization', id: string, name: string }> }> } };

export type AnswerInvitationMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  input: InvitationAnswerInput;
}>;


export type AnswerInvitationMutation = { __typename?: 'Mutation', answerInvitation: { __typename?: 'Meeting', id: string } };

export type MeetingPreparationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  perSection?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MeetingPreparationQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, proposalCounts: Array<{ __typename?: 'AgendaSectionCount', section: AgendaSection, total: number }>, proposals: Array<{ __typename?: 'AgendaProposal', key: string, section: AgendaSection, reason: string, title: string | null, case: { __typename?: 'Case', id: string, reference: string, title: string, sensitivity: Sensitivity, status: CaseStatus, owner: { __typename?: 'Organization', id: string, name: string } } | null }>, mails: Array<{ __typename?: 'MeetingMail', id: string, status: string, attempts: number, lastError: string | null, nextAttemptAt: string | null, sentAt: string | null, toAddress: string, toName: string | null, createdAt: string }>, body: { __typename?: 'CoordinationBody', id: string, memberOrganizations: Array<{ __typename?: 'Organization', id: string, name: string, members: Array<{ __typename?: 'User', id: string, fullName: string, title: string | null, disabled: boolean }> }> }, workingGroup: { __typename?: 'WorkingGroup', id: string, members: Array<{ __typename?: 'WorkingGroupMember', user: { __typename?: 'User', id: string, fullName: string, title: string | null, organization: { __typename?: 'Organization', id: string, name: string } } }> } | null } };

export type CreateMeetingMutationVariables = Exact<{
  bodyId: Scalars['ID']['input'];
  input: MeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting: { __typename?: 'Meeting', id: string } };

export type UpdateMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MeetingInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting: { __typename?: 'Meeting', id: string } };

export type AcceptAgendaProposalsMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  keys: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type AcceptAgendaProposalsMutation = { __typename?: 'Mutation', acceptAgendaProposals: { __typename?: 'Meeting', id: string } };

export type AddFreeAgendaItemMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AddFreeAgendaItemMutation = { __typename?: 'Mutation', addFreeAgendaItem: { __typename?: 'Meeting', id: string } };

export type RemoveAgendaItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type RemoveAgendaItemMutation = { __typename?: 'Mutation', removeAgendaItem: { __typename?: 'Meeting', id: string } };

export type ReorderAgendaMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  itemIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderAgendaMutation = { __typename?: 'Mutation', reorderAgenda: { __typename?: 'Meeting', id: string } };

export type UpdateAgendaItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  input: AgendaItemUpdate;
}>;


export type UpdateAgendaItemMutation = { __typename?: 'Mutation', updateAgendaItem: { __typename?: 'Meeting', id: string } };

export type AddDecisionMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  input: DecisionInput;
}>;


export type AddDecisionMutation = { __typename?: 'Mutation', addDecision: { __typename?: 'AgendaDecision', id: string } };

export type ConveneMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConveneMeetingMutation = { __typename?: 'Mutation', conveneMeeting: { __typename?: 'Meeting', id: string, status: MeetingStatus } };

export type RecordAttendanceMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  entries: Array<AttendanceInput> | AttendanceInput;
}>;


export type RecordAttendanceMutation = { __typename?: 'Mutation', recordAttendance: { __typename?: 'Meeting', id: string } };

export type MarkMeetingHeldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkMeetingHeldMutation = { __typename?: 'Mutation', markMeetingHeld: { __typename?: 'Meeting', id: string, status: MeetingStatus } };

export type SetMinutesSummaryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetMinutesSummaryMutation = { __typename?: 'Mutation', setMinutesSummary: { __typename?: 'Meeting', id: string } };

export type ApproveMinutesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveMinutesMutation = { __typename?: 'Mutation', approveMinutes: { __typename?: 'Meeting', id: string, status: MeetingStatus } };

export type RetryConvocationMutationVariables = Exact<{
  mailId: Scalars['ID']['input'];
}>;


export type RetryConvocationMutation = { __typename?: 'Mutation', retryConvocation: { __typename?: 'MeetingMail', id: string, status: string } };

export type SignCharterMutationVariables = Exact<{
  workingGroupId: Scalars['ID']['input'];
  version: Scalars['String']['input'];
}>;


export type SignCharterMutation = { __typename?: 'Mutation', signCharter: { __typename?: 'WorkingGroup', id: string } };

export type EscalateCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type EscalateCaseMutation = { __typename?: 'Mutation', escalateCase: { __typename?: 'Case', id: string } };

export type DeliveryRowFragment = { __typename?: 'FailedDelivery', id: string, kind: DeliveryKind, status: WebhookDeliveryStatus, attempts: number, lastError: string | null, createdAt: string, nextAttemptAt: string | null, subject: string | null, toAddress: string | null, organizationId: string | null, organizationName: string | null, responseStatus: number | null, alertId: string | null };

export type FailedDeliveriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FailedDeliveriesQuery = { __typename?: 'Query', failedDeliveries: Array<{ __typename?: 'FailedDelivery', id: string, kind: DeliveryKind, status: WebhookDeliveryStatus, attempts: number, lastError: string | null, createdAt: string, nextAttemptAt: string | null, subject: string | null, toAddress: string | null, organizationId: string | null, organizationName: string | null, responseStatus: number | null, alertId: string | null }> };

export type StuckDeliveriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  olderThanMinutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StuckDeliveriesQuery = { __typename?: 'Query', stuckDeliveries: Array<{ __typename?: 'FailedDelivery', id: string, kind: DeliveryKind, status: WebhookDeliveryStatus, attempts: number, lastError: string | null, createdAt: string, nextAttemptAt: string | null, subject: string | null, toAddress: string | null, organizationId: string | null, organizationName: string | null, responseStatus: number | null, alertId: string | null }> };

export type ReplayDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  kind: DeliveryKind;
}>;


export type ReplayDeliveryMutation = { __typename?: 'Mutation', replayDelivery: { __typename?: 'FailedDelivery', id: string, kind: DeliveryKind, status: WebhookDeliveryStatus, attempts: number, lastError: string | null, createdAt: string, nextAttemptAt: string | null, subject: string | null, toAddress: string | null, organizationId: string | null, organizationName: string | null, responseStatus: number | null, alertId: string | null } };

export type DiagnosticCellFieldsFragment = { __typename?: 'DiagnosticCell', count: number | null, masked: CellMask | null, partial: boolean };

export type DiagnosticAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  communeCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type DiagnosticAnalysisQuery = { __typename?: 'Query', diagnostic: { __typename?: 'Diagnostic', year: number, areaLabel: string, communeCodes: Array<string>, minCell: number | null, lastMonth: number, categoryMonths: Array<{ __typename?: 'DiagnosticCategoryMonths', category: string, label: string, months: Array<{ __typename?: 'DiagnosticCell', count: number | null, masked: CellMask | null, partial: boolean }> }>, hourWeekday: Array<{ __typename?: 'DiagnosticWeekday', weekday: number, label: string, hours: Array<{ __typename?: 'DiagnosticCell', count: number | null, masked: CellMask | null, partial: boolean }> }>, placeTypes: Array<{ __typename?: 'DiagnosticLabelledCell', key: string, label: string, count: number | null, masked: CellMask | null, partial: boolean }>, communes: Array<{ __typename?: 'DiagnosticCommune', code: string, name: string, population: number, dwellings: number | null, ratePerThousand: number | null, burglaryRatePerThousandDwellings: number | null, incidents: { __typename?: 'DiagnosticCell', count: number | null, masked: CellMask | null, partial: boolean }, burglaries: { __typename?: 'DiagnosticCell', count: number | null, masked: CellMask | null, partial: boolean } }>, profiles: Array<{ __typename?: 'DiagnosticProfile', dimension: string, label: string, cells: Array<{ __typename?: 'DiagnosticLabelledCell', key: string, label: string, count: number | null, masked: CellMask | null, partial: boolean }> }>, trend: Array<{ __typename?: 'DiagnosticTrend', category: string, label: string, current: number, previous: number, partial: boolean, changePercent: number | null }>, comparison: Array<{ __typename?: 'DiagnosticComparison', category: string, label: string, basis: string, areaRate: number | null, departementRate: number | null }>, national: { __typename?: 'DiagnosticNational', year: number, rows: Array<{ __typename?: 'DiagnosticNationalComparison', indicator: string, countingUnit: string, basis: string, nationalRate: number | null, departementRate: number | null, departementSource: string | null, unknownCommunes: number }> } | null } };

export type DiagnosticHotspotsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  resolution: Scalars['Int']['input'];
  communeCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type DiagnosticHotspotsQuery = { __typename?: 'Query', diagnosticHotspots: { __typename?: 'DiagnosticHotspots', year: number, resolution: number, threshold: number, cells: Array<{ __typename?: 'DiagnosticHotspotCell', h3: string, count: number, z: number | null, density: number, significant: boolean }>, predictionAccuracy: { __typename?: 'DiagnosticPredictionAccuracy', hitRate: number, areaShare: number, index: number | null, hotspotCells: number } } };

export type PriorityZoneProposalsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  resolution: Scalars['Int']['input'];
  communeCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type PriorityZoneProposalsQuery = { __typename?: 'Query', priorityZoneProposals: { __typename?: 'PriorityZoneProposals', year: number, resolution: number, threshold: number, rule: string, proposals: Array<{ __typename?: 'PriorityZoneProposal', key: string, incidents: number, previousIncidents: number, areaKm2: number, communes: Array<string>, overlappingZones: Array<string>, geometry: unknown, cells: Array<{ __typename?: 'PriorityZoneProposalCell', h3: string, count: number, previousCount: number, z: number, previousZ: number }> }> } };

export type ConfirmPriorityZoneMutationVariables = Exact<{
  input: ConfirmPriorityZoneInput;
}>;


export type ConfirmPriorityZoneMutation = { __typename?: 'Mutation', confirmPriorityZone: { __typename?: 'Zone', id: string, name: string, kind: ZoneKind, kindLabel: string } };

export type DiagnosticImportSummaryFragment = { __typename?: 'DiagnosticImport', id: string, kind: DiagnosticImportKind, kindLabel: string, status: DiagnosticImportStatus, statusLabel: string, running: boolean, filename: string, size: number, fictional: boolean, uploadedByLabel: string, createdAt: string, finishedAt: string | null, lines: { __typename?: 'ImportLineCounts', read: number, valid: number, rejected: number, ignored: number, imported: number } };

export type DiagnosticImportsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DiagnosticImportsQuery = { __typename?: 'Query', diagnosticImports: { __typename?: 'DiagnosticImportPage', totalCount: number, nextCursor: string | null, items: Array<{ __typename?: 'DiagnosticImport', id: string, kind: DiagnosticImportKind, kindLabel: string, status: DiagnosticImportStatus, statusLabel: string, running: boolean, filename: string, size: number, fictional: boolean, uploadedByLabel: string, createdAt: string, finishedAt: string | null, lines: { __typename?: 'ImportLineCounts', read: number, valid: number, rejected: number, ignored: number, imported: number } }> } };

export type DiagnosticImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DiagnosticImportQuery = { __typename?: 'Query', diagnosticImport: { __typename?: 'DiagnosticImport', formatLabel: string | null, geographyYear: number | null, delimiter: string, headers: Array<string>, preview: Array<Array<string>>, refusal: string | null, decision: ImportDecision | null, decidedByLabel: string | null, id: string, kind: DiagnosticImportKind, kindLabel: string, status: DiagnosticImportStatus, statusLabel: string, running: boolean, filename: string, size: number, fictional: boolean, uploadedByLabel: string, createdAt: string, finishedAt: string | null, suggestedColumns: Array<{ __typename?: 'IncidentColumn', field: IncidentField, column: number }>, mapping: { __typename?: 'IncidentMapping', source: IncidentSource | null, countingUnit: CountingUnit | null, columns: Array<{ __typename?: 'IncidentColumn', field: IncidentField, column: number }> } | null, lines: { __typename?: 'ImportLineCounts', read: number, valid: number, rejected: number, ignored: number, imported: number } } };

export type DiagnosticImportRejectionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DiagnosticImportRejectionsQuery = { __typename?: 'Query', diagnosticImport: { __typename?: 'DiagnosticImport', id: string, rejections: { __typename?: 'RejectedLinePage', totalCount: number, nextAfter: number | null, items: Array<{ __typename?: 'RejectedLine', line: number, reason: string }> } } };

export type StartIncidentImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  mapping: IncidentMappingInput;
}>;


export type StartIncidentImportMutation = { __typename?: 'Mutation', startIncidentImport: { __typename?: 'DiagnosticImport', id: string, kind: DiagnosticImportKind, kindLabel: string, status: DiagnosticImportStatus, statusLabel: string, running: boolean, filename: string, size: number, fictional: boolean, uploadedByLabel: string, createdAt: string, finishedAt: string | null, lines: { __typename?: 'ImportLineCounts', read: number, valid: number, rejected: number, ignored: number, imported: number } } };

export type DecideDiagnosticImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: ImportDecision;
}>;


export type DecideDiagnosticImportMutation = { __typename?: 'Mutation', decideDiagnosticImport: { __typename?: 'DiagnosticImport', id: string, kind: DiagnosticImportKind, kindLabel: string, status: DiagnosticImportStatus, statusLabel: string, running: boolean, filename: string, size: number, fictional: boolean, uploadedByLabel: string, createdAt: string, finishedAt: string | null, lines: { __typename?: 'ImportLineCounts', read: number, valid: number, rejected: number, ignored: number, imported: number } } };

export type PersonFragment = { __typename?: 'User', id: string, fullName: string, title: string | null, email: string, phone: string | null, roles: Array<Role>, disabled: boolean };

export type OrganizationSummaryFragment = { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string, publicAuthority: boolean, wholeDepartement: boolean, disabled: boolean, email: string | null, phone: string | null, seat: { __typename?: 'Commune', code: string, name: string } | null };

export type DirectoryQueryVariables = Exact<{
  filter?: InputMaybe<OrganizationFilter>;
}>;


export type DirectoryQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string, publicAuthority: boolean, wholeDepartement: boolean, disabled: boolean, email: string | null, phone: string | null, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }>, members: Array<{ __typename?: 'User', id: string, fullName: string, title: string | null, email: string, phone: string | null, roles: Array<Role>, disabled: boolean }>, seat: { __typename?: 'Commune', code: string, name: string } | null }> };

export type CommuneNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommuneNamesQuery = { __typename?: 'Query', communes: Array<{ __typename?: 'Commune', code: string, name: string }> };

export type DpoJournalQueryVariables = Exact<{
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DpoJournalQuery = { __typename?: 'Query', auditEntries: { __typename?: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, occurredAt: string, action: string, actorName: string | null, subjectType: string | null, subjectId: string | null, reason: string | null, ip: string | null, details: unknown | null, redacted: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SubjectAccessSearchQueryVariables = Exact<{
  terms: SubjectAccessTerms;
}>;


export type SubjectAccessSearchQuery = { __typename?: 'Query', subjectAccessSearch: { __typename?: 'SubjectAccessResult', truncated: boolean, matches: Array<{ __typename?: 'SubjectAccessMatch', personId: string, caseId: string, reference: string, title: string, category: CaseCategory, status: CaseStatus, sensitivity: Sensitivity, role: PersonRole, fullName: string, birthYear: number | null, address: string | null, notes: string | null, recordedAt: string }> } };

export type DpoOrganizationPeopleQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type DpoOrganizationPeopleQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, fullName: string }> };

export type PersonalDataNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonalDataNoticeQuery = { __typename?: 'Query', personalDataNotice: { __typename?: 'PersonalDataNotice', controller: string, dpoContact: string | null, activities: Array<{ __typename?: 'ProcessingActivity', key: string, name: string, purpose: string, legalBasis: string, dataCategories: Array<string>, recipients: Array<string>, retention: string, afterRetention: string }> } };

export type OperationSummaryFragment = { __typename?: 'Operation', id: string, reference: string, title: string, kind: OperationKind, status: OperationStatus, startsAt: string, endsAt: string, canUpdate: boolean, canReport: boolean, communes: Array<{ __typename?: 'OperationCommune', code: string, name: string }>, zone: { __typename?: 'OperationZone', id: string, name: string } | null, organizer: { __typename?: 'OperationOrganization', id: string, name: string }, participants: Array<{ __typename?: 'OperationOrganization', id: string, name: string, type: OrganizationType }> };

export type OutcomeFieldsFragment = { __typename?: 'OperationOutcome', interpellations: number, verbalisations: number, fermeturesAdministratives: number, montantsRecouvres: number, comment: string | null, enteredByLabel: string, version: string, updatedAt: string, organization: { __typename?: 'OperationOrganization', id: string, name: string }, seizures: Array<{ __typename?: 'Seizure', nature: string, quantity: number, unit: string }> };

export type OperationsQueryVariables = Exact<{
  filter?: InputMaybe<OperationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OperationsQuery = { __typename?: 'Query', operations: { __typename?: 'OperationConnection', totalCount: number, edges: Array<{ __typename?: 'OperationEdge', node: { __typename?: 'Operation', id: string, reference: string, title: string, kind: OperationKind, status: OperationStatus, startsAt: string, endsAt: string, canUpdate: boolean, canReport: boolean, communes: Array<{ __typename?: 'OperationCommune', code: string, name: string }>, zone: { __typename?: 'OperationZone', id: string, name: string } | null, organizer: { __typename?: 'OperationOrganization', id: string, name: string }, participants: Array<{ __typename?: 'OperationOrganization', id: string, name: string, type: OrganizationType }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type OperationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OperationQuery = { __typename?: 'Query', operation: { __typename?: 'Operation', description: string, objectiveLineageIds: Array<string>, id: string, reference: string, title: string, kind: OperationKind, status: OperationStatus, startsAt: string, endsAt: string, canUpdate: boolean, canReport: boolean, linkedCases: Array<{ __typename?: 'OperationLinkedCase', id: string, reference: string, title: string }>, outcomes: Array<{ __typename?: 'OperationOutcome', interpellations: number, verbalisations: number, fermeturesAdministratives: number, montantsRecouvres: number, comment: string | null, enteredByLabel: string, version: string, updatedAt: string, organization: { __typename?: 'OperationOrganization', id: string, name: string }, seizures: Array<{ __typename?: 'Seizure', nature: string, quantity: number, unit: string }> }>, totals: { __typename?: 'OperationTotals', interpellations: number, verbalisations: number, fermeturesAdministratives: number, montantsRecouvres: number, reported: number, seizures: Array<{ __typename?: 'SeizureTotal', nature: string, unit: string, quantity: number }> }, communes: Array<{ __typename?: 'OperationCommune', code: string, name: string }>, zone: { __typename?: 'OperationZone', id: string, name: string } | null, organizer: { __typename?: 'OperationOrganization', id: string, name: string }, participants: Array<{ __typename?: 'OperationOrganization', id: string, name: string, type: OrganizationType }> } };

export type OperationFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationFormChoicesQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, type: OrganizationType }> };

export type CreateOperationMutationVariables = Exact<{
  input: OperationInput;
}>;


export type CreateOperationMutation = { __typename?: 'Mutation', createOperation: { __typename?: 'Operation', id: string } };

export type UpdateOperationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OperationInput;
}>;


export type UpdateOperationMutation = { __typename?: 'Mutation', updateOperation: { __typename?: 'Operation', id: string } };

export type MarkOperationDoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkOperationDoneMutation = { __typename?: 'Mutation', markOperationDone: { __typename?: 'Operation', id: string, status: OperationStatus } };

export type CancelOperationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelOperationMutation = { __typename?: 'Mutation', cancelOperation: { __typename?: 'Operation', id: string, status: OperationStatus } };

export type EnterOperationOutcomeMutationVariables = Exact<{
  operationId: Scalars['ID']['input'];
  input: OperationOutcomeInput;
}>;


export type EnterOperationOutcomeMutation = { __typename?: 'Mutation', enterOperationOutcome: { __typename?: 'OperationOutcome', interpellations: number, verbalisations: number, fermeturesAdministratives: number, montantsRecouvres: number, comment: string | null, enteredByLabel: string, version: string, updatedAt: string, organization: { __typename?: 'OperationOrganization', id: string, name: string }, seizures: Array<{ __typename?: 'Seizure', nature: string, quantity: number, unit: string }> } };

export type PresenceRecordsQueryVariables = Exact<{
  filter: PresenceFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PresenceRecordsQuery = { __typename?: 'Query', presenceRecords: { __typename?: 'PresenceRecordConnection', totalCount: number, nodes: Array<{ __typename?: 'PresenceRecord', id: string, weekStart: string, setting: PresenceSetting, communeCode: string, communeName: string, zoneName: string | null, hours: number, agents: number, organizationName: string, enteredByLabel: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PresenceSummaryQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  communeCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type PresenceSummaryQuery = { __typename?: 'Query', presenceSummary: Array<{ __typename?: 'PresenceSummaryRow', weekStart: string, setting: PresenceSetting, organizationType: OrganizationType, hours: number, agents: number }> };

export type RecordPresenceMutationVariables = Exact<{
  input: PresenceInput;
}>;


export type RecordPresenceMutation = { __typename?: 'Mutation', recordPresence: { __typename?: 'PresenceRecord', id: string, weekStart: string, hours: number } };

export type PresenceImportFieldsFragment = { __typename?: 'PresenceImport', id: string, fileName: string, status: PresenceImportStatus, lineCount: number, validCount: number, importedCount: number, rejections: Array<{ __typename?: 'PresenceImportRejection', line: number, reason: string }> };

export type UploadPresenceFileMutationVariables = Exact<{
  input: PresenceImportInput;
}>;


export type UploadPresenceFileMutation = { __typename?: 'Mutation', uploadPresenceFile: { __typename?: 'PresenceImport', id: string, fileName: string, status: PresenceImportStatus, lineCount: number, validCount: number, importedCount: number, rejections: Array<{ __typename?: 'PresenceImportRejection', line: number, reason: string }> } };

export type DecidePresenceImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: PresenceImportDecision;
}>;


export type DecidePresenceImportMutation = { __typename?: 'Mutation', decidePresenceImport: { __typename?: 'PresenceImport', id: string, fileName: string, status: PresenceImportStatus, lineCount: number, validCount: number, importedCount: number, rejections: Array<{ __typename?: 'PresenceImportRejection', line: number, reason: string }> } };

export type PlanVersionFieldsFragment = { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string };

export type PlanObjectiveFieldsFragment = { __typename?: 'PlanObjective', id: string, planId: string, lineageId: string, section: PlanSection, sectionLabel: string, position: number, title: string, description: string, indicatorLabel: string, indicatorSource: IndicatorSource, indicatorSourceLabel: string, indicatorScope: string, categories: Array<string>, communeCodes: Array<string>, zoneId: string | null, operationKinds: Array<OperationKind>, outcome: OutcomeMeasure | null, setting: PresenceSetting | null, manualSource: string | null, direction: IndicatorDirection, baselineValue: number, baselineDate: string, targetValue: number, deadline: string, pilotOrganizationId: string | null, pilotLabel: string | null, updatedAt: string, indicator: { __typename?: 'IndicatorReading', currentValue: number | null, currentOn: string | null, expectedValue: number | null, progress: ObjectiveProgress, progressLabel: string, share: number | null, scopeNote: string, history: Array<{ __typename?: 'IndicatorPoint', period: string, value: number | null, masked: boolean, source: string | null }> } };

export type PlanYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanYearsQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, year: number }> };

export type PlanVersionsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type PlanVersionsQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string }> };

export type PlanVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanVersionQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string } };

export type PlanDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanDetailQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', departementCode: string, id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string, sections: Array<{ __typename?: 'PlanSectionText', section: PlanSection, label: string, text: string }>, diagnosticSnapshot: { __typename?: 'PlanDiagnosticSnapshot', takenOn: string, period: string, incidents: number, previousYear: number, categories: Array<{ __typename?: 'PlanDiagnosticCategory', label: string, incidents: number | null, previousYear: number | null }> } | null, objectives: Array<{ __typename?: 'PlanObjective', id: string, planId: string, lineageId: string, section: PlanSection, sectionLabel: string, position: number, title: string, description: string, indicatorLabel: string, indicatorSource: IndicatorSource, indicatorSourceLabel: string, indicatorScope: string, categories: Array<string>, communeCodes: Array<string>, zoneId: string | null, operationKinds: Array<OperationKind>, outcome: OutcomeMeasure | null, setting: PresenceSetting | null, manualSource: string | null, direction: IndicatorDirection, baselineValue: number, baselineDate: string, targetValue: number, deadline: string, pilotOrganizationId: string | null, pilotLabel: string | null, updatedAt: string, indicator: { __typename?: 'IndicatorReading', currentValue: number | null, currentOn: string | null, expectedValue: number | null, progress: ObjectiveProgress, progressLabel: string, share: number | null, scopeNote: string, history: Array<{ __typename?: 'IndicatorPoint', period: string, value: number | null, masked: boolean, source: string | null }> } }> } };

export type PlanDifferencesQueryVariables = Exact<{
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
}>;


export type PlanDifferencesQuery = { __typename?: 'Query', planDifferences: Array<{ __typename?: 'PlanDifference', kind: string, subject: string, field: string | null, before: string | null, after: string | null }>, from: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string }, to: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string } };

export type CreatePlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type CreatePlanMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string } };

export type UpdatePlanTextsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PlanTextsInput;
  expectedUpdatedAt: Scalars['DateTime']['input'];
}>;


export type UpdatePlanTextsMutation = { __typename?: 'Mutation', updatePlanTexts: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string } };

export type SubmitPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitPlanMutation = { __typename?: 'Mutation', submitPlan: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string } };

export type WithdrawPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawPlanMutation = { __typename?: 'Mutation', withdrawPlan: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string } };

export type AdoptPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdoptPlanMutation = { __typename?: 'Mutation', adoptPlan: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string } };

export type RevisePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type RevisePlanMutation = { __typename?: 'Mutation', revisePlan: { __typename?: 'Plan', id: string, year: number, version: number, title: string, status: PlanStatus, statusLabel: string, submittedAt: string | null, submittedByLabel: string | null, adoptedAt: string | null, adoptedByLabel: string | null, previousVersionId: string | null, revisionNote: string | null, updatedAt: string } };

export type AddObjectiveMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  input: ObjectiveInput;
}>;


export type AddObjectiveMutation = { __typename?: 'Mutation', addObjective: { __typename?: 'PlanObjective', id: string } };

export type UpdateObjectiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ObjectiveInput;
  expectedUpdatedAt: Scalars['DateTime']['input'];
}>;


export type UpdateObjectiveMutation = { __typename?: 'Mutation', updateObjective: { __typename?: 'PlanObjective', id: string, updatedAt: string } };

export type RemoveObjectiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveObjectiveMutation = { __typename?: 'Mutation', removeObjective: string };

export type RecordMeasurementMutationVariables = Exact<{
  objectiveId: Scalars['ID']['input'];
  input: MeasurementInput;
}>;


export type RecordMeasurementMutation = { __typename?: 'Mutation', recordMeasurement: { __typename?: 'PlanObjective', id: string } };

export type RemoveMeasurementMutationVariables = Exact<{
  objectiveId: Scalars['ID']['input'];
  measuredOn: Scalars['String']['input'];
}>;


export type RemoveMeasurementMutation = { __typename?: 'Mutation', removeMeasurement: { __typename?: 'PlanObjective', id: string } };

export type ProposalSummaryFragment = { __typename?: 'Proposal', id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean };

export type ProposalDetailFragment = { __typename?: 'Proposal', authorEmail: string | null, moderatedAt: string | null, moderationNote: string | null, answer: string | null, triagedByLabel: string | null, caseId: string | null, caseReference: string | null, id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null, personalData: Array<{ __typename?: 'PersonalDataFlag', kind: PersonalDataKind, label: string, excerpt: string }> | null };

export type ProposalFormQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalFormQuery = { __typename?: 'Query', proposalForm: { __typename?: 'ProposalForm', token: string, minimumSeconds: number }, proposalCommunes: Array<{ __typename?: 'ProposalCommune', code: string, name: string }> };

export type SubmitProposalMutationVariables = Exact<{
  input: PublicProposalInput;
}>;


export type SubmitProposalMutation = { __typename?: 'Mutation', submitProposal: { __typename?: 'ProposalReceipt', reference: string, token: string, hasPersonalData: boolean } };

export type SubmitMairieProposalMutationVariables = Exact<{
  input: MairieProposalInput;
}>;


export type SubmitMairieProposalMutation = { __typename?: 'Mutation', submitMairieProposal: { __typename?: 'Proposal', id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean } };

export type ProposalByLinkQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ProposalByLinkQuery = { __typename?: 'Query', proposalByLink: { __typename?: 'PublicProposal', reference: string, status: ProposalStatus, statusLabel: string, categoryLabel: string, communeName: string, text: string, createdAt: string, answer: string | null, answeredAt: string | null } };

export type ProposalsQueryVariables = Exact<{
  filter?: InputMaybe<ProposalFilter>;
}>;


export type ProposalsQuery = { __typename?: 'Query', proposals: { __typename?: 'ProposalList', total: number, items: Array<{ __typename?: 'Proposal', id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean }> } };

export type ProposalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalQuery = { __typename?: 'Query', proposal: { __typename?: 'Proposal', authorEmail: string | null, moderatedAt: string | null, moderationNote: string | null, answer: string | null, triagedByLabel: string | null, caseId: string | null, caseReference: string | null, id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null, personalData: Array<{ __typename?: 'PersonalDataFlag', kind: PersonalDataKind, label: string, excerpt: string }> | null } };

export type ModerateProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  release: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  masks?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ModerateProposalMutation = { __typename?: 'Mutation', moderateProposal: { __typename?: 'Proposal', authorEmail: string | null, moderatedAt: string | null, moderationNote: string | null, answer: string | null, triagedByLabel: string | null, caseId: string | null, caseReference: string | null, id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null, personalData: Array<{ __typename?: 'PersonalDataFlag', kind: PersonalDataKind, label: string, excerpt: string }> | null } };

export type AnswerProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
}>;


export type AnswerProposalMutation = { __typename?: 'Mutation', answerProposal: { __typename?: 'Proposal', authorEmail: string | null, moderatedAt: string | null, moderationNote: string | null, answer: string | null, triagedByLabel: string | null, caseId: string | null, caseReference: string | null, id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null, personalData: Array<{ __typename?: 'PersonalDataFlag', kind: PersonalDataKind, label: string, excerpt: string }> | null } };

export type MergeProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type MergeProposalMutation = { __typename?: 'Mutation', mergeProposal: { __typename?: 'Proposal', authorEmail: string | null, moderatedAt: string | null, moderationNote: string | null, answer: string | null, triagedByLabel: string | null, caseId: string | null, caseReference: string | null, id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null, personalData: Array<{ __typename?: 'PersonalDataFlag', kind: PersonalDataKind, label: string, excerpt: string }> | null } };

export type OpenCaseFromProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProposalCaseInput;
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type OpenCaseFromProposalMutation = { __typename?: 'Mutation', openCaseFromProposal: { __typename?: 'Proposal', authorEmail: string | null, moderatedAt: string | null, moderationNote: string | null, answer: string | null, triagedByLabel: string | null, caseId: string | null, caseReference: string | null, id: string, reference: string, source: ProposalSource, status: ProposalStatus, statusLabel: string, category: ProposalCategory, categoryLabel: string, communeCode: string, communeName: string, text: string, hasPersonalData: boolean, authorLabel: string | null, createdAt: string, triagedAt: string | null, mayModerate: boolean, mayTriage: boolean, point: { __typename?: 'GeoPoint', longitude: number, latitude: number } | null, personalData: Array<{ __typename?: 'PersonalDataFlag', kind: PersonalDataKind, label: string, excerpt: string }> | null } };

export type MyResultsTerritoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MyResultsTerritoryQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, organization: { __typename?: 'Organization', id: string, wholeDepartement: boolean, seat: { __typename?: 'Commune', code: string, name: string } | null, competenceCommunes: Array<{ __typename?: 'Commune', code: string, name: string }> } } };

export type CommuneResultsQueryVariables = Exact<{
  communeCode: Scalars['String']['input'];
}>;


export type CommuneResultsQuery = { __typename?: 'Query', communeResults: { __typename?: 'CommuneResults', communeCode: string, communeName: string, population: number, period: string, visibleFacts: number, partial: boolean, minCell: number | null, presenceHours: number, presencePerThousand: number | null, departementPresencePerThousand: number | null, operationsDone: number, openCases: number, publicPageEnabled: boolean, facts: Array<{ __typename?: 'CommuneFactRow', category: string, label: string, count: number | null, masked: boolean, rate: number | null, departementRate: number | null }>, operations: Array<{ __typename?: 'ResultOperation', id: string, reference: string, title: string, kindLabel: string, statusLabel: string, status: OperationStatus, startsAt: string }>, cases: Array<{ __typename?: 'ResultCase', id: string, reference: string, title: string, statusLabel: string }>, objectives: Array<{ __typename?: 'PlanObjective', id: string, title: string, indicatorLabel: string, indicatorScope: string, targetValue: number, deadline: string, indicator: { __typename?: 'IndicatorReading', currentValue: number | null, currentOn: string | null, progress: ObjectiveProgress, progressLabel: string, scopeNote: string } }> } };

export type PublicResultPagesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicResultPagesQuery = { __typename?: 'Query', publicResultPages: Array<{ __typename?: 'PublicResultPage', communeCode: string, communeName: string, enabledByLabel: string, enabledAt: string }> };

export type SetPublicResultPageMutationVariables = Exact<{
  communeCode: Scalars['String']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetPublicResultPageMutation = { __typename?: 'Mutation', setPublicResultPage: boolean };

export type MeFieldsFragment = { __typename?: 'Me', id: string, email: string, fullName: string, title: string | null, roles: Array<Role>, rules: unknown, sessionExpiresAt: string, pendingStep: SecondFactorStep | null, proConnect: boolean, organization: { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string } };

export type AppInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type AppInfoQuery = { __typename?: 'Query', appInfo: { __typename?: 'AppInfo', demoMode: boolean, tileUrl: string, tileAttribution: string, proConnect: boolean, departement: { __typename?: 'Departement', code: string, name: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, email: string, fullName: string, title: string | null, roles: Array<Role>, rules: unknown, sessionExpiresAt: string, pendingStep: SecondFactorStep | null, proConnect: boolean, organization: { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string } } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Me', id: string, email: string, fullName: string, title: string | null, roles: Array<Role>, rules: unknown, sessionExpiresAt: string, pendingStep: SecondFactorStep | null, proConnect: boolean, organization: { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type VerifySecondFactorMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifySecondFactorMutation = { __typename?: 'Mutation', verifySecondFactor: { __typename?: 'Me', id: string, email: string, fullName: string, title: string | null, roles: Array<Role>, rules: unknown, sessionExpiresAt: string, pendingStep: SecondFactorStep | null, proConnect: boolean, organization: { __typename?: 'Organization', id: string, name: string, type: OrganizationType, typeLabel: string } } };

export type SurveyWaveFieldsFragment = { __typename?: 'SurveyWave', id: string, title: string, intro: string, status: SurveyWaveStatus, statusLabel: string, opensOn: string, closesOn: string, reminderDates: Array<string>, recipientCount: number, responseCount: number, sentAt: string | null, sentByLabel: string | null, closedAt: string | null, mayUpdate: boolean, maySend: boolean, mayRemind: boolean, mayClose: boolean, audience: { __typename?: 'SurveyAudience', mayors: boolean, partners: boolean, organizationTypes: Array<OrganizationType>, organizationIds: Array<string> }, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }>, reminders: Array<{ __typename?: 'SurveyReminder', sentAt: string, dueOn: string | null, recipients: number, byLabel: string | null }> };

export type SurveyScaleFieldsFragment = { __typename?: 'SurveyScaleSummary', count: number | null, average: number | null, distribution: Array<number> | null, masked: boolean };

export type SurveyWavesQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyWavesQuery = { __typename?: 'Query', surveyWaves: Array<{ __typename?: 'SurveyWave', id: string, title: string, intro: string, status: SurveyWaveStatus, statusLabel: string, opensOn: string, closesOn: string, reminderDates: Array<string>, recipientCount: number, responseCount: number, sentAt: string | null, sentByLabel: string | null, closedAt: string | null, mayUpdate: boolean, maySend: boolean, mayRemind: boolean, mayClose: boolean, audience: { __typename?: 'SurveyAudience', mayors: boolean, partners: boolean, organizationTypes: Array<OrganizationType>, organizationIds: Array<string> }, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }>, reminders: Array<{ __typename?: 'SurveyReminder', sentAt: string, dueOn: string | null, recipients: number, byLabel: string | null }> }> };

export type SurveyWaveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyWaveQuery = { __typename?: 'Query', surveyWave: { __typename?: 'SurveyWave', id: string, title: string, intro: string, status: SurveyWaveStatus, statusLabel: string, opensOn: string, closesOn: string, reminderDates: Array<string>, recipientCount: number, responseCount: number, sentAt: string | null, sentByLabel: string | null, closedAt: string | null, mayUpdate: boolean, maySend: boolean, mayRemind: boolean, mayClose: boolean, audience: { __typename?: 'SurveyAudience', mayors: boolean, partners: boolean, organizationTypes: Array<OrganizationType>, organizationIds: Array<string> }, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }>, reminders: Array<{ __typename?: 'SurveyReminder', sentAt: string, dueOn: string | null, recipients: number, byLabel: string | null }> } };

export type SurveyResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyResultsQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', waveId: string, title: string, minCell: number, recipients: number, respondents: number, questions: Array<{ __typename?: 'SurveyQuestionResult', questionId: string, position: number, kind: SurveyQuestionKind, label: string, texts: Array<string> | null, overall: { __typename?: 'SurveyScaleSummary', count: number | null, average: number | null, distribution: Array<number> | null, masked: boolean } | null, byOrganizationType: Array<{ __typename?: 'SurveyGroupResult', key: string, label: string, respondents: number | null, summary: { __typename?: 'SurveyScaleSummary', count: number | null, average: number | null, distribution: Array<number> | null, masked: boolean } }>, byCommune: Array<{ __typename?: 'SurveyGroupResult', key: string, label: string, respondents: number | null, summary: { __typename?: 'SurveyScaleSummary', count: number | null, average: number | null, distribution: Array<number> | null, masked: boolean } }> }> } };

export type SurveyTrendQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyTrendQuery = { __typename?: 'Query', surveyTrend: { __typename?: 'SurveyTrend', minCell: number, waves: Array<{ __typename?: 'SurveyTrendWave', id: string, title: string, opensOn: string, recipients: number, respondents: number }>, series: Array<{ __typename?: 'SurveyTrendSeries', label: string, points: Array<{ __typename?: 'SurveyTrendPoint', waveId: string, summary: { __typename?: 'SurveyScaleSummary', count: number | null, average: number | null, distribution: Array<number> | null, masked: boolean } | null }> }> } };

export type CreateSurveyWaveMutationVariables = Exact<{
  input: SurveyWaveInput;
}>;


export type CreateSurveyWaveMutation = { __typename?: 'Mutation', createSurveyWave: { __typename?: 'SurveyWave', id: string, title: string, intro: string, status: SurveyWaveStatus, statusLabel: string, opensOn: string, closesOn: string, reminderDates: Array<string>, recipientCount: number, responseCount: number, sentAt: string | null, sentByLabel: string | null, closedAt: string | null, mayUpdate: boolean, maySend: boolean, mayRemind: boolean, mayClose: boolean, audience: { __typename?: 'SurveyAudience', mayors: boolean, partners: boolean, organizationTypes: Array<OrganizationType>, organizationIds: Array<string> }, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }>, reminders: Array<{ __typename?: 'SurveyReminder', sentAt: string, dueOn: string | null, recipients: number, byLabel: string | null }> } };

export type UpdateSurveyWaveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SurveyWaveInput;
}>;


export type UpdateSurveyWaveMutation = { __typename?: 'Mutation', updateSurveyWave: { __typename?: 'SurveyWave', id: string, title: string, intro: string, status: SurveyWaveStatus, statusLabel: string, opensOn: string, closesOn: string, reminderDates: Array<string>, recipientCount: number, responseCount: number, sentAt: string | null, sentByLabel: string | null, closedAt: string | null, mayUpdate: boolean, maySend: boolean, mayRemind: boolean, mayClose: boolean, audience: { __typename?: 'SurveyAudience', mayors: boolean, partners: boolean, organizationTypes: Array<OrganizationType>, organizationIds: Array<string> }, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }>, reminders: Array<{ __typename?: 'SurveyReminder', sentAt: string, dueOn: string | null, recipients: number, byLabel: string | null }> } };

export type SendSurveyWaveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendSurveyWaveMutation = { __typename?: 'Mutation', sendSurveyWave: { __typename?: 'SurveySending', queued: number, wave: { __typename?: 'SurveyWave', id: string, title: string, intro: string, status: SurveyWaveStatus, statusLabel: string, opensOn: string, closesOn: string, reminderDates: Array<string>, recipientCount: number, responseCount: number, sentAt: string | null, sentByLabel: string | null, closedAt: string | null, mayUpdate: boolean, maySend: boolean, mayRemind: boolean, mayClose: boolean, audience: { __typename?: 'SurveyAudience', mayors: boolean, partners: boolean, organizationTypes: Array<OrganizationType>, organizationIds: Array<string> }, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }>, reminders: Array<{ __typename?: 'SurveyReminder', sentAt: string, dueOn: string | null, recipients: number, byLabel: string | null }> } } };

export type RemindSurveyWaveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemindSurveyWaveMutation = { __typename?: 'Mutation', remindSurveyWave: { __typename?: 'SurveySending', queued: number, wave: { __typename?: 'SurveyWave', id: string, title: string, intro: string, status: SurveyWaveStatus, statusLabel: string, opensOn: string, closesOn: string, reminderDates: Array<string>, recipientCount: number, responseCount: number, sentAt: string | null, sentByLabel: string | null, closedAt: string | null, mayUpdate: boolean, maySend: boolean, mayRemind: boolean, mayClose: boolean, audience: { __typename?: 'SurveyAudience', mayors: boolean, partners: boolean, organizationTypes: Array<OrganizationType>, organizationIds: Array<string> }, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }>, reminders: Array<{ __typename?: 'SurveyReminder', sentAt: string, dueOn: string | null, recipients: number, byLabel: string | null }> } } };

export type CloseSurveyWaveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseSurveyWaveMutation = { __typename?: 'Mutation', closeSurveyWave: { __typename?: 'SurveyWave', id: string, title: string, intro: string, status: SurveyWaveStatus, statusLabel: string, opensOn: string, closesOn: string, reminderDates: Array<string>, recipientCount: number, responseCount: number, sentAt: string | null, sentByLabel: string | null, closedAt: string | null, mayUpdate: boolean, maySend: boolean, mayRemind: boolean, mayClose: boolean, audience: { __typename?: 'SurveyAudience', mayors: boolean, partners: boolean, organizationTypes: Array<OrganizationType>, organizationIds: Array<string> }, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }>, reminders: Array<{ __typename?: 'SurveyReminder', sentAt: string, dueOn: string | null, recipients: number, byLabel: string | null }> } };

export type SurveyByLinkQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SurveyByLinkQuery = { __typename?: 'Query', surveyByLink: { __typename?: 'SurveyQuestionnaire', title: string, intro: string, closesOn: string, recipientName: string, scaleLabels: Array<string>, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, label: string, required: boolean }> } };

export type AnswerSurveyMutationVariables = Exact<{
  token: Scalars['String']['input'];
  answers: Array<SurveyAnswerInput> | SurveyAnswerInput;
}>;


export type AnswerSurveyMutation = { __typename?: 'Mutation', answerSurvey: { __typename?: 'SurveyReceipt', title: string, submittedAt: string } };

export type SurveyOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, typeLabel: string }> };

export type CommunesQueryVariables = Exact<{
  filter?: InputMaybe<CommuneFilter>;
}>;


export type CommunesQuery = { __typename?: 'Query', communes: Array<{ __typename?: 'Commune', code: string, name: string, population: number, postcodes: Array<string>, epci: { __typename?: 'Epci', siren: string, name: string, nature: string } | null }> };

export type EpcisQueryVariables = Exact<{ [key: string]: never; }>;


export type EpcisQuery = { __typename?: 'Query', epcis: Array<{ __typename?: 'Epci', siren: string, name: string, nature: string, communeCount: number }> };

export type ZonesQueryVariables = Exact<{
  filter?: InputMaybe<ZoneFilter>;
}>;


export type ZonesQuery = { __typename?: 'Query', zones: Array<{ __typename?: 'Zone', id: string, name: string, kind: ZoneKind, kindLabel: string, description: string | null, geometry: unknown, communes: Array<{ __typename?: 'Commune', code: string, name: string }> }> };

export type VideoSiteFieldsFragment = { __typename?: 'VideoSite', id: string, name: string, cameras: number, geometry: unknown, priorityZones: Array<string>, inHotspot: boolean, targeted: boolean, zoneId: string | null };

export type VideoProjectSummaryFragment = { __typename?: 'VideoProject', id: string, reference: string, communeCode: string, communeName: string, organizationName: string, title: string, status: VideoProjectStatus, statusLabel: string, cameras: number, targeted: boolean, opinionLabel: string | null, createdAt: string, updatedAt: string };

export type VideoProjectDetailFragment = { __typename?: 'VideoProject', purpose: string, opinion: VideoOpinion | null, opinionText: string | null, fundingRequestedAmount: number | null, fundingGranted: boolean | null, fundingGrantedAmount: number | null, hotspotYear: number, nextStep: VideoProjectStatus | null, nextStepLabel: string | null, canAbandon: boolean, id: string, reference: string, communeCode: string, communeName: string, organizationName: string, title: string, status: VideoProjectStatus, statusLabel: string, cameras: number, targeted: boolean, opinionLabel: string | null, createdAt: string, updatedAt: string, sites: Array<{ __typename?: 'VideoSite', id: string, name: string, cameras: number, geometry: unknown, priorityZones: Array<string>, inHotspot: boolean, targeted: boolean, zoneId: string | null }>, history: Array<{ __typename?: 'VideoProjectEvent', status: VideoProjectStatus, statusLabel: string, at: string, actorLabel: string, note: string | null }> };

export type VideoProjectsQueryVariables = Exact<{
  filter?: InputMaybe<VideoProjectFilter>;
}>;


export type VideoProjectsQuery = { __typename?: 'Query', videoProjects: Array<{ __typename?: 'VideoProject', id: string, reference: string, communeCode: string, communeName: string, organizationName: string, title: string, status: VideoProjectStatus, statusLabel: string, cameras: number, targeted: boolean, opinionLabel: string | null, createdAt: string, updatedAt: string }> };

export type VideoProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VideoProjectQuery = { __typename?: 'Query', videoProject: { __typename?: 'VideoProject', purpose: string, opinion: VideoOpinion | null, opinionText: string | null, fundingRequestedAmount: number | null, fundingGranted: boolean | null, fundingGrantedAmount: number | null, hotspotYear: number, nextStep: VideoProjectStatus | null, nextStepLabel: string | null, canAbandon: boolean, id: string, reference: string, communeCode: string, communeName: string, organizationName: string, title: string, status: VideoProjectStatus, statusLabel: string, cameras: number, targeted: boolean, opinionLabel: string | null, createdAt: string, updatedAt: string, sites: Array<{ __typename?: 'VideoSite', id: string, name: string, cameras: number, geometry: unknown, priorityZones: Array<string>, inHotspot: boolean, targeted: boolean, zoneId: string | null }>, history: Array<{ __typename?: 'VideoProjectEvent', status: VideoProjectStatus, statusLabel: string, at: string, actorLabel: string, note: string | null }> } };

export type VideoProjectHotspotsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VideoProjectHotspotsQuery = { __typename?: 'Query', videoProjectHotspots: { __typename?: 'VideoHotspots', year: number, resolution: number, cells: unknown } };

export type SubmitVideoProjectMutationVariables = Exact<{
  input: SubmitVideoProjectInput;
}>;


export type SubmitVideoProjectMutation = { __typename?: 'Mutation', submitVideoProject: { __typename?: 'VideoProject', purpose: string, opinion: VideoOpinion | null, opinionText: string | null, fundingRequestedAmount: number | null, fundingGranted: boolean | null, fundingGrantedAmount: number | null, hotspotYear: number, nextStep: VideoProjectStatus | null, nextStepLabel: string | null, canAbandon: boolean, id: string, reference: string, communeCode: string, communeName: string, organizationName: string, title: string, status: VideoProjectStatus, statusLabel: string, cameras: number, targeted: boolean, opinionLabel: string | null, createdAt: string, updatedAt: string, sites: Array<{ __typename?: 'VideoSite', id: string, name: string, cameras: number, geometry: unknown, priorityZones: Array<string>, inHotspot: boolean, targeted: boolean, zoneId: string | null }>, history: Array<{ __typename?: 'VideoProjectEvent', status: VideoProjectStatus, statusLabel: string, at: string, actorLabel: string, note: string | null }> } };

export type AdvanceVideoProjectMutationVariables = Exact<{
  input: AdvanceVideoProjectInput;
}>;


export type AdvanceVideoProjectMutation = { __typename?: 'Mutation', advanceVideoProject: { __typename?: 'VideoProject', purpose: string, opinion: VideoOpinion | null, opinionText: string | null, fundingRequestedAmount: number | null, fundingGranted: boolean | null, fundingGrantedAmount: number | null, hotspotYear: number, nextStep: VideoProjectStatus | null, nextStepLabel: string | null, canAbandon: boolean, id: string, reference: string, communeCode: string, communeName: string, organizationName: string, title: string, status: VideoProjectStatus, statusLabel: string, cameras: number, targeted: boolean, opinionLabel: string | null, createdAt: string, updatedAt: string, sites: Array<{ __typename?: 'VideoSite', id: string, name: string, cameras: number, geometry: unknown, priorityZones: Array<string>, inHotspot: boolean, targeted: boolean, zoneId: string | null }>, history: Array<{ __typename?: 'VideoProjectEvent', status: VideoProjectStatus, statusLabel: string, at: string, actorLabel: string, note: string | null }> } };

export type VideoProjectCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type VideoProjectCommunesQuery = { __typename?: 'Query', videoProjectCommunes: Array<{ __typename?: 'VideoCommune', code: string, name: string }> };

export const PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode;
export const ManagedUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Person"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode;
export const OrganizationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const ManagedOrganizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]} as unknown as DocumentNode;
export const NotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]} as unknown as DocumentNode;
export const AlertSubscriptionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"minSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"emailMode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode;
export const CaseListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}}]} as unknown as DocumentNode;
export const WorkCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}}]} as unknown as DocumentNode;
export const CaseAssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"redirectSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}}]}}]}}]} as unknown as DocumentNode;
export const CaseActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode;
export const CaseTimelinePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimelinePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode;
export const CaseCommentPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode;
export const CaseDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"transition"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"changeSensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"readPersons"}},{"kind":"Field","name":{"kind":"Name","value":"editPersons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personsWithheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"personsMotiveRequired"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timelinePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimelinePage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCommentPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"redirectSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimelinePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode;
export const ContractProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}}]} as unknown as DocumentNode;
export const ContractSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}}]} as unknown as DocumentNode;
export const CommitmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode;
export const ContractDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode;
export const BodySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"chairOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode;
export const WorkingGroupDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charterVersion"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charterCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"charterSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"charterSignedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode;
export const MeetingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"visioUrl"}},{"kind":"Field","name":{"kind":"Name","value":"canPrepare"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;
export const AgendaItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"carryOver"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseActionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;
export const MeetingDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"recordingRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chairOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"representedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerRepresentedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"visioUrl"}},{"kind":"Field","name":{"kind":"Name","value":"canPrepare"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"carryOver"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseActionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;
export const DeliveryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailedDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}}]}}]} as unknown as DocumentNode;
export const DiagnosticCellFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}}]} as unknown as DocumentNode;
export const DiagnosticImportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"fictional"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}}]}}]}}]} as unknown as DocumentNode;
export const OperationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Operation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}}]}}]} as unknown as DocumentNode;
export const OutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpellations"}},{"kind":"Field","name":{"kind":"Name","value":"verbalisations"}},{"kind":"Field","name":{"kind":"Name","value":"fermeturesAdministratives"}},{"kind":"Field","name":{"kind":"Name","value":"montantsRecouvres"}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;
export const PresenceImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PresenceImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"validCount"}},{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode;
export const PlanVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;
export const PlanObjectiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanObjectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanObjective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"lineageId"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sectionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSource"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorScope"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneId"}},{"kind":"Field","name":{"kind":"Name","value":"operationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"manualSource"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pilotOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"pilotLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"currentOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"progressLabel"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"scopeNote"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode;
export const ProposalSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}}]} as unknown as DocumentNode;
export const ProposalDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalSummary"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"triagedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}}]} as unknown as DocumentNode;
export const MeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"proConnect"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]} as unknown as DocumentNode;
export const SurveyWaveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyWaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDates"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayors"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"maySend"}},{"kind":"Field","name":{"kind":"Name","value":"mayRemind"}},{"kind":"Field","name":{"kind":"Name","value":"mayClose"}}]}}]} as unknown as DocumentNode;
export const SurveyScaleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyScaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyScaleSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]} as unknown as DocumentNode;
export const VideoProjectSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;
export const VideoSiteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoSiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoSite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"priorityZones"}},{"kind":"Field","name":{"kind":"Name","value":"inHotspot"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"zoneId"}}]}}]} as unknown as DocumentNode;
export const VideoProjectDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoProjectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRequestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGranted"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGrantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotYear"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepLabel"}},{"kind":"Field","name":{"kind":"Name","value":"canAbandon"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoSiteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoSiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoSite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"priorityZones"}},{"kind":"Field","name":{"kind":"Name","value":"inHotspot"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"zoneId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ChangePasswordGQL extends Apollo.Mutation<ChangePasswordMutation, ChangePasswordMutationVariables> {
    override document = ChangePasswordDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RequestPasswordResetGQL extends Apollo.Mutation<RequestPasswordResetMutation, RequestPasswordResetMutationVariables> {
    override document = RequestPasswordResetDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetPasswordWithTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPasswordWithToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordWithToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SetPasswordWithTokenGQL extends Apollo.Mutation<SetPasswordWithTokenMutation, SetPasswordWithTokenMutationVariables> {
    override document = SetPasswordWithTokenDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MySecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySecondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySecondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MySecondFactorGQL extends Apollo.Query<MySecondFactorQuery, MySecondFactorQueryVariables> {
    override document = MySecondFactorDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const StartSecondFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSecondFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSecondFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class StartSecondFactorEnrolmentGQL extends Apollo.Mutation<StartSecondFactorEnrolmentMutation, StartSecondFactorEnrolmentMutationVariables> {
    override document = StartSecondFactorEnrolmentDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ConfirmSecondFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSecondFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSecondFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ConfirmSecondFactorEnrolmentGQL extends Apollo.Mutation<ConfirmSecondFactorEnrolmentMutation, ConfirmSecondFactorEnrolmentMutationVariables> {
    override document = ConfirmSecondFactorEnrolmentDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ManagedUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Person"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ManagedUsersGQL extends Apollo.Query<ManagedUsersQuery, ManagedUsersQueryVariables> {
    override document = ManagedUsersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ManagedUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Person"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ManagedUserGQL extends Apollo.Query<ManagedUserQuery, ManagedUserQueryVariables> {
    override document = ManagedUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Person"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CreateUserGQL extends Apollo.Mutation<CreateUserMutation, CreateUserMutationVariables> {
    override document = CreateUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Person"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateUserGQL extends Apollo.Mutation<UpdateUserMutation, UpdateUserMutationVariables> {
    override document = UpdateUserDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Person"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SetUserDisabledGQL extends Apollo.Mutation<SetUserDisabledMutation, SetUserDisabledMutationVariables> {
    override document = SetUserDisabledDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ManagedOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedOrganization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ManagedOrganizationsGQL extends Apollo.Query<ManagedOrganizationsQuery, ManagedOrganizationsQueryVariables> {
    override document = ManagedOrganizationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ManagedOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedOrganization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ManagedOrganizationGQL extends Apollo.Query<ManagedOrganizationQuery, ManagedOrganizationQueryVariables> {
    override document = ManagedOrganizationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedOrganization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CreateOrganizationGQL extends Apollo.Mutation<CreateOrganizationMutation, CreateOrganizationMutationVariables> {
    override document = CreateOrganizationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedOrganization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateOrganizationGQL extends Apollo.Mutation<UpdateOrganizationMutation, UpdateOrganizationMutationVariables> {
    override document = UpdateOrganizationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetOrganizationDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizationDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedOrganization"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SetOrganizationDisabledGQL extends Apollo.Mutation<SetOrganizationDisabledMutation, SetOrganizationDisabledMutationVariables> {
    override document = SetOrganizationDisabledDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RoleGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userFullName"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByFullName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RoleGrantsGQL extends Apollo.Query<RoleGrantsQuery, RoleGrantsQueryVariables> {
    override document = RoleGrantsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveRoleGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRoleGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRoleGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ApproveRoleGrantGQL extends Apollo.Mutation<ApproveRoleGrantMutation, ApproveRoleGrantMutationVariables> {
    override document = ApproveRoleGrantDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RejectRoleGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRoleGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRoleGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RejectRoleGrantGQL extends Apollo.Mutation<RejectRoleGrantMutation, RejectRoleGrantMutationVariables> {
    override document = RejectRoleGrantDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"usualName"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AccessRequestsGQL extends Apollo.Query<AccessRequestsQuery, AccessRequestsQueryVariables> {
    override document = AccessRequestsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ApproveAccessRequestGQL extends Apollo.Mutation<ApproveAccessRequestMutation, ApproveAccessRequestMutationVariables> {
    override document = ApproveAccessRequestDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RefuseAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RefuseAccessRequestGQL extends Apollo.Mutation<RefuseAccessRequestMutation, RefuseAccessRequestMutationVariables> {
    override document = RefuseAccessRequestDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class NotificationsGQL extends Apollo.Query<NotificationsQuery, NotificationsQueryVariables> {
    override document = NotificationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UnreadNotificationCountGQL extends Apollo.Query<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables> {
    override document = UnreadNotificationCountDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const NotificationReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class NotificationReceivedGQL extends Apollo.Subscription<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables> {
    override document = NotificationReceivedDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MarkNotificationsReadGQL extends Apollo.Mutation<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables> {
    override document = MarkNotificationsReadDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MarkAllNotificationsReadGQL extends Apollo.Mutation<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables> {
    override document = MarkAllNotificationsReadDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AcknowledgeNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AcknowledgeNotificationGQL extends Apollo.Mutation<AcknowledgeNotificationMutation, AcknowledgeNotificationMutationVariables> {
    override document = AcknowledgeNotificationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyAlertSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAlertSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAlertSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSubscriptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"minSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"emailMode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MyAlertSubscriptionGQL extends Apollo.Query<MyAlertSubscriptionQuery, MyAlertSubscriptionQueryVariables> {
    override document = MyAlertSubscriptionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OrganizationAlertSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationAlertSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationAlertSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSubscriptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"minSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"emailMode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class OrganizationAlertSubscriptionGQL extends Apollo.Query<OrganizationAlertSubscriptionQuery, OrganizationAlertSubscriptionQueryVariables> {
    override document = OrganizationAlertSubscriptionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SaveMyAlertSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMyAlertSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMyAlertSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SaveMyAlertSubscriptionGQL extends Apollo.Mutation<SaveMyAlertSubscriptionMutation, SaveMyAlertSubscriptionMutationVariables> {
    override document = SaveMyAlertSubscriptionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ResetMyAlertSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetMyAlertSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetMyAlertSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSubscriptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"minSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"emailMode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ResetMyAlertSubscriptionGQL extends Apollo.Mutation<ResetMyAlertSubscriptionMutation, ResetMyAlertSubscriptionMutationVariables> {
    override document = ResetMyAlertSubscriptionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SaveOrganizationAlertSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveOrganizationAlertSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveOrganizationAlertSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SaveOrganizationAlertSubscriptionGQL extends Apollo.Mutation<SaveOrganizationAlertSubscriptionMutation, SaveOrganizationAlertSubscriptionMutationVariables> {
    override document = SaveOrganizationAlertSubscriptionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MySecretariatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySecretariats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MySecretariatsGQL extends Apollo.Query<MySecretariatsQuery, MySecretariatsQueryVariables> {
    override document = MySecretariatsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AlertAudiencePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertAudiencePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertAudiencePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AlertAudiencePreviewGQL extends Apollo.Query<AlertAudiencePreviewQuery, AlertAudiencePreviewQueryVariables> {
    override document = AlertAudiencePreviewDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SendAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SendAlertGQL extends Apollo.Mutation<SendAlertMutation, SendAlertMutationVariables> {
    override document = SendAlertDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SentAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"audienceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SentAlertsGQL extends Apollo.Query<SentAlertsQuery, SentAlertsQueryVariables> {
    override document = SentAlertsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SentAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}},{"kind":"Field","name":{"kind":"Name","value":"audienceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"distributed"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneIds"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SentAlertGQL extends Apollo.Query<SentAlertQuery, SentAlertQueryVariables> {
    override document = SentAlertDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AlertOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AlertOrganizationGQL extends Apollo.Query<AlertOrganizationQuery, AlertOrganizationQueryVariables> {
    override document = AlertOrganizationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CaseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statusFreeFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byStatus"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statusFreeFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CaseListGQL extends Apollo.Query<CaseListQuery, CaseListQueryVariables> {
    override document = CaseListDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CaseListMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseListMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CaseListMoreGQL extends Apollo.Query<CaseListMoreQuery, CaseListMoreQueryVariables> {
    override document = CaseListMoreDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"assigned"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assignedToMe"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkCase"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"owned"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdueCases"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"PRIORITY_DESC"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinator"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MyWorkGQL extends Apollo.Query<MyWorkQuery, MyWorkQueryVariables> {
    override document = MyWorkDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnswerReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redirectSuggestion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"redirectSuggestion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redirectSuggestion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"redirectSuggestion"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AnswerReferralGQL extends Apollo.Mutation<AnswerReferralMutation, AnswerReferralMutationVariables> {
    override document = AnswerReferralDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CaseTimelineMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTimelineMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timelinePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimelinePage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimelinePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CaseTimelineMoreGQL extends Apollo.Query<CaseTimelineMoreQuery, CaseTimelineMoreQueryVariables> {
    override document = CaseTimelineMoreDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CaseCommentsMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseCommentsMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCommentPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CaseCommentsMoreGQL extends Apollo.Query<CaseCommentsMoreQuery, CaseCommentsMoreQueryVariables> {
    override document = CaseCommentsMoreDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"redirectSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimelinePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCommentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCommentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"transition"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"changeSensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"readPersons"}},{"kind":"Field","name":{"kind":"Name","value":"editPersons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personsWithheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"personsMotiveRequired"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timelinePage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimelinePage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCommentPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CaseDetailGQL extends Apollo.Query<CaseDetailQuery, CaseDetailQueryVariables> {
    override document = CaseDetailDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PossibleDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PossibleDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoneId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeCaseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"zoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeCaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeCaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PossibleDuplicatesGQL extends Apollo.Query<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables> {
    override document = PossibleDuplicatesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CaseByReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"REFERENCE_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CaseByReferenceGQL extends Apollo.Query<CaseByReferenceQuery, CaseByReferenceQueryVariables> {
    override document = CaseByReferenceDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CreateCaseGQL extends Apollo.Mutation<CreateCaseMutation, CreateCaseMutationVariables> {
    override document = CreateCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateCaseGQL extends Apollo.Mutation<UpdateCaseMutation, UpdateCaseMutationVariables> {
    override document = UpdateCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const TransitionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class TransitionCaseGQL extends Apollo.Mutation<TransitionCaseMutation, TransitionCaseMutationVariables> {
    override document = TransitionCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AssignCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AssignCaseGQL extends Apollo.Mutation<AssignCaseMutation, AssignCaseMutationVariables> {
    override document = AssignCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddCaseActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AddCaseActionGQL extends Apollo.Mutation<AddCaseActionMutation, AddCaseActionMutationVariables> {
    override document = AddCaseActionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateCaseActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCaseAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCaseAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateCaseActionGQL extends Apollo.Mutation<UpdateCaseActionMutation, UpdateCaseActionMutationVariables> {
    override document = UpdateCaseActionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddCaseCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AddCaseCommentGQL extends Apollo.Mutation<AddCaseCommentMutation, AddCaseCommentMutationVariables> {
    override document = AddCaseCommentDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddCasePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CasePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AddCasePersonGQL extends Apollo.Mutation<AddCasePersonMutation, AddCasePersonMutationVariables> {
    override document = AddCasePersonDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeclareReadMotiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareReadMotive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadMotiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareReadMotive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DeclareReadMotiveGQL extends Apollo.Mutation<DeclareReadMotiveMutation, DeclareReadMotiveMutationVariables> {
    override document = DeclareReadMotiveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveCasePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RemoveCasePersonGQL extends Apollo.Mutation<RemoveCasePersonMutation, RemoveCasePersonMutationVariables> {
    override document = RemoveCasePersonDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const LinkCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otherCaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"otherCaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otherCaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class LinkCasesGQL extends Apollo.Mutation<LinkCasesMutation, LinkCasesMutationVariables> {
    override document = LinkCasesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UnlinkCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otherCaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"otherCaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otherCaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UnlinkCasesGQL extends Apollo.Mutation<UnlinkCasesMutation, UnlinkCasesMutationVariables> {
    override document = UnlinkCasesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ShareCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ShareCaseGQL extends Apollo.Mutation<ShareCaseMutation, ShareCaseMutationVariables> {
    override document = ShareCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UnshareCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnshareCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shareId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shareId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shareId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UnshareCaseGQL extends Apollo.Mutation<UnshareCaseMutation, UnshareCaseMutationVariables> {
    override document = UnshareCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ChangeCaseSensitivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseSensitivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sensitivity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Sensitivity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseSensitivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"sensitivity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sensitivity"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ChangeCaseSensitivityGQL extends Apollo.Mutation<ChangeCaseSensitivityMutation, ChangeCaseSensitivityMutationVariables> {
    override document = ChangeCaseSensitivityDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OrganizationNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class OrganizationNamesGQL extends Apollo.Query<OrganizationNamesQuery, OrganizationNamesQueryVariables> {
    override document = OrganizationNamesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ZoneNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZoneNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ZoneNamesGQL extends Apollo.Query<ZoneNamesQuery, ZoneNamesQueryVariables> {
    override document = ZoneNamesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UserNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UserNamesGQL extends Apollo.Query<UserNamesQuery, UserNamesQueryVariables> {
    override document = UserNamesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ContractsGQL extends Apollo.Query<ContractsQuery, ContractsQueryVariables> {
    override document = ContractsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ContractGQL extends Apollo.Query<ContractQuery, ContractQueryVariables> {
    override document = ContractDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ContractFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epcis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ContractFormOptionsGQL extends Apollo.Query<ContractFormOptionsQuery, ContractFormOptionsQueryVariables> {
    override document = ContractFormOptionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CommitmentLinkCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentLinkCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentLinkCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CommitmentLinkCandidatesGQL extends Apollo.Query<CommitmentLinkCandidatesQuery, CommitmentLinkCandidatesQueryVariables> {
    override document = CommitmentLinkCandidatesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CreateContractGQL extends Apollo.Mutation<CreateContractMutation, CreateContractMutationVariables> {
    override document = CreateContractDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedUpdatedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedUpdatedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateContractGQL extends Apollo.Mutation<UpdateContractMutation, UpdateContractMutationVariables> {
    override document = UpdateContractDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AdvanceContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AdvanceContractGQL extends Apollo.Mutation<AdvanceContractMutation, AdvanceContractMutationVariables> {
    override document = AdvanceContractDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AddCommitmentGQL extends Apollo.Mutation<AddCommitmentMutation, AddCommitmentMutationVariables> {
    override document = AddCommitmentDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedUpdatedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedUpdatedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateCommitmentGQL extends Apollo.Mutation<UpdateCommitmentMutation, UpdateCommitmentMutationVariables> {
    override document = UpdateCommitmentDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RemoveCommitmentGQL extends Apollo.Mutation<RemoveCommitmentMutation, RemoveCommitmentMutationVariables> {
    override document = RemoveCommitmentDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetCommitmentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCommitmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"todo"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"notKept"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"mayExport"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}},{"kind":"Field","name":{"kind":"Name","value":"documentText"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SetCommitmentStatusGQL extends Apollo.Mutation<SetCommitmentStatusMutation, SetCommitmentStatusMutationVariables> {
    override document = SetCommitmentStatusDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const BodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"chairOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class BodiesGQL extends Apollo.Query<BodiesQuery, BodiesQueryVariables> {
    override document = BodiesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const BodyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BodySummary"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkingGroupDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BodySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"chairOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"visioUrl"}},{"kind":"Field","name":{"kind":"Name","value":"canPrepare"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charterVersion"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charterCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"charterSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"charterSignedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class BodyDetailGQL extends Apollo.Query<BodyDetailQuery, BodyDetailQueryVariables> {
    override document = BodyDetailDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const BodyCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bodyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListItem"}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class BodyCasesGQL extends Apollo.Query<BodyCasesQuery, BodyCasesQueryVariables> {
    override document = BodyCasesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpcomingMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"visioUrl"}},{"kind":"Field","name":{"kind":"Name","value":"canPrepare"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpcomingMeetingsGQL extends Apollo.Query<UpcomingMeetingsQuery, UpcomingMeetingsQueryVariables> {
    override document = UpcomingMeetingsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MeetingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"visioUrl"}},{"kind":"Field","name":{"kind":"Name","value":"canPrepare"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"carryOver"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseActionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"recordingRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"convenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chairOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"representedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerRepresentedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MeetingDetailGQL extends Apollo.Query<MeetingDetailQuery, MeetingDetailQueryVariables> {
    override document = MeetingDetailDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MeetingPilotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPilots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pilotOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MeetingPilotsGQL extends Apollo.Query<MeetingPilotsQuery, MeetingPilotsQueryVariables> {
    override document = MeetingPilotsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnswerInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AnswerInvitationGQL extends Apollo.Mutation<AnswerInvitationMutation, AnswerInvitationMutationVariables> {
    override document = AnswerInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MeetingPreparationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPreparation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perSection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perSection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perSection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MeetingPreparationGQL extends Apollo.Query<MeetingPreparationQuery, MeetingPreparationQueryVariables> {
    override document = MeetingPreparationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CreateMeetingGQL extends Apollo.Mutation<CreateMeetingMutation, CreateMeetingMutationVariables> {
    override document = CreateMeetingDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateMeetingGQL extends Apollo.Mutation<UpdateMeetingMutation, UpdateMeetingMutationVariables> {
    override document = UpdateMeetingDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AcceptAgendaProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAgendaProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAgendaProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AcceptAgendaProposalsGQL extends Apollo.Mutation<AcceptAgendaProposalsMutation, AcceptAgendaProposalsMutationVariables> {
    override document = AcceptAgendaProposalsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddFreeAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFreeAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFreeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AddFreeAgendaItemGQL extends Apollo.Mutation<AddFreeAgendaItemMutation, AddFreeAgendaItemMutationVariables> {
    override document = AddFreeAgendaItemDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RemoveAgendaItemGQL extends Apollo.Mutation<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables> {
    override document = RemoveAgendaItemDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ReorderAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ReorderAgendaGQL extends Apollo.Mutation<ReorderAgendaMutation, ReorderAgendaMutationVariables> {
    override document = ReorderAgendaDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItemUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateAgendaItemGQL extends Apollo.Mutation<UpdateAgendaItemMutation, UpdateAgendaItemMutationVariables> {
    override document = UpdateAgendaItemDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AddDecisionGQL extends Apollo.Mutation<AddDecisionMutation, AddDecisionMutationVariables> {
    override document = AddDecisionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ConveneMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConveneMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conveneMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ConveneMeetingGQL extends Apollo.Mutation<ConveneMeetingMutation, ConveneMeetingMutationVariables> {
    override document = ConveneMeetingDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RecordAttendanceGQL extends Apollo.Mutation<RecordAttendanceMutation, RecordAttendanceMutationVariables> {
    override document = RecordAttendanceDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MarkMeetingHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMeetingHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMeetingHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MarkMeetingHeldGQL extends Apollo.Mutation<MarkMeetingHeldMutation, MarkMeetingHeldMutationVariables> {
    override document = MarkMeetingHeldDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetMinutesSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMinutesSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMinutesSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SetMinutesSummaryGQL extends Apollo.Mutation<SetMinutesSummaryMutation, SetMinutesSummaryMutationVariables> {
    override document = SetMinutesSummaryDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ApproveMinutesGQL extends Apollo.Mutation<ApproveMinutesMutation, ApproveMinutesMutationVariables> {
    override document = ApproveMinutesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RetryConvocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryConvocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryConvocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mailId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RetryConvocationGQL extends Apollo.Mutation<RetryConvocationMutation, RetryConvocationMutationVariables> {
    override document = RetryConvocationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignCharterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignCharter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signCharter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workingGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workingGroupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SignCharterGQL extends Apollo.Mutation<SignCharterMutation, SignCharterMutationVariables> {
    override document = SignCharterDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EscalateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class EscalateCaseGQL extends Apollo.Mutation<EscalateCaseMutation, EscalateCaseMutationVariables> {
    override document = EscalateCaseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const FailedDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailedDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class FailedDeliveriesGQL extends Apollo.Query<FailedDeliveriesQuery, FailedDeliveriesQueryVariables> {
    override document = FailedDeliveriesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const StuckDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StuckDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderThanMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stuckDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"olderThanMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderThanMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailedDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class StuckDeliveriesGQL extends Apollo.Query<StuckDeliveriesQuery, StuckDeliveriesQueryVariables> {
    override document = StuckDeliveriesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ReplayDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailedDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ReplayDeliveryGQL extends Apollo.Mutation<ReplayDeliveryMutation, ReplayDeliveryMutationVariables> {
    override document = ReplayDeliveryDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DiagnosticAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnostic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"minCell"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCellFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourWeekday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCellFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"dwellings"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePerThousand"}},{"kind":"Field","name":{"kind":"Name","value":"burglaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCellFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"burglaryRatePerThousandDwellings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"changePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"areaRate"}},{"kind":"Field","name":{"kind":"Name","value":"departementRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"national"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"countingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRate"}},{"kind":"Field","name":{"kind":"Name","value":"departementRate"}},{"kind":"Field","name":{"kind":"Name","value":"departementSource"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCommunes"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DiagnosticAnalysisGQL extends Apollo.Query<DiagnosticAnalysisQuery, DiagnosticAnalysisQueryVariables> {
    override document = DiagnosticAnalysisDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DiagnosticHotspotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticHotspots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticHotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"h3"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predictionAccuracy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hitRate"}},{"kind":"Field","name":{"kind":"Name","value":"areaShare"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotCells"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DiagnosticHotspotsGQL extends Apollo.Query<DiagnosticHotspotsQuery, DiagnosticHotspotsQueryVariables> {
    override document = DiagnosticHotspotsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PriorityZoneProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriorityZoneProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityZoneProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"}},{"kind":"Field","name":{"kind":"Name","value":"previousIncidents"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"communes"}},{"kind":"Field","name":{"kind":"Name","value":"overlappingZones"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"h3"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"previousCount"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"previousZ"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PriorityZoneProposalsGQL extends Apollo.Query<PriorityZoneProposalsQuery, PriorityZoneProposalsQueryVariables> {
    override document = PriorityZoneProposalsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ConfirmPriorityZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPriorityZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPriorityZoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPriorityZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ConfirmPriorityZoneGQL extends Apollo.Mutation<ConfirmPriorityZoneMutation, ConfirmPriorityZoneMutationVariables> {
    override document = ConfirmPriorityZoneDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DiagnosticImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticImportSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"fictional"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DiagnosticImportsGQL extends Apollo.Query<DiagnosticImportsQuery, DiagnosticImportsQueryVariables> {
    override document = DiagnosticImportsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DiagnosticImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticImportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"formatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"geographyYear"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"countingUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByLabel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"fictional"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DiagnosticImportGQL extends Apollo.Query<DiagnosticImportQuery, DiagnosticImportQueryVariables> {
    override document = DiagnosticImportDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DiagnosticImportRejectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticImportRejections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAfter"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DiagnosticImportRejectionsGQL extends Apollo.Query<DiagnosticImportRejectionsQuery, DiagnosticImportRejectionsQueryVariables> {
    override document = DiagnosticImportRejectionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const StartIncidentImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartIncidentImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startIncidentImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticImportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"fictional"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class StartIncidentImportGQL extends Apollo.Mutation<StartIncidentImportMutation, StartIncidentImportMutationVariables> {
    override document = StartIncidentImportDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DecideDiagnosticImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideDiagnosticImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDecision"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDiagnosticImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticImportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"fictional"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DecideDiagnosticImportGQL extends Apollo.Mutation<DecideDiagnosticImportMutation, DecideDiagnosticImportMutationVariables> {
    override document = DecideDiagnosticImportDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Person"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publicAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DirectoryGQL extends Apollo.Query<DirectoryQuery, DirectoryQueryVariables> {
    override document = DirectoryDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CommuneNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CommuneNamesGQL extends Apollo.Query<CommuneNamesQuery, CommuneNamesQueryVariables> {
    override document = CommuneNamesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DpoJournalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DpoJournal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DpoJournalGQL extends Apollo.Query<DpoJournalQuery, DpoJournalQueryVariables> {
    override document = DpoJournalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SubjectAccessSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccessSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"terms"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectAccessTerms"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"terms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"terms"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SubjectAccessSearchGQL extends Apollo.Query<SubjectAccessSearchQuery, SubjectAccessSearchQueryVariables> {
    override document = SubjectAccessSearchDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DpoOrganizationPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DpoOrganizationPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DpoOrganizationPeopleGQL extends Apollo.Query<DpoOrganizationPeopleQuery, DpoOrganizationPeopleQueryVariables> {
    override document = DpoOrganizationPeopleDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PersonalDataNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controller"}},{"kind":"Field","name":{"kind":"Name","value":"dpoContact"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"afterRetention"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PersonalDataNoticeGQL extends Apollo.Query<PersonalDataNoticeQuery, PersonalDataNoticeQueryVariables> {
    override document = PersonalDataNoticeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Operations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OperationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Operation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class OperationsGQL extends Apollo.Query<OperationsQuery, OperationsQueryVariables> {
    override document = OperationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Operation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveLineageIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interpellations"}},{"kind":"Field","name":{"kind":"Name","value":"verbalisations"}},{"kind":"Field","name":{"kind":"Name","value":"fermeturesAdministratives"}},{"kind":"Field","name":{"kind":"Name","value":"montantsRecouvres"}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reported"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Operation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"canReport"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpellations"}},{"kind":"Field","name":{"kind":"Name","value":"verbalisations"}},{"kind":"Field","name":{"kind":"Name","value":"fermeturesAdministratives"}},{"kind":"Field","name":{"kind":"Name","value":"montantsRecouvres"}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class OperationGQL extends Apollo.Query<OperationQuery, OperationQueryVariables> {
    override document = OperationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OperationFormChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationFormChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class OperationFormChoicesGQL extends Apollo.Query<OperationFormChoicesQuery, OperationFormChoicesQueryVariables> {
    override document = OperationFormChoicesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CreateOperationGQL extends Apollo.Mutation<CreateOperationMutation, CreateOperationMutationVariables> {
    override document = CreateOperationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateOperationGQL extends Apollo.Mutation<UpdateOperationMutation, UpdateOperationMutationVariables> {
    override document = UpdateOperationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MarkOperationDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkOperationDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOperationDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MarkOperationDoneGQL extends Apollo.Mutation<MarkOperationDoneMutation, MarkOperationDoneMutationVariables> {
    override document = MarkOperationDoneDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CancelOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CancelOperationGQL extends Apollo.Mutation<CancelOperationMutation, CancelOperationMutationVariables> {
    override document = CancelOperationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EnterOperationOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterOperationOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OperationOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterOperationOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpellations"}},{"kind":"Field","name":{"kind":"Name","value":"verbalisations"}},{"kind":"Field","name":{"kind":"Name","value":"fermeturesAdministratives"}},{"kind":"Field","name":{"kind":"Name","value":"montantsRecouvres"}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class EnterOperationOutcomeGQL extends Apollo.Mutation<EnterOperationOutcomeMutation, EnterOperationOutcomeMutationVariables> {
    override document = EnterOperationOutcomeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PresenceRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresenceRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presenceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"zoneName"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PresenceRecordsGQL extends Apollo.Query<PresenceRecordsQuery, PresenceRecordsQueryVariables> {
    override document = PresenceRecordsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PresenceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresenceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presenceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"organizationType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PresenceSummaryGQL extends Apollo.Query<PresenceSummaryQuery, PresenceSummaryQueryVariables> {
    override document = PresenceSummaryDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RecordPresenceGQL extends Apollo.Mutation<RecordPresenceMutation, RecordPresenceMutationVariables> {
    override document = RecordPresenceDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UploadPresenceFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadPresenceFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadPresenceFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PresenceImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PresenceImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"validCount"}},{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UploadPresenceFileGQL extends Apollo.Mutation<UploadPresenceFileMutation, UploadPresenceFileMutationVariables> {
    override document = UploadPresenceFileDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DecidePresenceImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePresenceImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceImportDecision"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidePresenceImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PresenceImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PresenceImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"validCount"}},{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class DecidePresenceImportGQL extends Apollo.Mutation<DecidePresenceImportMutation, DecidePresenceImportMutationVariables> {
    override document = DecidePresenceImportDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PlanYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PlanYearsGQL extends Apollo.Query<PlanYearsQuery, PlanYearsQueryVariables> {
    override document = PlanYearsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PlanVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PlanVersionsGQL extends Apollo.Query<PlanVersionsQuery, PlanVersionsQueryVariables> {
    override document = PlanVersionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PlanVersionGQL extends Apollo.Query<PlanVersionQuery, PlanVersionQueryVariables> {
    override document = PlanVersionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PlanDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"departementCode"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanObjectiveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanObjectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanObjective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"lineageId"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sectionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSource"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorScope"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"communeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"zoneId"}},{"kind":"Field","name":{"kind":"Name","value":"operationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"manualSource"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"pilotOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"pilotLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"currentOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"progressLabel"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"scopeNote"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PlanDetailGQL extends Apollo.Query<PlanDetailQuery, PlanDetailQueryVariables> {
    override document = PlanDetailDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PlanDifferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDifferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDifferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"from"},"name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"to"},"name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PlanDifferencesGQL extends Apollo.Query<PlanDifferencesQuery, PlanDifferencesQueryVariables> {
    override document = PlanDifferencesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CreatePlanGQL extends Apollo.Mutation<CreatePlanMutation, CreatePlanMutationVariables> {
    override document = CreatePlanDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdatePlanTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTextsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedUpdatedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedUpdatedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdatePlanTextsGQL extends Apollo.Mutation<UpdatePlanTextsMutation, UpdatePlanTextsMutationVariables> {
    override document = UpdatePlanTextsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SubmitPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SubmitPlanGQL extends Apollo.Mutation<SubmitPlanMutation, SubmitPlanMutationVariables> {
    override document = SubmitPlanDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const WithdrawPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class WithdrawPlanGQL extends Apollo.Mutation<WithdrawPlanMutation, WithdrawPlanMutationVariables> {
    override document = WithdrawPlanDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AdoptPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AdoptPlanGQL extends Apollo.Mutation<AdoptPlanMutation, AdoptPlanMutationVariables> {
    override document = AdoptPlanDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RevisePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RevisePlanGQL extends Apollo.Mutation<RevisePlanMutation, RevisePlanMutationVariables> {
    override document = RevisePlanDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AddObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AddObjectiveGQL extends Apollo.Mutation<AddObjectiveMutation, AddObjectiveMutationVariables> {
    override document = AddObjectiveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectiveInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedUpdatedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedUpdatedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedUpdatedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateObjectiveGQL extends Apollo.Mutation<UpdateObjectiveMutation, UpdateObjectiveMutationVariables> {
    override document = UpdateObjectiveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RemoveObjectiveGQL extends Apollo.Mutation<RemoveObjectiveMutation, RemoveObjectiveMutationVariables> {
    override document = RemoveObjectiveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RecordMeasurementGQL extends Apollo.Mutation<RecordMeasurementMutation, RecordMeasurementMutationVariables> {
    override document = RecordMeasurementDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemoveMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measuredOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"measuredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measuredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RemoveMeasurementGQL extends Apollo.Mutation<RemoveMeasurementMutation, RemoveMeasurementMutationVariables> {
    override document = RemoveMeasurementDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ProposalFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"minimumSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposalCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ProposalFormGQL extends Apollo.Query<ProposalFormQuery, ProposalFormQueryVariables> {
    override document = ProposalFormDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SubmitProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SubmitProposalGQL extends Apollo.Mutation<SubmitProposalMutation, SubmitProposalMutationVariables> {
    override document = SubmitProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SubmitMairieProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMairieProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MairieProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMairieProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SubmitMairieProposalGQL extends Apollo.Mutation<SubmitMairieProposalMutation, SubmitMairieProposalMutationVariables> {
    override document = SubmitMairieProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ProposalByLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalByLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalByLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ProposalByLinkGQL extends Apollo.Query<ProposalByLinkQuery, ProposalByLinkQueryVariables> {
    override document = ProposalByLinkDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Proposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ProposalsGQL extends Apollo.Query<ProposalsQuery, ProposalsQueryVariables> {
    override document = ProposalsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Proposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalSummary"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"triagedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ProposalGQL extends Apollo.Query<ProposalQuery, ProposalQueryVariables> {
    override document = ProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ModerateProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"release"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"masks"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"release"},"value":{"kind":"Variable","name":{"kind":"Name","value":"release"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"masks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"masks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalSummary"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"triagedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ModerateProposalGQL extends Apollo.Mutation<ModerateProposalMutation, ModerateProposalMutationVariables> {
    override document = ModerateProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnswerProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalSummary"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"triagedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AnswerProposalGQL extends Apollo.Mutation<AnswerProposalMutation, AnswerProposalMutationVariables> {
    override document = AnswerProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MergeProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalSummary"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"triagedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MergeProposalGQL extends Apollo.Mutation<MergeProposalMutation, MergeProposalMutationVariables> {
    override document = MergeProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OpenCaseFromProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCaseFromProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCaseFromProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"hasPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayModerate"}},{"kind":"Field","name":{"kind":"Name","value":"mayTriage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalSummary"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"triagedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class OpenCaseFromProposalGQL extends Apollo.Mutation<OpenCaseFromProposalMutation, OpenCaseFromProposalMutationVariables> {
    override document = OpenCaseFromProposalDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyResultsTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyResultsTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wholeDepartement"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competenceCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MyResultsTerritoryGQL extends Apollo.Query<MyResultsTerritoryQuery, MyResultsTerritoryQueryVariables> {
    override document = MyResultsTerritoryDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CommuneResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communeResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"departementRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleFacts"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"minCell"}},{"kind":"Field","name":{"kind":"Name","value":"presenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"presencePerThousand"}},{"kind":"Field","name":{"kind":"Name","value":"departementPresencePerThousand"}},{"kind":"Field","name":{"kind":"Name","value":"operationsDone"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorScope"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"currentOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"progressLabel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeNote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicPageEnabled"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CommuneResultsGQL extends Apollo.Query<CommuneResultsQuery, CommuneResultsQueryVariables> {
    override document = CommuneResultsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PublicResultPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicResultPages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicResultPages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"enabledByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class PublicResultPagesGQL extends Apollo.Query<PublicResultPagesQuery, PublicResultPagesQueryVariables> {
    override document = PublicResultPagesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetPublicResultPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPublicResultPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPublicResultPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}]}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SetPublicResultPageGQL extends Apollo.Mutation<SetPublicResultPageMutation, SetPublicResultPageMutationVariables> {
    override document = SetPublicResultPageDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AppInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoMode"}},{"kind":"Field","name":{"kind":"Name","value":"tileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tileAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"proConnect"}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AppInfoGQL extends Apollo.Query<AppInfoQuery, AppInfoQueryVariables> {
    override document = AppInfoDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"proConnect"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class MeGQL extends Apollo.Query<MeQuery, MeQueryVariables> {
    override document = MeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"proConnect"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class LoginGQL extends Apollo.Mutation<LoginMutation, LoginMutationVariables> {
    override document = LoginDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class LogoutGQL extends Apollo.Mutation<LogoutMutation, LogoutMutationVariables> {
    override document = LogoutDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VerifySecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"proConnect"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class VerifySecondFactorGQL extends Apollo.Mutation<VerifySecondFactorMutation, VerifySecondFactorMutationVariables> {
    override document = VerifySecondFactorDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SurveyWavesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyWaves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyWaves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyWaveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyWaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDates"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayors"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"maySend"}},{"kind":"Field","name":{"kind":"Name","value":"mayRemind"}},{"kind":"Field","name":{"kind":"Name","value":"mayClose"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SurveyWavesGQL extends Apollo.Query<SurveyWavesQuery, SurveyWavesQueryVariables> {
    override document = SurveyWavesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SurveyWaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyWave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyWave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyWaveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyWaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDates"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayors"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"maySend"}},{"kind":"Field","name":{"kind":"Name","value":"mayRemind"}},{"kind":"Field","name":{"kind":"Name","value":"mayClose"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SurveyWaveGQL extends Apollo.Query<SurveyWaveQuery, SurveyWaveQueryVariables> {
    override document = SurveyWaveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waveId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minCell"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyScaleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganizationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyScaleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyScaleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyScaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyScaleSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SurveyResultsGQL extends Apollo.Query<SurveyResultsQuery, SurveyResultsQueryVariables> {
    override document = SurveyResultsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SurveyTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCell"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waveId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyScaleFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyScaleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyScaleSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SurveyTrendGQL extends Apollo.Query<SurveyTrendQuery, SurveyTrendQueryVariables> {
    override document = SurveyTrendDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateSurveyWaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurveyWave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurveyWave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyWaveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyWaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDates"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayors"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"maySend"}},{"kind":"Field","name":{"kind":"Name","value":"mayRemind"}},{"kind":"Field","name":{"kind":"Name","value":"mayClose"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CreateSurveyWaveGQL extends Apollo.Mutation<CreateSurveyWaveMutation, CreateSurveyWaveMutationVariables> {
    override document = CreateSurveyWaveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateSurveyWaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSurveyWave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSurveyWave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyWaveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyWaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDates"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayors"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"maySend"}},{"kind":"Field","name":{"kind":"Name","value":"mayRemind"}},{"kind":"Field","name":{"kind":"Name","value":"mayClose"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateSurveyWaveGQL extends Apollo.Mutation<UpdateSurveyWaveMutation, UpdateSurveyWaveMutationVariables> {
    override document = UpdateSurveyWaveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SendSurveyWaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSurveyWave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSurveyWave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyWaveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyWaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDates"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayors"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"maySend"}},{"kind":"Field","name":{"kind":"Name","value":"mayRemind"}},{"kind":"Field","name":{"kind":"Name","value":"mayClose"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SendSurveyWaveGQL extends Apollo.Mutation<SendSurveyWaveMutation, SendSurveyWaveMutationVariables> {
    override document = SendSurveyWaveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RemindSurveyWaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindSurveyWave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindSurveyWave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyWaveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyWaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDates"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayors"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"maySend"}},{"kind":"Field","name":{"kind":"Name","value":"mayRemind"}},{"kind":"Field","name":{"kind":"Name","value":"mayClose"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class RemindSurveyWaveGQL extends Apollo.Mutation<RemindSurveyWaveMutation, RemindSurveyWaveMutationVariables> {
    override document = RemindSurveyWaveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CloseSurveyWaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurveyWave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurveyWave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyWaveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyWaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDates"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayors"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"organizationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"byLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"maySend"}},{"kind":"Field","name":{"kind":"Name","value":"mayRemind"}},{"kind":"Field","name":{"kind":"Name","value":"mayClose"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CloseSurveyWaveGQL extends Apollo.Mutation<CloseSurveyWaveMutation, CloseSurveyWaveMutationVariables> {
    override document = CloseSurveyWaveDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SurveyByLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyByLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyByLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"scaleLabels"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SurveyByLinkGQL extends Apollo.Query<SurveyByLinkQuery, SurveyByLinkQueryVariables> {
    override document = SurveyByLinkDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AnswerSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AnswerSurveyGQL extends Apollo.Mutation<AnswerSurveyMutation, AnswerSurveyMutationVariables> {
    override document = AnswerSurveyDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SurveyOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SurveyOrganizationsGQL extends Apollo.Query<SurveyOrganizationsQuery, SurveyOrganizationsQueryVariables> {
    override document = SurveyOrganizationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommuneFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"postcodes"}},{"kind":"Field","name":{"kind":"Name","value":"epci"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class CommunesGQL extends Apollo.Query<CommunesQuery, CommunesQueryVariables> {
    override document = CommunesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EpcisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Epcis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epcis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"communeCount"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class EpcisGQL extends Apollo.Query<EpcisQuery, EpcisQueryVariables> {
    override document = EpcisDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ZonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Zones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class ZonesGQL extends Apollo.Query<ZonesQuery, ZonesQueryVariables> {
    override document = ZonesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VideoProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoProjectSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class VideoProjectsGQL extends Apollo.Query<VideoProjectsQuery, VideoProjectsQueryVariables> {
    override document = VideoProjectsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VideoProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoSiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoSite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"priorityZones"}},{"kind":"Field","name":{"kind":"Name","value":"inHotspot"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"zoneId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoProjectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRequestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGranted"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGrantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotYear"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepLabel"}},{"kind":"Field","name":{"kind":"Name","value":"canAbandon"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoSiteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class VideoProjectGQL extends Apollo.Query<VideoProjectQuery, VideoProjectQueryVariables> {
    override document = VideoProjectDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VideoProjectHotspotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoProjectHotspots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoProjectHotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class VideoProjectHotspotsGQL extends Apollo.Query<VideoProjectHotspotsQuery, VideoProjectHotspotsQueryVariables> {
    override document = VideoProjectHotspotsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SubmitVideoProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitVideoProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitVideoProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitVideoProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoSiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoSite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"priorityZones"}},{"kind":"Field","name":{"kind":"Name","value":"inHotspot"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"zoneId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoProjectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRequestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGranted"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGrantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotYear"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepLabel"}},{"kind":"Field","name":{"kind":"Name","value":"canAbandon"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoSiteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class SubmitVideoProjectGQL extends Apollo.Mutation<SubmitVideoProjectMutation, SubmitVideoProjectMutationVariables> {
    override document = SubmitVideoProjectDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AdvanceVideoProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceVideoProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceVideoProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceVideoProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoProjectDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoSiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoSite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"priorityZones"}},{"kind":"Field","name":{"kind":"Name","value":"inHotspot"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"zoneId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"}},{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoProjectDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoProjectSummary"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"fundingRequestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGranted"}},{"kind":"Field","name":{"kind":"Name","value":"fundingGrantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotYear"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepLabel"}},{"kind":"Field","name":{"kind":"Name","value":"canAbandon"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoSiteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class AdvanceVideoProjectGQL extends Apollo.Mutation<AdvanceVideoProjectMutation, AdvanceVideoProjectMutationVariables> {
    override document = AdvanceVideoProjectDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VideoProjectCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoProjectCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoProjectCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode;

  @Injectable({
    providedIn: 'root'
  })
  export class VideoProjectCommunesGQL extends Apollo.Query<VideoProjectCommunesQuery, VideoProjectCommunesQueryVariables> {
    override document = VideoProjectCommunesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }