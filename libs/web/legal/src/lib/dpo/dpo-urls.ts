import type { AuditEntryFilter, SubjectAccessTerms } from '@continuum/web/data-access';

export type JournalFields = Required<{ [K in keyof AuditEntryFilter]: string }>;
export const EMPTY_JOURNAL_FIELDS: JournalFields = {
  action: '',
  subjectId: '',
  actorUserId: '',
  actorOrganizationId: '',
  from: '',
  to: '',
};

/** The filter as the server reads it: blank fields left out. */
export function journalFilter(fields: JournalFields): AuditEntryFilter {
  return Object.fromEntries(
    Object.entries(fields)
      .map(([key, value]) => [key, value.trim()])
      .filter(([, value]) => value !== ''),
  ) as AuditEntryFilter;
}

/** `GET /exports/journal.csv?…`: the journal as it is filtered on screen. */
export function journalExportUrl(filter: AuditEntryFilter): string {
  const query = new URLSearchParams(filter as Record<string, string>).toString();
  return `/exports/journal.csv${query ? `?${query}` : ''}`;
}

/** The terms of a search as the exports' address carries them. */
export function subjectAccessUrl(format: 'json' | 'pdf', terms: SubjectAccessTerms): string {
  const query = new URLSearchParams({ fullName: terms.fullName });
  if (terms.birthYear != null) query.set('birthYear', String(terms.birthYear));
  if (terms.address) query.set('address', terms.address);
  return `/exports/subject-access.${format}?${query.toString()}`;
}
