import { isPublicAuthority, OrganizationType } from '../organization-type';
import { Role } from '../role';
import {
  VideoProjectStatus,
  type VideoProjectSubject,
  videoStepProblem,
} from '../videoprotection/video-project';
import { defineAbilityFor } from './ability';
import { Actor } from './actor';

const actor = (
  roles: Role[],
  type: OrganizationType,
  organizationId = 'org-1',
  userId = 'user-1',
): Actor => ({
  userId,
  organizationId,
  organizationType: type,
  publicAuthority: isPublicAuthority(type),
  roles,
});

/** A project of `org-1`'s commune, whose safety referent is `ref-1` (the SQL decides that; here it is given). */
const project = (status: VideoProjectStatus, organizationId = 'org-1'): VideoProjectSubject => ({
  __typename: 'VideoProject',
  status,
  organizationId,
  referentUserIds: ['ref-1'],
});

describe('The policy for video-protection projects', () => {
  it('lets the mairie submit and take its own steps, never the opinion nor the funding decision', () => {
    const mairie = defineAbilityFor(actor([Role.AGENT], OrganizationType.MAIRIE));
    expect(mairie.can('create', 'VideoProject')).toBe(true);
    expect(mairie.can('read', project(VideoProjectStatus.REQUESTED))).toBe(true);
    expect(mairie.can('read', project(VideoProjectStatus.REQUESTED, 'org-2'))).toBe(false);
    expect(mairie.can('giveOpinion', project(VideoProjectStatus.REQUESTED))).toBe(false);
    expect(mairie.can('requestFunding', project(VideoProjectStatus.OPINION_GIVEN))).toBe(true);
    expect(mairie.can('decideFunding', project(VideoProjectStatus.FUNDING_REQUESTED))).toBe(false);
    expect(mairie.can('commission', project(VideoProjectStatus.INSTALLATION))).toBe(true);
    expect(mairie.can('abandon', project(VideoProjectStatus.INSTALLATION))).toBe(true);
    expect(mairie.can('abandon', project(VideoProjectStatus.IN_SERVICE))).toBe(false);
    expect(mairie.can('read', 'VideoHotspots')).toBe(false);
  });

  it('lets the referent read and give the opinion on the projects of their competence only', () => {
    const referent = defineAbilityFor(
      actor([Role.AGENT], OrganizationType.POLICE_NATIONALE, 'org-9', 'ref-1'),
    );
    expect(referent.can('read', project(VideoProjectStatus.FUNDING_DECIDED))).toBe(true);
    expect(referent.can('giveOpinion', project(VideoProjectStatus.REQUESTED))).toBe(true);
    expect(referent.can('giveOpinion', project(VideoProjectStatus.OPINION_GIVEN))).toBe(false);
    const other = defineAbilityFor(
      actor([Role.MANAGER], OrganizationType.POLICE_NATIONALE, 'org-9', 'user-2'),
    );
    expect(other.can('read', project(VideoProjectStatus.REQUESTED))).toBe(false);
    expect(other.can('giveOpinion', project(VideoProjectStatus.REQUESTED))).toBe(false);
  });

  it('lets the cabinet read all, see the hot cells and decide a requested funding; the administration nothing', () => {
    const cabinet = defineAbilityFor(actor([Role.COORDINATOR], OrganizationType.PREFECTURE, 'org-7'));
    expect(cabinet.can('read', project(VideoProjectStatus.REQUESTED))).toBe(true);
    expect(cabinet.can('read', 'VideoHotspots')).toBe(true);
    expect(cabinet.can('decideFunding', project(VideoProjectStatus.FUNDING_REQUESTED))).toBe(true);
    expect(cabinet.can('decideFunding', project(VideoProjectStatus.OPINION_GIVEN))).toBe(false);
    const admin = defineAbilityFor(actor([Role.ADMIN], OrganizationType.PREFECTURE, 'org-1', 'ref-1'));
    expect(admin.can('read', project(VideoProjectStatus.REQUESTED))).toBe(false);
    expect(admin.can('create', 'SafetyReferent')).toBe(true);
    const partner = defineAbilityFor(actor([Role.AGENT], OrganizationType.BAILLEUR));
    expect(partner.can('read', project(VideoProjectStatus.REQUESTED))).toBe(false);
  });
});

describe('The steps of a project', () => {
  it('accepts the next step and an abandon before service, and says why any other is refused', () => {
    expect(videoStepProblem(VideoProjectStatus.REQUESTED, VideoProjectStatus.OPINION_GIVEN)).toBeNull();
    expect(videoStepProblem(VideoProjectStatus.INSTALLATION, VideoProjectStatus.ABANDONED)).toBeNull();
    expect(videoStepProblem(VideoProjectStatus.REQUESTED, VideoProjectStatus.FUNDING_DECIDED)).toBe(
      'Étape refusée : le projet est à l’étape « Demandé » ; l’étape suivante est « Avis du référent sûreté rendu », pas « Financement décidé ».',
    );
    expect(videoStepProblem(VideoProjectStatus.FUNDING_DECIDED, VideoProjectStatus.OPINION_GIVEN)).toBe(
      'Étape refusée : le projet est à l’étape « Financement décidé », on ne revient pas à l’étape « Avis du référent sûreté rendu ».',
    );
    expect(videoStepProblem(VideoProjectStatus.IN_SERVICE, VideoProjectStatus.ABANDONED)).toBe(
      'Abandon impossible : le projet est à l’étape « En service ».',
    );
    expect(videoStepProblem(VideoProjectStatus.ABANDONED, VideoProjectStatus.INSTALLATION)).toMatch(
      /plus d’étape à franchir/,
    );
  });
});
