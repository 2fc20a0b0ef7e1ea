import type { DataSource } from 'typeorm';
import { cellCountsSql } from './analysis-queries';
import { giStar, isHotspot } from './gi-star';

/**
 * The département's significant hot cells (Getis-Ord Gi* ≥ 1.96) of a calendar year, computed on
 * every fact of the département as the cabinet's hotspot map is: for other contexts that place
 * something against the hotspots (video-protection sites) and give their readers a yes or no,
 * never the grid itself, which stays the cabinet's (`DiagnosticAnalysisService.hotspots`).
 */
export async function departementHotCells(
  dataSource: DataSource,
  departementCode: string,
  year: number,
  resolution: 8 | 9 = 8,
): Promise<Set<string>> {
  const [sql, values] = dataSource.driver.escapeQueryWithParameters(
    cellCountsSql(resolution).replace('{policy}', 'true'),
    {
      y: year,
      codes:
        (
          await dataSource.query(
            `select array_agg(code) as codes from communes where departement_code = $1`,
            [departementCode],
          )
        )[0].codes ?? [],
    },
  );
  const rows: { h3: string; count: number }[] = await dataSource.query(sql, values);
  if (rows.length === 0) return new Set();
  return new Set(
    giStar(new Map(rows.map((row) => [row.h3, row.count])))
      .filter(isHotspot)
      .map((cell) => cell.h3),
  );
}
