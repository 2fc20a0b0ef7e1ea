import type { DataSource, EntityManager } from 'typeorm';

type Runner = DataSource | EntityManager;

/** Runs a statement written with `:named` parameters (the policy's conditions are written so). */
export async function run<T>(
  runner: Runner,
  sql: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const driver = 'driver' in runner ? runner.driver : runner.connection.driver;
  const [text, values] = driver.escapeQueryWithParameters(sql, params);
  return rowsOf<T>(await runner.query(text, values));
}

/** The rows of a result: TypeORM answers an UPDATE or a DELETE … RETURNING with `[rows, count]`. */
export function rowsOf<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}

/** The SQLSTATE and hint of a database error, for the ones the plan's rules raise. */
export function databaseRefusal(error: unknown): { code?: string; hint?: string; constraint?: string } {
  const driverError = (error as { driverError?: { code?: string; hint?: string; constraint?: string } })
    .driverError;
  return driverError ?? (error as { code?: string; hint?: string; constraint?: string });
}
