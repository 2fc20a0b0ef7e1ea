import {
  countOf,
  dueLabel,
  formatDay,
  formatSize,
  lowersSensitivity,
  needsReason,
  parisToday,
  saraStep,
  statusBadgeClass,
  tlpLabel,
  transitionLabel,
} from './case-labels';

describe('the SARA cycle as a stepper', () => {
  it('places each working status on its step, with the next one', () => {
    expect(saraStep('NEW')).toEqual({
      current: 1,
      total: 5,
      title: 'Repérage (nouveau dossier)',
      next: 'Analyse',
    });
    expect(saraStep('ASSESSMENT')).toEqual({ current: 4, total: 5, title: 'Évaluation', next: 'Résolu' });
    expect(saraStep('RESOLVED')?.next).toBe('Clôture');
    expect(saraStep('CLOSED')).toEqual({ current: 5, total: 5, title: 'Résolu et clos', next: null });
  });

  it('has no step for a case on hold or rejected: the page says so instead', () => {
    expect(saraStep('ON_HOLD')).toBeNull();
    expect(saraStep('REJECTED')).toBeNull();
  });
});

describe('transitions', () => {
  it('words the buttons after where the case comes from', () => {
    expect(transitionLabel('NEW', 'ANALYSIS')).toBe('Passer en analyse');
    expect(transitionLabel('RESPONSE', 'ANALYSIS')).toBe('Revenir à l’analyse');
    expect(transitionLabel('RESOLVED', 'ANALYSIS')).toBe('Rouvrir en analyse');
    expect(transitionLabel('ON_HOLD', 'RESPONSE')).toBe('Reprendre en réponse');
    expect(transitionLabel('ANALYSIS', 'REJECTED')).toBe('Rejeter');
  });

  it('asks a reason to reject, put on hold or reopen, as the server does', () => {
    expect(needsReason('NEW', 'REJECTED')).toBe(true);
    expect(needsReason('ANALYSIS', 'ON_HOLD')).toBe(true);
    expect(needsReason('RESOLVED', 'ANALYSIS')).toBe(true);
    expect(needsReason('NEW', 'ANALYSIS')).toBe(false);
    expect(needsReason('ASSESSMENT', 'RESOLVED')).toBe(false);
  });
});

describe('sensitivity', () => {
  it('writes the TLP level as the badges show it', () => {
    expect(tlpLabel('AMBER_STRICT')).toBe('TLP:AMBER+STRICT');
    expect(tlpLabel('RED')).toBe('TLP:RED');
  });

  it('knows when a change lowers the level (a reason is then required)', () => {
    expect(lowersSensitivity('RED', 'AMBER')).toBe(true);
    expect(lowersSensitivity('GREEN', 'AMBER')).toBe(false);
  });
});

describe('status badges', () => {
  it('use the DSFR system colours', () => {
    expect(statusBadgeClass('NEW')).toBe('fr-badge--new');
    expect(statusBadgeClass('RESPONSE')).toBe('fr-badge--info');
    expect(statusBadgeClass('ON_HOLD')).toBe('fr-badge--warning');
    expect(statusBadgeClass('RESOLVED')).toBe('fr-badge--success');
    expect(statusBadgeClass('CLOSED')).toBe('fr-badge--no-icon');
  });
});

describe('due dates', () => {
  it('counts Paris calendar days, whatever the machine time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(parisToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('says how late or how soon', () => {
    expect(dueLabel('2026-03-01', '2026-03-04')).toBe('en retard de 3 jours');
    expect(dueLabel('2026-03-03', '2026-03-04')).toBe('en retard d’un jour');
    expect(dueLabel('2026-03-04', '2026-03-04')).toBe('aujourd’hui');
    expect(dueLabel('2026-03-05', '2026-03-04')).toBe('demain');
    expect(dueLabel('2026-03-10', '2026-03-04')).toBe('dans 6 jours');
    expect(dueLabel(null, '2026-03-04')).toBe('sans échéance');
  });

  it('writes a calendar day in French without shifting it', () => {
    expect(formatDay('2026-01-01')).toBe('1er janvier 2026');
    expect(formatDay('2026-01-21')).toBe('21 janvier 2026');
    expect(formatDay('pas une date')).toBe('');
  });
});

describe('small French formats', () => {
  it('writes file sizes', () => {
    expect(formatSize(512)).toBe('512 octets');
    expect(formatSize(2048)).toBe('2 ko');
    expect(formatSize(2.5 * 1024 * 1024)).toBe('2,5 Mo');
  });

  it('agrees nouns with their count', () => {
    expect(countOf(0, 'dossier', 'dossiers', 'aucun dossier')).toBe('aucun dossier');
    expect(countOf(1, 'dossier', 'dossiers')).toBe('1 dossier');
    expect(countOf(3, 'dossier', 'dossiers')).toBe('3 dossiers');
  });
});
