export * from './lib/organizations/organization.entity';
export * from './lib/users/user.entity';
export * from './lib/users/users.service';
export * from './lib/organizations/organizations.service';
export * from './lib/auth/auth.service';
export * from './lib/auth/session.store';
export * from './lib/organizations.module';
