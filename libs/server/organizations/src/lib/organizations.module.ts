import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { TerritoryModule } from '@continuum/server/territory';
import { ACCOUNT_ENTITIES } from './account-entities';
import { AccountResolver } from './accounts/account.resolver';
import { PasswordService } from './accounts/password.service';
import { AccessGuard } from './auth/access.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { SessionStore } from './auth/session.store';
import { OrganizationEntity } from './organizations/organization.entity';
import { OrganizationResolver } from './organizations/organization.resolver';
import { OrganizationsService } from './organizations/organizations.service';
import { AccessRequestResolver } from './proconnect/access-request.resolver';
import { AccessRequestsService } from './proconnect/access-requests.service';
import { ProConnectIdentities } from './proconnect/proconnect-identities';
import { ProConnectController } from './proconnect/proconnect.controller';
import { ProConnectService } from './proconnect/proconnect.service';
import { RoleGrantResolver } from './roles/role-grant.resolver';
import { RoleGrantsService } from './roles/role-grants.service';
import { SecondFactorService } from './second-factor/second-factor.service';
import { UserEntity } from './users/user.entity';
import { MeFieldsResolver, UserResolver } from './users/user.resolver';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([OrganizationEntity, UserEntity, ...ACCOUNT_ENTITIES]),
    AuditModule,
    TerritoryModule,
  ],
  controllers: [ProConnectController],
  providers: [
    SessionStore,
    LoginThrottle,
    AuthService,
    OrganizationsService,
    UsersService,
    PasswordService,
    SecondFactorService,
    RoleGrantsService,
    ProConnectService,
    ProConnectIdentities,
    AccessRequestsService,
    AccessRequestResolver,
    AuthResolver,
    AccountResolver,
    RoleGrantResolver,
    OrganizationResolver,
    UserResolver,
    MeFieldsResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, OrganizationsService, UsersService],
})
export class OrganizationsModule {}
