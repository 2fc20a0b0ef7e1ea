import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

const logger = new Logger('Database');

/**
 * The application connects as its own role, never as a superuser nor as the schema's owner (a
 * superuser could silence the journal's triggers; an owner could drop them): in production it
 * refuses to start otherwise; elsewhere (a developer's single user) it says so once.
 */
@Injectable()
export class DatabaseRoleCheck implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const [role]: { name: string; superuser: boolean; owns: boolean }[] = await this.dataSource.query(
      `select current_user as name, r.rolsuper as superuser,
              exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tablename = 'audit_entries'
                        and t.tableowner = current_user) as owns
         from pg_roles r where r.rolname = current_user`,
    );
    if (!role || (!role.superuser && !role.owns)) return;
    const problem =
      `L’application se connecte à PostgreSQL en tant que « ${role.name} », ` +
      (role.superuser ? 'un superutilisateur' : 'propriétaire du schéma') +
      ' : le journal n’est alors pas protégé par les droits de la base. Donnez à DATABASE_URL le rôle de l’application ' +
      '(créé par « npm run db:migrate » avec DATABASE_ADMIN_URL, voir tools/db/roles.ts).';
    if (this.config.env === 'production') throw new Error(problem);
    logger.warn(problem);
  }
}
