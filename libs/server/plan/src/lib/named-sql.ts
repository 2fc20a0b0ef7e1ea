import type { DataSource, EntityManager } from 'typeorm';

/**
 * The rows a statement returned: TypeORM answers an UPDATE or DELETE … RETURNING with
 * `[rows, affected]`, an INSERT or SELECT with the rows.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * Runs a statement written with `:name` parameters (the form the policy's conditions come in)
 * on a data source or inside a transaction, and gives its rows.
 */
export async function namedQuery<T>(
  runner: DataSource | EntityManager,
  dataSource: DataSource,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [query, values] = dataSource.driver.escapeQueryWithParameters(sql, params);
  return rowsOf<T>(await runner.query(query, values));
}
