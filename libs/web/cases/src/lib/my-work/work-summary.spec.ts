import { workSummary } from './work-summary';

describe('the « Mes dossiers » summary line', () => {
  it('counts referrals, overdue actions and those due soon', () => {
    expect(
      workSummary({
        pendingReferrals: [{}, {}, {}, {}, {}, {}],
        dueActions: [
          { overdue: true },
          { overdue: true },
          { overdue: true },
          { overdue: false },
          { overdue: false },
        ],
      }),
    ).toBe('6 saisines à traiter · 3 actions en retard · 2 actions à échéance sous 7 jours.');
  });

  it('reads well when there is nothing to do', () => {
    expect(workSummary({ pendingReferrals: [], dueActions: [] })).toBe(
      'Aucune saisine à traiter · aucune action en retard · aucune autre action à échéance sous 7 jours.',
    );
  });
});
