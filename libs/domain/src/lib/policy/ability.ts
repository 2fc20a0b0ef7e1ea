import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import { packRules, PackRule, unpackRules } from '@casl/ability/extra';
import { Sensitivity } from '../cases/sensitivity';
import { OrganizationType } from '../organization-type';
import { Role } from '../role';
import { Actor, hasRole } from './actor';
import { CaseSubject } from './case-subject';
import { BodySubject, MeetingSubject } from './meeting-subject';
import { OperationSubject, PlanSubject } from './plan-subject';
import { ProposalSubject } from './proposal-subject';
import { SurveyWaveSubject } from './survey-subject';
import { SurveyWaveStatus } from '../dialogue/survey';
import { MAIRIE_ORGANIZATION_TYPES, RELEASED_PROPOSAL_STATUSES, ProposalStatus } from '../dialogue/proposal';
import { CommitmentSubject, ContractSubject } from './contract-subject';
import {
  ABANDONABLE_VIDEO_STATUSES,
  type VideoProjectAction,
  type VideoProjectSubject,
  VideoProjectStatus,
} from '../videoprotection/video-project';

export type Action =
  | 'manage'
  | 'read'
  | 'create'
  | 'update'
  | 'disable'
  | 'export'
  | 'transition'
  | 'assign'
  | 'share'
  | 'changeSensitivity'
  | 'comment'
  | 'prepare'
  | 'approve'
  | 'import'
  | 'report'
  | 'moderate'
  | 'triage'
  | 'send'
  | 'remind'
  | 'close'
  | 'answer'
  | VideoProjectAction;
export type SubjectName =
  | 'all'
  | 'Organization'
  | 'User'
  | 'Commune'
  | 'Zone'
  | 'AuditEntry'
  | 'Case'
  | 'CasePersons'
  | 'Body'
  | 'Meeting'
  | 'Incident'
  | 'IncidentAggregate'
  | 'Plan'
  | 'Operation'
  | 'Presence'
  | 'ResultAggregate'
  | 'Proposal'
  | 'ProposalContact'
  | 'SurveyWave'
  | 'SurveyResult'
  | 'SurveyFreeText'
  | 'Contract'
  | 'Commitment'
  | 'VideoProject'
  | 'VideoHotspots'
  | 'SafetyReferent'
  | 'SubjectAccess';

/** The shape a subject takes when the policy is asked about one row. */
export interface SubjectRow {
  __typename?: SubjectName;
  id?: string;
  organizationId?: string;
}

type CaseRow = Omit<CaseSubject, '__typename'> & { __typename: 'Case' | 'CasePersons' };

export type AppAbility = MongoAbility<
  [
    Action,
    (
      | SubjectName
      | SubjectRow
      | CaseRow
      | BodySubject
      | MeetingSubject
      | PlanSubject
      | OperationSubject
      | ProposalSubject
      | SurveyWaveSubject
      | ContractSubject
      | CommitmentSubject
      | VideoProjectSubject
    ),
  ]
>;

/**
 * The one definition of who may do what (SHARING.md). The server compiles the same rules to SQL
 * for reads, and sends them packed to the client, which only uses them to show or hide actions.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);

  // The directory and the territory are shared by everyone on the platform.
  can('read', ['Organization', 'User', 'Commune', 'Zone']);
  defineCaseRules(actor, can);
  defineCoordinationRules(actor, can);
  defineDiagnosticRules(actor, can);
  definePlanRules(actor, can);
  defineDialogueRules(actor, can);
  defineSurveyRules(actor, can);
  defineContractRules(actor, can);
  defineVideoProjectRules(actor, can);

  if (hasRole(actor, Role.MANAGER)) {
    can(['create', 'update', 'disable'], 'User', { organizationId: actor.organizationId });
    can('update', 'Organization', { id: actor.organizationId });
  }
  if (hasRole(actor, Role.COORDINATOR)) {
    can(['create', 'update'], 'Zone');
    can('read', 'AuditEntry');
  }
  if (hasRole(actor, Role.ADMIN)) {
    // Technical administration: accounts and organisations; never case content (later subjects).
    can(['create', 'update', 'disable'], ['User', 'Organization']);
    can(['create', 'update'], 'Zone');
    can('read', 'AuditEntry');
  }
  if (hasRole(actor, Role.DPO)) {
    // The data-protection officer reads the whole journal and exports it, and answers subject-access
    // requests — the one path by which they read what cases hold on a person, each search journaled.
    // No case, meeting or other content otherwise: `worksCases` leaves the DPO out (SHARING.md, Roles).
    can(['read', 'export'], 'AuditEntry');
    can('answer', 'SubjectAccess');
  }

  return build({ detectSubjectType });
}

/**
 * SHARING.md for cases. Every read condition is compiled to SQL by the server: only the fields
 * of `CaseSubject` may appear in them.
 */
function defineCaseRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  // The technical administration reads no case at all, not even CLEAR or GREEN, whatever its
  // organisation: an administrator's account is not an agent's account (SHARING.md, Roles).
  if (!worksCases(actor)) return;
  const org = actor.organizationId;
  can('read', 'Case', { sensitivity: { $in: [Sensitivity.CLEAR, Sensitivity.GREEN] } });
  can('read', 'Case', { sensitivity: Sensitivity.AMBER, involvedOrganizationIds: org });
  can('read', 'Case', { sensitivity: Sensitivity.RED, readerUserIds: actor.userId });
  if (actor.publicAuthority) {
    can('read', 'Case', { sensitivity: Sensitivity.AMBER_STRICT, involvedOrganizationIds: org });
    // Nominative data: public authorities that are involved, never by mere GREEN visibility.
    can('read', 'CasePersons', { sensitivity: { $ne: Sensitivity.RED }, personsOrganizationIds: org });
    can('read', 'CasePersons', { sensitivity: Sensitivity.RED, readerUserIds: actor.userId });
  }
  if (hasRole(actor, Role.COORDINATOR)) {
    // The prefect's cabinet reads the whole département up to AMBER+STRICT; RED only where named.
    can('read', 'Case', { sensitivity: { $in: [Sensitivity.AMBER, Sensitivity.AMBER_STRICT] } });
    can(['share', 'changeSensitivity', 'export'], 'Case');
  }

  can('create', 'Case');
  can('export', 'Case');
  // The owner organisation edits, moves through the SARA cycle, refers, shares and re-grades.
  can(['update', 'transition', 'assign', 'share', 'changeSensitivity'], 'Case', { ownerOrganizationId: org });
  // Whoever works the case may comment: the owner, the organisations involved, the named readers.
  can('comment', 'Case', { involvedOrganizationIds: org });
  can('comment', 'Case', { sensitivity: Sensitivity.RED, readerUserIds: actor.userId });
}

/**
 * Coordination bodies and their meetings. Bodies are part of the directory; a meeting is read by
 * the body's member organisations, the people convened, its secretary and the prefect's cabinet.
 * A restricted working group's meeting (L132-5: nothing passed to third parties) is read like a RED
 * case, by name only: the group's members who signed its current charter, the people convened and
 * the secretary who prepares it — not the body's other organisations, not the cabinet as such.
 * What its agenda shows of each case is decided by the case rules, item by item.
 */
function defineCoordinationRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  can('read', 'Body');
  if (hasRole(actor, Role.ADMIN)) can(['create', 'update'], 'Body');
  // A meeting's agenda and minutes are case content: not for the technical administration.
  if (!worksCases(actor)) return;
  can('read', 'Meeting', { restricted: false, bodyOrganizationIds: actor.organizationId });
  can('read', 'Meeting', { groupMemberUserIds: actor.userId });
  can('read', 'Meeting', { inviteeUserIds: actor.userId });
  can('read', 'Meeting', { secretaryUserId: actor.userId });
  // The secretary prepares, convenes and drafts the minutes; the chair approves them — someone of
  // the chair organisation other than the secretary who drafted them. A restricted working group's
  // minutes are approved inside the group: a member who signed its current charter, other than the
  // secretary (SHARING.md « Decisions »; the chair organisation may have nobody in the group).
  can('prepare', 'Meeting', { secretaryUserId: actor.userId });
  can('approve', 'Meeting', {
    restricted: false,
    chairOrganizationId: actor.organizationId,
    secretaryUserId: { $ne: actor.userId },
  });
  can('approve', 'Meeting', {
    restricted: true,
    groupMemberUserIds: actor.userId,
    secretaryUserId: { $ne: actor.userId },
  });
  // The secretary keeps the body's named members and its working groups.
  can('update', 'Body', { secretaryUserId: actor.userId });
  if (hasRole(actor, Role.COORDINATOR)) {
    can('read', 'Meeting', { restricted: false });
    can(['create', 'update'], 'Body');
  }
}

/**
 * The forces' recorded incidents (the diagnostic's raw material, never nominative) and the imports
 * that bring them: the prefect's cabinet imports and reads them; nobody else reads any of them —
 * not a mayor, not a partner, not the technical administration. What others will read of the
 * diagnostic are aggregates, with rules of their own.
 */
function defineDiagnosticRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  if (hasRole(actor, Role.COORDINATOR)) {
    can(['read', 'import'], 'Incident');
    // The cabinet reads the diagnostic's figures everywhere, unmasked.
    can('read', 'IncidentAggregate');
  } else if (hasRole(actor, Role.AGENT) || hasRole(actor, Role.MANAGER)) {
    // Mayors and partners: the figures of their organisation's competence territory only (the
    // server masks the small cells for them); the technical administration reads none of it.
    can('read', 'IncidentAggregate', { competenceOrganizationIds: actor.organizationId });
  }
}

/**
 * The PADRSQ and its results (issue #15). The cabinet writes, submits and adopts the plan; an
 * adopted version is read by everyone who works in the département (its drafts by the cabinet only).
 * A coordinated operation is sensitive before it happens: its participating organisations read it,
 * nobody else — the cabinet as such only once it is over (or when it takes part); a mairie reads the
 * operations done on its competence territory. Each participant enters its own part of the outcome.
 * Each organisation enters and reads its own hours of presence; the figures summed up (operations
 * done, presence) are read like the diagnostic's: everywhere by the cabinet, on their competence
 * territory by the others. The technical administration reads none of it.
 */
function definePlanRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  const org = actor.organizationId;
  if (!worksCases(actor)) return;
  can('read', 'Plan', { status: 'ADOPTED' });
  can('read', 'Operation', { participantOrganizationIds: org });
  can('report', 'Operation', { participantOrganizationIds: org, status: 'DONE' });
  can('update', 'Operation', { organizerOrganizationId: org, status: 'PLANNED' });
  can(['read', 'create'], 'Presence', { organizationId: org });
  if (actor.publicAuthority) {
    can('create', 'Operation');
    can('read', 'Operation', { status: 'DONE', competenceOrganizationIds: org });
  }
  if (hasRole(actor, Role.COORDINATOR)) {
    can(['read', 'create', 'update', 'approve'], 'Plan');
    can('read', 'Operation', { status: { $in: ['DONE', 'CANCELLED'] } });
    can('read', 'Presence');
    can('read', 'ResultAggregate');
  } else {
    can('read', 'ResultAggregate', { competenceOrganizationIds: org });
  }
}

/**
 * Proposals from mayors and the population (issue #16). Nothing is shared before moderation: the
 * cabinet (coordinator) moderates and triages every proposal; a mairie (MAIRIE_ORGANIZATION_TYPES)
 * submits proposals, follows its own from the start, and reads and triages its commune's once
 * moderation released them. The author's e-mail and the personal data flagged in the text
 * (`ProposalContact`) are read by the moderators only; everybody else reads the text masked. The
 * public reads its own proposal through its private link (no rule: the token is the right). No
 * other organisation, and not the technical administration, reads any of it.
 */
function defineDialogueRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  const org = actor.organizationId;
  if (hasRole(actor, Role.COORDINATOR)) {
    can('read', ['Proposal', 'ProposalContact']);
    can('moderate', 'Proposal', { status: ProposalStatus.PENDING });
    can('triage', 'Proposal', { status: ProposalStatus.RELEASED });
    return;
  }
  const mairie =
    MAIRIE_ORGANIZATION_TYPES.includes(actor.organizationType) &&
    (hasRole(actor, Role.AGENT) || hasRole(actor, Role.MANAGER));
  if (!mairie) return;
  can('create', 'Proposal');
  can('read', 'Proposal', { authorOrganizationId: org });
  can('read', 'Proposal', {
    status: { $in: [...RELEASED_PROPOSAL_STATUSES] },
    competenceOrganizationIds: org,
  });
  can('triage', 'Proposal', { status: ProposalStatus.RELEASED, competenceOrganizationIds: org });
}

/**
 * The satisfaction surveys of local actors (issue #16). The cabinet (coordinator) prepares a wave,
 * sends it, reminds those who have not answered, closes it, and alone reads the answers: the
 * aggregates (small groups masked by the server) and the free-text answers. A respondent reads their
 * own questionnaire through the single-use link mailed to them (no rule: the token is the right).
 * Mayors and partners read nobody's answers — not even their commune's aggregates: a commune's
 * respondents are a handful of named colleagues, whose answers a mean would give away; what is
 * published to mayors goes through the plan's results. The technical administration reads nothing.
 */
function defineSurveyRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  if (!hasRole(actor, Role.COORDINATOR)) return;
  can(['read', 'create'], 'SurveyWave');
  can(['update', 'send'], 'SurveyWave', { status: SurveyWaveStatus.DRAFT });
  can(['remind', 'close'], 'SurveyWave', { status: SurveyWaveStatus.OPEN });
  can('read', ['SurveyResult', 'SurveyFreeText']);
}

