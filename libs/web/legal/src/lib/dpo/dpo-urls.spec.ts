import { EMPTY_JOURNAL_FIELDS, journalExportUrl, journalFilter, subjectAccessUrl } from './dpo-urls';

describe('The DPO’s journal filter and exports', () => {
  it('sends only the filled fields, trimmed', () => {
    expect(journalFilter({ ...EMPTY_JOURNAL_FIELDS, action: ' case.persons. ', from: '2026-12-01' })).toEqual(
      {
        action: 'case.persons.',
        from: '2026-12-01',
      },
    );
    expect(journalFilter(EMPTY_JOURNAL_FIELDS)).toEqual({});
  });

  it('exports the journal as it is filtered on screen', () => {
    expect(journalExportUrl({})).toBe('/exports/journal.csv');
    expect(journalExportUrl({ action: 'auth.', to: '2026-12-07' })).toBe(
      '/exports/journal.csv?action=auth.&to=2026-12-07',
    );
  });

  it('exports a subject-access answer with the terms searched, encoded', () => {
    expect(subjectAccessUrl('json', { fullName: 'Zoé Ténèbres', birthYear: null, address: null })).toBe(
      '/exports/subject-access.json?fullName=Zo%C3%A9+T%C3%A9n%C3%A8bres',
    );
    expect(subjectAccessUrl('pdf', { fullName: 'Zoé', birthYear: 1984, address: '12 rue & co' })).toBe(
      '/exports/subject-access.pdf?fullName=Zo%C3%A9&birthYear=1984&address=12+rue+%26+co',
    );
  });
});
