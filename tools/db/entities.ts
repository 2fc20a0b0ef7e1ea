import { AuditEntryEntity } from '@continuum/server/audit';
import * as cases from '@continuum/server/cases';
import * as coordination from '@continuum/server/coordination';
import { DIAGNOSTIC_ENTITIES } from '@continuum/server/diagnostic';
import { DIALOGUE_ENTITIES } from '@continuum/server/dialogue';
import { MailMessageEntity } from '@continuum/server/mail';
import { MEETING_ENTITIES } from '@continuum/server/meetings';
import { ALERT_ENTITIES, WEBHOOK_ENTITIES } from '@continuum/server/alerts';
import { OutboxEventEntity } from '@continuum/server/platform';
import { ACCOUNT_ENTITIES, OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import { CommuneEntity, DepartementEntity, EpciEntity, ZoneEntity } from '@continuum/server/territory';
import { VIDEO_ENTITIES } from '@continuum/server/videoprotection';

/** Every entity, for the migration command (the server registers them per module). */
export const ENTITIES = [
  AuditEntryEntity,
  DepartementEntity,
  EpciEntity,
  CommuneEntity,
  ZoneEntity,
  OrganizationEntity,
  UserEntity,
  ...ACCOUNT_ENTITIES,
  coordination.CoordinationBodyEntity,
  coordination.BodyOrganizationEntity,
  coordination.BodyMemberEntity,
  coordination.WorkingGroupEntity,
  coordination.WorkingGroupMemberEntity,
  ...cases.CASE_ENTITIES,
  ...MEETING_ENTITIES,
  OutboxEventEntity,
  ...ALERT_ENTITIES,
  ...WEBHOOK_ENTITIES,
  MailMessageEntity,
  ...DIAGNOSTIC_ENTITIES,
  ...DIALOGUE_ENTITIES,
  ...VIDEO_ENTITIES,
];
