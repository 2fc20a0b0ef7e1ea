import {
  bellCount,
  bellLabel,
  severityAlertClass,
  severityBadgeClass,
  severityLabel,
} from './alert-severity';

describe('the bell and the severities', () => {
  it('says how many alerts are unread, in French', () => {
    expect(bellLabel(0)).toBe('Alertes, aucune non lue');
    expect(bellLabel(1)).toBe('Alertes, 1 non lue');
    expect(bellLabel(3)).toBe('Alertes, 3 non lues');
  });

  it('keeps the badge small', () => {
    expect(bellCount(7)).toBe('7');
    expect(bellCount(120)).toBe('99+');
  });

  it('colours urgence red, vigilance orange and information blue', () => {
    expect(severityLabel('URGENT')).toBe('Urgence');
    expect(severityBadgeClass('URGENT')).toBe('fr-badge--error');
    expect(severityBadgeClass('VIGILANCE')).toBe('fr-badge--warning');
    expect(severityAlertClass('INFO')).toBe('fr-alert--info');
  });
});
