import { frenchDateTime } from '@continuum/domain';
import type { ContractModel } from '../contract.models';

/** What the DOCX and the PDF of a contract say, laid out once. */
export interface ContractDocumentText {
  title: string;
  subtitle: string;
  status: string;
  facts: [string, string][];
  parties: string[];
  progress: string;
  commitments: { columns: string[]; rows: string[][] };
  text: string[];
  footer: string;
}

const frDay = (value: string | null) => (value ? value.split('-').reverse().join('/') : '—');

/** The contract as its reader reads it: the commitments overdue first, linked items they may read only. */
export function contractDocumentText(
  contract: ContractModel,
  timeZone: string,
  generatedAt: Date,
): ContractDocumentText {
  const places = contract.epci
    ? `${contract.epci.name} (${contract.communes.length} communes)`
    : contract.communes.map((commune) => commune.name).join(', ');
  const p = contract.progress;
  return {
    title: contract.title,
    subtitle: `${contract.kindLabel} — ${places}`,
    status: `${contract.reference} · ${contract.statusLabel}`,
    facts: [
      ['Signature', frDay(contract.signedOn)],
      ['Début', frDay(contract.startsOn)],
      ['Fin', frDay(contract.endsOn)],
      ['Document de référence', contract.documentReference ?? '—'],
    ],
    parties: contract.parties.map((party) => `${party.roleLabel} : ${party.name}`),
    progress:
      `${p.total} engagement${p.total > 1 ? 's' : ''} : ${p.kept} tenu${p.kept > 1 ? 's' : ''}, ${p.inProgress} en cours, ` +
      `${p.todo} à faire, ${p.notKept} non tenu${p.notKept > 1 ? 's' : ''} ; ${p.overdue} en retard` +
      (p.keptShare === null
        ? '.'
        : ` ; ${String(p.keptShare).replace('.', ',')} % des engagements échus tenus.`),
    commitments: {
      columns: ['Engagement', 'Porté par', 'Échéance', 'État'],
      rows: contract.commitments.map((commitment) => {
        const links = [
          ...commitment.actions.map((action) => `${action.caseReference} — ${action.title}`),
          ...commitment.operations.map((operation) => operation.title),
        ];
        return [
          links.length ? `${commitment.text}\n(${links.join(' ; ')})` : commitment.text,
          commitment.ownerName,
          frDay(commitment.dueOn),
          commitment.overdue ? `${commitment.statusLabel} — en retard` : commitment.statusLabel,
        ];
      }),
    },
    text: (contract.documentText ?? '')
      .split(/\n{2,}/)
      .map((block) => block.trim())
      .filter(Boolean),
    footer: `Continuum — ${contract.reference} — édité le ${frenchDateTime(generatedAt, timeZone)}`,
  };
}
