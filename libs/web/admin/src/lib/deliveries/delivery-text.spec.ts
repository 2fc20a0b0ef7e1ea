import type { DeliveryRowFragment } from '@continuum/web/data-access';
import { attemptsOf, errorOf, nextAttemptOf, parisDateTime, recipientOf, replayDone } from './delivery-text';

const mail: DeliveryRowFragment = {
  id: 'm1',
  kind: 'MAIL',
  status: 'FAILED',
  attempts: 1,
  lastError: '550 Boîte aux lettres inconnue',
  createdAt: '2026-12-07T13:05:00Z',
  nextAttemptAt: null,
  subject: '[Continuum] Alerte',
  toAddress: 'nadia.fournier@bailleur.demo',
  organizationId: null,
  organizationName: null,
  responseStatus: null,
  alertId: null,
};
const webhook: DeliveryRowFragment = {
  ...mail,
  id: 'w1',
  kind: 'WEBHOOK',
  status: 'PENDING',
  attempts: 3,
  lastError: 'Le point de réception a répondu 503.',
  toAddress: null,
  subject: null,
  organizationName: 'Bailleur social',
  responseStatus: 503,
};

describe('how a delivery is told to the administrator', () => {
  it('names the mail’s address, or the organisation whose endpoint receives the alert', () => {
    expect(recipientOf(mail)).toBe('nadia.fournier@bailleur.demo');
    expect(recipientOf(webhook)).toBe('Point de réception de Bailleur social');
  });

  it('shows the error with the partner’s HTTP status, once', () => {
    expect(errorOf(mail)).toBe('550 Boîte aux lettres inconnue');
    expect(errorOf(webhook)).toBe('Le point de réception a répondu 503.');
    expect(errorOf({ lastError: 'délai dépassé', responseStatus: 502 })).toBe('HTTP 502 : délai dépassé');
    expect(errorOf({ lastError: null, responseStatus: null })).toBe('Aucune erreur enregistrée.');
  });

  it('counts attempts in French', () => {
    expect(attemptsOf({ attempts: 0 })).toBe('Aucune tentative');
    expect(attemptsOf(mail)).toBe('1 tentative');
    expect(attemptsOf(webhook)).toBe('3 tentatives');
  });

  it('gives the next attempt in Paris time: the hour today, the date another day', () => {
    const now = new Date('2026-12-07T13:00:00Z'); // 14 h 00 in Paris
    expect(nextAttemptOf('2026-12-07T13:30:00Z', now)).toBe('Prochaine tentative à 14 h 30');
    expect(nextAttemptOf('2026-12-07T23:30:00Z', now)).toBe(
      'Prochaine tentative le 8 décembre 2026 à 0 h 30',
    );
    expect(nextAttemptOf('2026-12-07T12:10:00Z', now)).toBe('Tentative attendue depuis 13 h 10');
    expect(nextAttemptOf(null, now)).toMatch(/^Aucune tentative programmée/);
    // Summer time: Paris is UTC+2.
    expect(parisDateTime('2026-07-14T08:05:00Z')).toBe('14 juillet 2026 à 10 h 05');
  });

  it('says what a replay did', () => {
    expect(replayDone(mail)).toBe(
      'Courriel à nadia.fournier@bailleur.demo renvoyé : il repart avec une nouvelle série d’essais.',
    );
    expect(replayDone(webhook)).toMatch(/^Envoi au webhook de Bailleur social relancé/);
  });
});
