import { PROPOSAL_CATEGORY_LABELS, ProposalStatus } from '@continuum/domain';
import type { NewMail } from '@continuum/server/mail';
import type { ClaimedProposal } from './proposal-triage.service';

const OUTCOMES: Partial<Record<ProposalStatus, string>> = {
  [ProposalStatus.ANSWERED]: 'Votre proposition a reçu une réponse.',
  [ProposalStatus.MERGED]:
    'Votre proposition a été rattachée à un dossier déjà suivi par les services de l’État et de la commune.',
  [ProposalStatus.CASE_OPENED]:
    'Un dossier a été ouvert à partir de votre proposition ; les services concernés le suivent.',
};

/**
 * The message to the author once the proposal is dealt with. It carries the outcome and the answer,
 * never the private link (only its hash is kept) nor the text as written.
 */
export function proposalOutcomeMail(
  proposal: ClaimedProposal,
  status: ProposalStatus,
  answer: string | null,
): NewMail {
  const reference = `P-${proposal.number}`;
  const lines = [
    'Bonjour,',
    '',
    `${OUTCOMES[status]}`,
    `Proposition ${reference} — ${PROPOSAL_CATEGORY_LABELS[proposal.category]}, ${proposal.commune_name}.`,
    '',
    ...(answer ? ['Réponse :', answer, ''] : []),
    'Vous pouvez aussi la relire par le lien privé qui vous a été donné à l’envoi.',
    '',
    'Le cabinet du préfet et votre mairie',
  ];
  return {
    topic: 'proposal.outcome',
    referenceId: proposal.id,
    toAddress: proposal.author_address!,
    subject: `Votre proposition ${reference} : ${status === ProposalStatus.ANSWERED ? 'réponse' : 'suite donnée'}`,
    text: lines.join('\n'),
  };
}
