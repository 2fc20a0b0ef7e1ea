/**
 * The server's refusals of a ProConnect callback (`/connexion?proconnect=<raison>`), in French.
 * The same texts as the server's (server/organizations, PROCONNECT_REFUSALS), which journals them.
 */
const REFUSALS: Readonly<Record<string, string>> = {
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

/** The message of a refusal reason; an unknown reason (a hand-edited address) gets the generic one. */
export function proConnectRefusal(reason: string | undefined): string | null {
  if (!reason) return null;
  return REFUSALS[reason] ?? REFUSALS['invalid'];
}

export type AccessRequestState = 'sent' | 'pending' | 'refused' | 'no-organization';

/** What the « demande d’accès » page says, by the state the server redirected with. */
export function accessRequestText(
  state: string | undefined,
  organization: string | undefined,
): { title: string; text: string; kind: 'success' | 'info' | 'warning' } {
  const of = organization ? ` de ${organization}` : ' de votre organisation';
  switch (state) {
    case 'sent':
      return {
        title: 'Demande d’accès envoyée',
        text: `ProConnect vous a identifié, mais vous n’avez pas encore de compte sur Continuum. Votre demande d’accès a été transmise aux responsables${of} : dès que l’un d’eux l’aura approuvée, vous vous connecterez avec ProConnect.`,
        kind: 'success',
      };
    case 'pending':
      return {
        title: 'Demande d’accès en attente',
        text: `Votre demande d’accès attend la décision d’un responsable${of}. Vous pourrez vous connecter avec ProConnect dès qu’elle sera approuvée.`,
        kind: 'info',
      };
    case 'refused':
      return {
        title: 'Demande d’accès refusée',
        text: `Un responsable${of} a refusé votre demande d’accès. Adressez-vous à lui si vous pensez qu’il s’agit d’une erreur.`,
        kind: 'warning',
      };
    default:
      return {
        title: 'Organisation inconnue',
        text: 'Votre organisation, telle que ProConnect la désigne (son SIRET), n’utilise pas encore Continuum : adressez-vous au cabinet de la préfecture pour qu’elle y soit ajoutée. Aucune demande n’a été enregistrée.',
        kind: 'warning',
      };
  }
}
