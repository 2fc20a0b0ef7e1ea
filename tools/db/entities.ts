import { AuditEntryEntity } from '@continuum/server/audit';
import * as cases from '@continuum/server/cases';
import * as coordination from '@continuum/server/coordination';
import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import { CommuneEntity, DepartementEntity, EpciEntity, ZoneEntity } from '@continuum/server/territory';

/** Every entity, for the migration command (the server registers them per module). */
export const ENTITIES = [
  AuditEntryEntity,
  DepartementEntity,
  EpciEntity,
  CommuneEntity,
  ZoneEntity,
  OrganizationEntity,
  UserEntity,
  coordination.CoordinationBodyEntity,
  coordination.BodyOrganizationEntity,
  coordination.WorkingGroupEntity,
  coordination.WorkingGroupMemberEntity,
  ...cases.CASE_ENTITIES,
];
