import type { DataSourceOptions } from 'typeorm';

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Shared by the server and the migration command. The schema only ever changes through migrations. */
export function dataSourceOptions(url: string): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'continuum' },
  };
}
