import { RETENTION_RULES, retentionDays } from './retention-rules';

describe('How long each kind of personal data is kept', () => {
  it('keeps the declared defaults when nothing is configured', () => {
    expect(retentionDays({})).toEqual({
      CASE_PERSONS: 730,
      MAIL_BODIES: 90,
      NOTIFICATIONS: 365,
      PROPOSAL_CONTACTS: 365,
      DISABLED_ACCOUNTS: 365,
      JOURNAL: 365,
    });
  });

  it('keeps the journal one year at least, three at most (the issue’s legal bounds)', () => {
    expect(() => retentionDays({ CONTINUUM_RETENTION_JOURNAL_DAYS: '300' })).toThrow(/de 365 à 1095 jours/);
    expect(retentionDays({ CONTINUUM_RETENTION_JOURNAL_DAYS: '1095' }).JOURNAL).toBe(1095);
  });

  it('takes a duration within its bounds', () => {
    expect(retentionDays({ CONTINUUM_RETENTION_MAIL_BODIES_DAYS: '30' }).MAIL_BODIES).toBe(30);
  });

  it('refuses a duration below the minimum or above the maximum, saying the bounds in French', () => {
    expect(() => retentionDays({ CONTINUUM_RETENTION_CASE_PERSONS_DAYS: '30' })).toThrow(
      'CONTINUUM_RETENTION_CASE_PERSONS_DAYS invalide : « 30 ». Données nominatives des dossiers clos : de 365 à 1825 jours (730 par défaut).',
    );
    expect(() => retentionDays({ CONTINUUM_RETENTION_NOTIFICATIONS_DAYS: '5000' })).toThrow(
      /de 90 à 1095 jours/,
    );
    expect(() => retentionDays({ CONTINUUM_RETENTION_NOTIFICATIONS_DAYS: 'un an' })).toThrow(/« un an »/);
  });

  it('declares for every kind a purpose and what happens when it lapses', () => {
    for (const rule of RETENTION_RULES) {
      expect(rule.purpose.length).toBeGreaterThan(20);
      expect(rule.outcome.length).toBeGreaterThan(10);
      expect(rule.minDays).toBeLessThanOrEqual(rule.defaultDays);
      expect(rule.defaultDays).toBeLessThanOrEqual(rule.maxDays);
    }
  });
});
