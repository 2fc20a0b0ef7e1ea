import type { DataSourceOptions, Logger as TypeOrmLogger } from 'typeorm';
import { sqlStatements } from '../metrics/metrics';

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
    logging: ['query', 'error'],
    logger: new CountingLogger(),
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'continuum' },
  };
}

/** Counts statements for /metrics and leaves the logging of errors to the application. */
class CountingLogger implements TypeOrmLogger {
  logQuery(): void {
    sqlStatements.inc();
  }
  logQueryError(): void {
    // Errors surface as exceptions where they happen.
  }
  logQuerySlow(): void {
    // Not used.
  }
  logSchemaBuild(): void {
    // Not used.
  }
  logMigration(): void {
    // Not used.
  }
  log(): void {
    // Not used.
  }
}