/**
 * Video-protection projects (issue #16): the commune's mairie (MAIRIE_ORGANIZATION_TYPES) submits
 * and follows its own, asks for the FIPD funding, installs and puts in service; a safety referent
 * (designated by the technical administration, the `safety_referents` table) reads and gives the
 * opinion on those whose commune lies in their organisation's competence territory; the cabinet
 * reads all, records the funding decision and alone reads the hotspot grid behind them; nobody
 * else reads anything, not the technical administration either (it designates the referents).
 */
function defineVideoProjectRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  const org = actor.organizationId;
  if (hasRole(actor, Role.ADMIN)) can(['create', 'disable'], 'SafetyReferent');
  if (!worksCases(actor)) return;
  if (hasRole(actor, Role.COORDINATOR)) {
    can('read', 'VideoProject');
    can('read', 'VideoHotspots');
    can('decideFunding', 'VideoProject', { status: VideoProjectStatus.FUNDING_REQUESTED });
    return;
  }
  // Safety referents are police or gendarmerie agents (`safety_referents` says which).
  if ([OrganizationType.POLICE_NATIONALE, OrganizationType.GENDARMERIE].includes(actor.organizationType)) {
    can('read', 'VideoProject', { referentUserIds: actor.userId });
    can('giveOpinion', 'VideoProject', {
      status: VideoProjectStatus.REQUESTED,
      referentUserIds: actor.userId,
    });
  }
  const mairie = MAIRIE_ORGANIZATION_TYPES.includes(actor.organizationType);
  if (!mairie) return;
  can('create', 'VideoProject');
  can('read', 'VideoProject', { organizationId: org });
  can('requestFunding', 'VideoProject', { organizationId: org, status: VideoProjectStatus.OPINION_GIVEN });
  can('install', 'VideoProject', { organizationId: org, status: VideoProjectStatus.FUNDING_DECIDED });
  can('commission', 'VideoProject', { organizationId: org, status: VideoProjectStatus.INSTALLATION });
  can('abandon', 'VideoProject', { organizationId: org, status: { $in: [...ABANDONABLE_VIDEO_STATUSES] } });
}

/**
 * Whether the actor works cases (agent, manager, the cabinet) — an administrator or a DPO alone does
 * not.
 */
function worksCases(actor: Actor): boolean {
  return hasRole(actor, Role.AGENT) || hasRole(actor, Role.MANAGER) || hasRole(actor, Role.COORDINATOR);
}

/**
 * Contracts (CSI, PVD; issue #16). The cabinet (coordinator) writes and reads every contract; a
 * mairie (MAIRIE_ORGANIZATION_TYPES: the mayor and their services) writes the contracts of its
 * communes (competence territory) and reads them; every party's members read the contract. The
 * owner organisation of a commitment moves its status forward. Nobody else reads any of it — not
 * the technical administration, not the DPO as such.
 */
function defineContractRules(actor: Actor, can: AbilityBuilder<AppAbility>['can']): void {
  const org = actor.organizationId;
  if (!worksCases(actor)) return;
  can('read', 'Contract', { partyOrganizationIds: org });
  can('update', 'Commitment', { ownerOrganizationId: org });
  if (hasRole(actor, Role.COORDINATOR)) {
    can(['read', 'create', 'update', 'export'], 'Contract');
    return;
  }
  can('export', 'Contract', { partyOrganizationIds: org });
  if (MAIRIE_ORGANIZATION_TYPES.includes(actor.organizationType)) {
    can('create', 'Contract');
    can(['read', 'update', 'export'], 'Contract', { competenceOrganizationIds: org });
  }
}

function detectSubjectType(
  subject:
    | SubjectName
    | SubjectRow
    | CaseRow
    | BodySubject
    | MeetingSubject
    | PlanSubject
    | OperationSubject
    | ProposalSubject
    | SurveyWaveSubject
    | ContractSubject
    | CommitmentSubject
    | VideoProjectSubject,
): SubjectName {
  return typeof subject === 'string' ? subject : (subject.__typename ?? 'all');
}

export type PackedRules = PackRule<AppAbility['rules'][number]>[];

/** The rules in the compact form `me` sends to the client (`unpackRules` restores them). */
export function packAbility(ability: AppAbility): PackedRules {
  return packRules(ability.rules);
}

/** The ability the client rebuilds from `me.rules`, deciding exactly as the server does. */
export function abilityFromPacked(rules: PackedRules): AppAbility {
  return createMongoAbility<[Action, SubjectName | SubjectRow]>(unpackRules(rules), { detectSubjectType });
}
