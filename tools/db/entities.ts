import { AuditEntryEntity } from '@continuum/server/audit';
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
];
