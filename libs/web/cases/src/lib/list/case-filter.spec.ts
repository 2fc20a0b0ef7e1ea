import { activeFilterCount, CLEARED, exportUrl, filterOf, paramsOf, stateFromParams } from './case-filter';

describe('the list filter in the address', () => {
  it('reads the French parameters, ignoring unknown statuses and orders', () => {
    const state = stateFromParams({
      statut: 'NEW,ANALYSIS,PAS_UN_STATUT',
      categorie: 'RODEOS_URBAINS',
      commune: '45234',
      saisi: '1',
      q: 'hall ',
      tri: 'PRIORITY_DESC',
      vue: 'carte',
    });
    expect(state).toMatchObject({
      status: ['NEW', 'ANALYSIS'],
      category: 'RODEOS_URBAINS',
      communeCode: '45234',
      assignedToMe: true,
      overdue: false,
      search: 'hall ',
      orderBy: 'PRIORITY_DESC',
      view: 'carte',
    });
    expect(stateFromParams({ tri: 'DROP TABLE' }).orderBy).toBe('UPDATED_DESC');
  });

  it('writes only what is set, and removes what is cleared', () => {
    expect(paramsOf({ status: ['NEW', 'ON_HOLD'], overdue: true, orderBy: 'UPDATED_DESC' })).toEqual({
      statut: 'NEW,ON_HOLD',
      retard: '1',
      tri: null,
    });
    expect(paramsOf(CLEARED)).toEqual({
      statut: null,
      categorie: null,
      commune: null,
      zone: null,
      porteur: null,
      diffusion: null,
      saisi: null,
      retard: null,
      q: null,
    });
  });

  it('round-trips a state through the address', () => {
    const state = stateFromParams({ statut: 'RESPONSE', porteur: 'abc', diffusion: 'AMBER', retard: '1' });
    const params = Object.fromEntries(
      Object.entries(paramsOf(state)).flatMap(([key, value]) => (value === null ? [] : [[key, value]])),
    );
    expect(stateFromParams(params)).toEqual(state);
  });
});

describe('the cases filter sent to the API', () => {
  const state = stateFromParams({
    statut: 'NEW',
    categorie: 'SQUATS',
    commune: '45234',
    zone: 'z-1',
    diffusion: 'GREEN',
    q: '  rodéos ',
  });

  it('has lists where the API takes lists, and nothing unset', () => {
    expect(filterOf(state)).toEqual({
      status: ['NEW'],
      category: ['SQUATS'],
      communeCode: ['45234'],
      zoneId: 'z-1',
      sensitivity: ['GREEN'],
      search: 'rodéos',
    });
    expect(filterOf(stateFromParams({}))).toEqual({});
  });

  it('counts per status without the status filter, so every tag keeps its number', () => {
    expect(filterOf(state, { withStatus: false }).status).toBeUndefined();
  });

  it('exports the same filter and order as the list shows', () => {
    const url = exportUrl('xlsx', filterOf(state), 'PRIORITY_DESC');
    const parsed = new URL(url, 'http://continuum.test');
    expect(parsed.pathname).toBe('/exports/cases.xlsx');
    expect(JSON.parse(parsed.searchParams.get('filter') ?? '')).toEqual(filterOf(state));
    expect(parsed.searchParams.get('orderBy')).toBe('PRIORITY_DESC');
    expect(exportUrl('csv', {}, 'UPDATED_DESC')).toBe('/exports/cases.csv?orderBy=UPDATED_DESC');
  });

  it('counts the filters set, for « Effacer les filtres »', () => {
    expect(activeFilterCount(state)).toBe(6);
    expect(activeFilterCount(stateFromParams({}))).toBe(0);
  });
});
