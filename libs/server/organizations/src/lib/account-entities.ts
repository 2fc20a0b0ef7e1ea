import { PasswordTokenEntity } from './accounts/password-token.entity';
import { AccessRequestEntity } from './proconnect/access-request.entity';
import { RoleGrantEntity } from './roles/role-grant.entity';
import { RecoveryCodeEntity, UserTotpEntity } from './second-factor/second-factor.entities';

/**
 * The tables of accounts beside `users`: password links, second factor, role grants, and the
 * access requests of agents ProConnect identified.
 */
export const ACCOUNT_ENTITIES = [
  PasswordTokenEntity,
  UserTotpEntity,
  RecoveryCodeEntity,
  RoleGrantEntity,
  AccessRequestEntity,
];
