import { describeProblem } from './problem';

describe('what a page shows when a call fails', () => {
  it('shows the server’s message when the service is momentarily unavailable, with its code', () => {
    const message =
      'Le service est momentanément indisponible. Réessayez dans quelques instants : votre demande peut être renvoyée telle quelle.';
    const problem = describeProblem({
      errors: [{ message, path: ['markAllNotificationsRead'], extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    expect(problem).toEqual({ message, code: 'SERVICE_UNAVAILABLE', fields: {} });
  });

  it('says the server does not answer when nothing came back', () => {
    expect(describeProblem(new TypeError('Failed to fetch')).message).toMatch(/^Le serveur ne répond pas/);
  });
});
