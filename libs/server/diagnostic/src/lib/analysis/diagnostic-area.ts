import { OrganizationType } from '@continuum/domain';
import { notFound, type RequestPrincipal } from '@continuum/server/platform';
import type { DataSource } from 'typeorm';
import { readableAggregates } from '../diagnostic-policy.sql';

/** The territory a diagnostic is computed on, as the policy lets this reader have it. */
export interface DiagnosticArea {
  codes: string[];
  label: string;
  /** Masking threshold for this reader; null for the cabinet (figures as they are). */
  minCell: number | null;
  /** The département's rates are given beside the area's (a commune read by the cabinet or its mairie). */
  compare: boolean;
}

const MUNICIPAL = [
  OrganizationType.MAIRIE,
  OrganizationType.POLICE_MUNICIPALE,
  OrganizationType.GARDE_CHAMPETRE,
];
export const NO_DIAGNOSTIC = 'Diagnostic introuvable.';

/**
 * The cabinet reads the département or any one of its communes, unmasked. Anyone else reads one
 * area only, their whole competence territory (a mayor: their commune), masked: a smaller or
 * overlapping area could be differenced against it, so none is offered. A commune they may not
 * read, or no territory at all (the technical administration), is NOT_FOUND.
 */
export async function resolveArea(
  dataSource: DataSource,
  principal: RequestPrincipal,
  departementCode: string,
  minCell: number,
  communeCode: string | null | undefined,
): Promise<DiagnosticArea> {
  const policy = readableAggregates(principal.ability, 'c.code');
  const [sql, params] = dataSource.driver.escapeQueryWithParameters(
    `select c.code, c.name, d.name as departement from communes c join departements d on d.code = c.departement_code
      where c.departement_code = :dep and ${policy.sql} order by c.code`,
    { ...policy.params, dep: departementCode },
  );
  const rows: { code: string; name: string; departement: string }[] = await dataSource.query(sql, params);
  if (rows.length === 0) throw notFound(NO_DIAGNOSTIC);
  const cabinet = principal.ability.can('read', 'Incident');
  const municipal = MUNICIPAL.includes(principal.actor.organizationType);
  if (cabinet) {
    if (!communeCode)
      return {
        codes: rows.map((row) => row.code),
        label: rows[0].departement,
        minCell: null,
        compare: false,
      };
    const commune = rows.find((row) => row.code === communeCode);
    if (!commune) throw notFound('Commune introuvable.');
    return { codes: [commune.code], label: commune.name, minCell: null, compare: true };
  }
  if (communeCode && !(rows.length === 1 && rows[0].code === communeCode))
    throw notFound('Commune introuvable.');
  const label =
    rows.length === 1
      ? rows[0].name
      : `Territoire de compétence (${rows.length.toLocaleString('fr-FR')} communes)`;
  return { codes: rows.map((row) => row.code), label, minCell, compare: municipal };
}
