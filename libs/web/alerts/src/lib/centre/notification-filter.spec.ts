import {
  activeFilterCount,
  filterFromParams,
  filterInput,
  filterParams,
  matchesFilter,
  NO_FILTER,
  receivableTopics,
  sameFilter,
  toggled,
} from './notification-filter';

const item = (severity: string, topic: string, state: { read?: boolean; acknowledged?: boolean } = {}) => ({
  readAt: state.read ? '2026-01-01T10:00:00Z' : null,
  acknowledgedAt: state.acknowledged ? '2026-01-01T10:05:00Z' : null,
  alert: { severity, topic },
});

describe('the notification centre’s filters in the address', () => {
  it('reads what the address says, in the domain’s order of gravity, and drops what it does not know', () => {
    expect(
      filterFromParams({
        nonlues: '1',
        nonacquittees: '1',
        gravite: 'URGENT,BIDON,INFO,URGENT',
        origine: 'MANUAL',
      }),
    ).toEqual({ unread: true, unacknowledged: true, severities: ['INFO', 'URGENT'], topic: 'MANUAL' });
    expect(filterFromParams({ nonlues: 'oui', origine: 'INCONNUE' })).toEqual(NO_FILTER);
    expect(filterFromParams({})).toEqual(NO_FILTER);
  });

  it('writes a change back, removing the parameters that are no longer set', () => {
    expect(filterParams({ unacknowledged: true, severities: ['URGENT', 'VIGILANCE'] })).toEqual({
      nonacquittees: '1',
      gravite: 'VIGILANCE,URGENT',
    });
    expect(filterParams(NO_FILTER)).toEqual({
      nonlues: null,
      nonacquittees: null,
      gravite: null,
      origine: null,
    });
  });

  it('comes back the same after a reload', () => {
    const filter = { unread: true, unacknowledged: false, severities: ['VIGILANCE'], topic: 'CASE_OPENED' };
    const params = Object.fromEntries(
      Object.entries(filterParams(filter)).map(([key, value]) => [key, value ?? undefined]),
    );
    expect(sameFilter(filterFromParams(params), filter)).toBe(true);
  });
});

describe('the notification centre’s filters sent to the server', () => {
  it('asks only for what is set', () => {
    expect(filterInput(NO_FILTER)).toEqual({});
    expect(
      filterInput({ unread: false, unacknowledged: true, severities: ['URGENT'], topic: 'MANUAL' }),
    ).toEqual({ unacknowledged: true, severities: ['URGENT'], topics: ['MANUAL'] });
  });

  it('counts the filters set, for « Effacer les filtres (2) »', () => {
    expect(activeFilterCount(NO_FILTER)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTER, unread: true, severities: ['INFO', 'URGENT'] })).toBe(2);
  });

  it('adds or removes one gravity', () => {
    expect(toggled(['INFO'], 'URGENT', true)).toEqual(['INFO', 'URGENT']);
    expect(toggled(['INFO', 'URGENT'], 'INFO', false)).toEqual(['URGENT']);
    expect(toggled(['INFO'], 'INFO', true)).toEqual(['INFO']);
  });
});

describe('an alert that arrives while the centre is open', () => {
  it('joins the list only when it matches the filters', () => {
    const fresh = item('VIGILANCE', 'MANUAL');
    expect(matchesFilter(fresh, NO_FILTER)).toBe(true);
    expect(matchesFilter(fresh, { ...NO_FILTER, unread: true, unacknowledged: true })).toBe(true);
    expect(matchesFilter(fresh, { ...NO_FILTER, severities: ['INFO', 'VIGILANCE'] })).toBe(true);
    expect(matchesFilter(fresh, { ...NO_FILTER, severities: ['URGENT'] })).toBe(false);
    expect(matchesFilter(fresh, { ...NO_FILTER, topic: 'CASE_OPENED' })).toBe(false);
    expect(matchesFilter(item('INFO', 'MANUAL', { read: true }), { ...NO_FILTER, unread: true })).toBe(false);
    expect(
      matchesFilter(item('INFO', 'MANUAL', { read: true, acknowledged: true }), {
        ...NO_FILTER,
        unacknowledged: true,
      }),
    ).toBe(false);
  });
});

describe('the origins offered in the filter', () => {
  const options = [
    { value: 'CASE_OPENED', label: 'Nouveau dossier sur mon territoire' },
    { value: 'WEBHOOK_DISABLED', label: 'Envoi automatique des alertes interrompu' },
    { value: 'MANUAL', label: 'Alerte émise' },
  ];

  it('offers a landlord’s agent only what can reach them: no webhook stop, which only managers receive', () => {
    expect(receivableTopics(options, ['AGENT'], '').map((option) => option.value)).toEqual([
      'CASE_OPENED',
      'MANUAL',
    ]);
    expect(receivableTopics(options, ['AGENT', 'MANAGER'], '')).toHaveLength(3);
  });

  it('offers the spikes of recorded incidents to the readers of the figures, not to the technical administration', () => {
    const withSpike = [...options, { value: 'INCIDENT_SPIKE', label: 'Hausse inhabituelle' }];
    expect(receivableTopics(withSpike, ['AGENT'], '').map((option) => option.value)).toContain(
      'INCIDENT_SPIKE',
    );
    expect(receivableTopics(withSpike, ['COORDINATOR'], '').map((option) => option.value)).toContain(
      'INCIDENT_SPIKE',
    );
    expect(receivableTopics(withSpike, ['ADMIN'], '').map((option) => option.value)).not.toContain(
      'INCIDENT_SPIKE',
    );
  });

  it('keeps the origin the address asks for, so the select says what the list shows', () => {
    expect(receivableTopics(options, ['AGENT'], 'WEBHOOK_DISABLED')).toHaveLength(3);
  });
});
