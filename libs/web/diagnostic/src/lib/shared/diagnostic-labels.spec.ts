import { IncidentField } from '@continuum/domain/diagnostic';
import {
  columnsByField,
  fieldOfColumn,
  fileProblem,
  formatSize,
  linesText,
  statusBadgeClass,
  uploadProblem,
} from './diagnostic-labels';

describe('What the diagnostic’s imports say', () => {
  it('counts the lines in French, with the lines of other départements apart', () => {
    expect(linesText({ read: 0, valid: 0, rejected: 0, ignored: 0, imported: 0 })).toBe(
      'Aucune ligne lue pour l’instant.',
    );
    expect(linesText({ read: 12345, valid: 12300, rejected: 45, ignored: 0, imported: 0 })).toBe(
      '12\u202f345 lignes lues : 12\u202f300 valides, 45 refusées.',
    );
    expect(linesText({ read: 3, valid: 1, rejected: 1, ignored: 1, imported: 0 })).toBe(
      '3 lignes lues : 1 valide, 1 refusée, 1 ligne d’autres départements laissée de côté.',
    );
  });

  it('writes sizes with the decimal comma', () => {
    expect(formatSize(5_662_310)).toBe('5,4 Mo');
    expect(formatSize(64)).toBe('64 octets');
  });

  it('refuses an empty file before sending it, and says the server’s refusal as it is', () => {
    expect(fileProblem({ size: 0 })).toBe('Le fichier est vide (0 octet) : rien à importer.');
    expect(fileProblem(null)).toBe('Choisissez le fichier à importer.');
    expect(
      uploadProblem(400, { code: 'BAD_USER_INPUT', message: 'Ligne 2 : le fichier n’est pas en UTF-8.' }),
    ).toBe('Ligne 2 : le fichier n’est pas en UTF-8.');
    expect(uploadProblem(413, {})).toBe('Fichier trop volumineux (1 Go au plus).');
  });

  it('marks what waits for the cabinet and what went wrong', () => {
    expect(statusBadgeClass('AWAITING_DECISION')).toBe('fr-badge--warning');
    expect(statusBadgeClass('FAILED')).toBe('fr-badge--error');
    expect(statusBadgeClass('VALIDATING')).toBe('fr-badge--info');
  });

  it('names the field a column of the preview goes to', () => {
    const columns = columnsByField([{ field: IncidentField.COMMUNE, column: 4 }]);
    expect(fieldOfColumn(columns, 4)).toBe('Commune (code INSEE)');
    expect(fieldOfColumn(columns, 3)).toBeNull();
  });
});
