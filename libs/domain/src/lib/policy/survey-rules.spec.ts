import { SurveyWaveStatus } from '../dialogue/survey';
import { isPublicAuthority, OrganizationType } from '../organization-type';
import { Role } from '../role';
import { defineAbilityFor } from './ability';
import { Actor } from './actor';
import { SurveyWaveSubject } from './survey-subject';

const actor = (roles: Role[], type: OrganizationType): Actor => ({
  userId: 'user-1',
  organizationId: 'org-1',
  organizationType: type,
  publicAuthority: isPublicAuthority(type),
  roles,
});

const wave = (status: SurveyWaveStatus): SurveyWaveSubject => ({ __typename: 'SurveyWave', status });

describe('The policy for satisfaction surveys (the cabinet alone prepares, sends and reads)', () => {
  it('lets the cabinet edit and send a draft, remind and close an open wave, and read every answer', () => {
    const cabinet = defineAbilityFor(actor([Role.COORDINATOR], OrganizationType.PREFECTURE));
    expect(cabinet.can('create', 'SurveyWave')).toBe(true);
    expect(cabinet.can('update', wave(SurveyWaveStatus.DRAFT))).toBe(true);
    expect(cabinet.can('update', wave(SurveyWaveStatus.OPEN))).toBe(false);
    expect(cabinet.can('send', wave(SurveyWaveStatus.DRAFT))).toBe(true);
    expect(cabinet.can('send', wave(SurveyWaveStatus.OPEN))).toBe(false);
    expect(cabinet.can('remind', wave(SurveyWaveStatus.OPEN))).toBe(true);
    expect(cabinet.can('remind', wave(SurveyWaveStatus.CLOSED))).toBe(false);
    expect(cabinet.can('close', wave(SurveyWaveStatus.OPEN))).toBe(true);
    expect(cabinet.can('close', wave(SurveyWaveStatus.DRAFT))).toBe(false);
    expect(cabinet.can('read', 'SurveyResult')).toBe(true);
    expect(cabinet.can('read', 'SurveyFreeText')).toBe(true);
  });

  it.each([
    ['a mayor', actor([Role.AGENT], OrganizationType.MAIRIE)],
    ['a mairie’s manager', actor([Role.MANAGER], OrganizationType.MAIRIE)],
    ['a private partner’s manager', actor([Role.MANAGER], OrganizationType.BAILLEUR)],
    ['the police', actor([Role.MANAGER], OrganizationType.POLICE_NATIONALE)],
    ['the technical administration', actor([Role.ADMIN], OrganizationType.PREFECTURE)],
    ['the data-protection officer', actor([Role.DPO], OrganizationType.PREFECTURE)],
  ])('gives %s nothing of the surveys', (_who, someone) => {
    const ability = defineAbilityFor(someone);
    for (const action of ['read', 'create', 'update', 'send', 'remind', 'close'] as const)
      expect(ability.can(action, 'SurveyWave')).toBe(false);
    expect(ability.can('read', 'SurveyResult')).toBe(false);
    expect(ability.can('read', 'SurveyFreeText')).toBe(false);
  });
});
