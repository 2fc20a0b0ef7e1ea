import { countOf } from '../shared/case-labels';

interface Work {
  pendingReferrals: readonly unknown[];
  dueActions: readonly { overdue: boolean }[];
}

/** « 6 saisines à traiter · 3 actions en retard · 2 actions à échéance sous 7 jours. » */
export function workSummary(work: Work): string {
  const overdue = work.dueActions.filter((action) => action.overdue).length;
  const soon = work.dueActions.length - overdue;
  const parts = [
    countOf(
      work.pendingReferrals.length,
      'saisine à traiter',
      'saisines à traiter',
      'Aucune saisine à traiter',
    ),
    countOf(overdue, 'action en retard', 'actions en retard', 'aucune action en retard'),
    countOf(
      soon,
      'action à échéance sous 7 jours',
      'actions à échéance sous 7 jours',
      'aucune autre action à échéance sous 7 jours',
    ),
  ];
  return `${parts.join(' · ')}.`;
}
