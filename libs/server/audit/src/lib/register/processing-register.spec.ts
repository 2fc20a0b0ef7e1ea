import { RETENTION_RULES, retentionDays } from '../retention/retention-rules';
import { frenchDuration, PROCESSING_ACTIVITIES, processingRegister } from './processing-register';

describe('the register of processing', () => {
  it('covers every retention rule the purge applies, each in one activity', () => {
    const bounded = PROCESSING_ACTIVITIES.map((activity) => activity.retention);
    expect([...bounded].sort()).toEqual(RETENTION_RULES.map((rule) => rule.key).sort());
  });

  it('says the durations in force, in French', () => {
    const register = processingRegister(retentionDays({ CONTINUUM_RETENTION_MAIL_BODIES_DAYS: '60' }));
    const byKey = Object.fromEntries(register.map((entry) => [entry.key, entry]));
    expect(byKey['CASES'].retention).toBe(
      '2 ans après la clôture du dossier (données nominatives des dossiers clos)',
    );
    expect(byKey['MAILS'].retention).toBe('2 mois (contenu des courriels envoyés)');
    expect(byKey['JOURNAL'].retention).toBe('1 an (journal des accès et des actions)');
    expect(byKey['JOURNAL'].afterRetention).toMatch(/point de contrôle/);
  });

  it.each([
    [365, '1 an'],
    [730, '2 ans'],
    [90, '3 mois'],
    [45, '45 jours'],
  ])('writes %i days as « %s »', (days, text) => expect(frenchDuration(days)).toBe(text));
});
