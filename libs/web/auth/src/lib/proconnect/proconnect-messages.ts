import { PROCONNECT_REFUSALS } from '@continuum/domain';

/** The message of a refusal reason; an unknown reason (a hand-edited address) gets the generic one. */
export function proConnectRefusal(reason: string | undefined): string | null {
  if (!reason) return null;
  return (PROCONNECT_REFUSALS as Readonly<Record<string, string>>)[reason] ?? PROCONNECT_REFUSALS.invalid;
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
