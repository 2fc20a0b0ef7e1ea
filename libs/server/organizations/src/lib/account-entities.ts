import { PasswordTokenEntity } from './accounts/password-token.entity';
import { RoleGrantEntity } from './roles/role-grant.entity';
import { RecoveryCodeEntity, UserTotpEntity } from './second-factor/second-factor.entities';

/** The tables of local accounts beside `users`: password links, second factor, role grants. */
export const ACCOUNT_ENTITIES = [PasswordTokenEntity, UserTotpEntity, RecoveryCodeEntity, RoleGrantEntity];
