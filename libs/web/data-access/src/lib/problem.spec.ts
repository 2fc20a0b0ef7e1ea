import { describeProblem, FIELDS_MESSAGE, forControls } from './problem';

const refusal = (code: string, field: string, message: string) => ({
  errors: [{ message, extensions: { code, field } }],
});

describe('forControls', () => {
  it('tells in the alert a conflict on a field the form has no control for', () => {
    const problem = describeProblem(
      refusal(
        'CONFLICT',
        'to',
        'Le dossier vient de changer de statut (désormais « Analyse ») : rechargez-le.',
      ),
    );
    expect(problem.message).toBe(FIELDS_MESSAGE);
    expect(forControls(problem, 'reason').message).toBe(
      'Le dossier vient de changer de statut (désormais « Analyse ») : rechargez-le.',
    );
  });

  it('leaves a message for a field the form shows under that field', () => {
    const problem = describeProblem(
      refusal('BAD_USER_INPUT', 'reason', 'Indiquez pourquoi vous déclinez la saisine.'),
    );
    expect(forControls(problem, 'reason')).toEqual(problem);
  });

  it('leaves a general message as it is', () => {
    const problem = describeProblem({
      errors: [{ message: 'Partage introuvable.', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(forControls(problem).message).toBe('Partage introuvable.');
  });
});

describe('what a page shows when a call fails', () => {
  it('shows the server’s message when the service is momentarily unavailable, with its code', () => {
    const message =
      'Le service est momentanément indisponible. Réessayez dans quelques instants ; si vous enregistriez une modification, vérifiez d’abord qu’elle n’a pas déjà été prise en compte.';
    const problem = describeProblem({
      errors: [{ message, path: ['markAllNotificationsRead'], extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    expect(problem).toEqual({ message, code: 'SERVICE_UNAVAILABLE', fields: {} });
  });

  it('says the server does not answer when nothing came back', () => {
    expect(describeProblem(new TypeError('Failed to fetch')).message).toMatch(/^Le serveur ne répond pas/);
  });
});
