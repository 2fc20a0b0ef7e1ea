/**
 * Why a ProConnect callback was refused, and what a person is told (issue #17): the server journals
 * the reason and redirects to `/connexion?proconnect=<raison>`, where the client shows the same text.
 */
export type ProConnectRefusal =
  | 'state'
  | 'cancelled'
  | 'audience'
  | 'expired'
  | 'nonce'
  | 'identity'
  | 'disabled'
  | 'linked'
  | 'unavailable'
  | 'invalid';

export const PROCONNECT_REFUSALS: Readonly<Record<ProConnectRefusal, string>> = {
  state:
    'La réponse de ProConnect ne correspond à aucune connexion en cours (lien expiré, déjà utilisé ou forgé) : recommencez la connexion.',
  cancelled: 'La connexion avec ProConnect a été annulée ou refusée par votre fournisseur d’identité.',
  audience: 'Le jeton d’identité reçu de ProConnect n’est pas destiné à Continuum : connexion refusée.',
  expired: 'Le jeton d’identité reçu de ProConnect a expiré : recommencez la connexion.',
  nonce: 'Le jeton d’identité reçu de ProConnect ne correspond pas à cette connexion : connexion refusée.',
  identity:
    'ProConnect n’a pas transmis votre adresse électronique, votre nom et votre prénom : connexion impossible.',
  disabled:
    'Votre compte Continuum est désactivé : adressez-vous au responsable de votre organisation ou à l’administrateur de la plateforme.',
  linked:
    'Le compte Continuum de cette adresse électronique est déjà associé à une autre identité ProConnect : adressez-vous à l’administrateur de la plateforme.',
  unavailable: 'ProConnect ne répond pas pour le moment : réessayez dans quelques minutes.',
  invalid: 'La réponse de ProConnect est invalide : connexion refusée.',
};
