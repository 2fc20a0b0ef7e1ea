import { calendarDate, formatClock, parisClock, parisDay } from './case-export.columns';
import { parseExportRequest } from './export-request';
import { csvCell } from './export-sinks';

describe('a CSV cell', () => {
  it('is left alone when plain', () => {
    expect(csvCell('Squat rue Bannier')).toBe('Squat rue Bannier');
  });

  it('is quoted when it holds the separator, a quote or a line break', () => {
    expect(csvCell('Orléans; La Source')).toBe('"Orléans; La Source"');
    expect(csvCell('dit "le Hall"')).toBe('"dit ""le Hall"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
  });

  it('never starts with what a spreadsheet runs as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝'])
      expect(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    expect(csvCell('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
  });
});

describe('dates of an export', () => {
  it('are read on a clock in Paris, summer and winter', () => {
    expect(formatClock(parisClock(new Date('2025-07-01T22:30:00Z')), true)).toBe('02/07/2025 00:30');
    expect(formatClock(parisClock(new Date('2025-12-31T23:15:00Z')), false)).toBe('01/01/2026');
    expect(parisDay(new Date('2025-12-31T23:15:00Z'))).toBe('2026-01-01');
  });

  it('keep a calendar date as it is', () => {
    expect(formatClock(calendarDate('2026-03-09'), false)).toBe('09/03/2026');
  });
});

describe('the parameters of an export', () => {
  const refused = async (query: Record<string, unknown>) => {
    try {
      await parseExportRequest(query);
    } catch (error) {
      const { extensions, message } = error as { extensions: { field: string }; message: string };
      return { field: extensions.field, message };
    }
    throw new Error('accepted');
  };

  it('reads the filter of the cases query, a single value standing for a list', async () => {
    const request = await parseExportRequest({
      filter: JSON.stringify({ status: 'NEW', communeCode: ['45234'], overdue: true }),
      orderBy: 'REFERENCE_ASC',
    });
    expect(request.filter).toMatchObject({ status: ['NEW'], communeCode: ['45234'], overdue: true });
    expect(request.orderBy).toBe('REFERENCE_ASC');
    expect((await parseExportRequest({})).orderBy).toBe('UPDATED_DESC');
  });

  it('names the field at fault, in French', async () => {
    expect(await refused({ filter: '{' })).toMatchObject({ field: 'filter' });
    expect(await refused({ filter: '[1]' })).toMatchObject({ field: 'filter' });
    expect(await refused({ filter: '{"sensitivity":["ORANGE"]}' })).toEqual({
      field: 'filter.sensitivity',
      message: 'Filtre invalide (filter.sensitivity) : Niveau de diffusion inconnu.',
    });
    expect(await refused({ filter: '{"overdue":"oui"}' })).toEqual({
      field: 'filter.overdue',
      message: 'Filtre invalide (filter.overdue) : doit valoir true ou false.',
    });
    expect(await refused({ filter: '{"personne":"x"}' })).toMatchObject({ field: 'filter.personne' });
    expect(await refused({ orderBy: 'TITLE' })).toMatchObject({ field: 'orderBy' });
    expect(await refused({ filter: ['{}', '{}'] })).toMatchObject({ field: 'filter' });
    expect(await refused({ 'filter[search]': 'x' })).toEqual({
      field: 'filter[search]',
      message: 'Paramètre inconnu « filter[search] » : seuls filter, orderBy et reason sont admis.',
    });
  });
});
