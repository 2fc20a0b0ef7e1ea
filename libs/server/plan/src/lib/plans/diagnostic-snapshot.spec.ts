import { CaseCategory } from '@continuum/domain';
import { maskedSnapshot } from './diagnostic-snapshot.service';

const snapshot = {
  takenOn: '2026-12-07',
  period: 'décembre 2025 – novembre 2026',
  incidents: 1206,
  previousYear: 1190,
  categories: [
    { category: CaseCategory.CAMBRIOLAGES, incidents: 1200, previousYear: 1186 },
    { category: CaseCategory.HOMICIDES, incidents: 2, previousYear: 0 },
    { category: CaseCategory.VOLS_AVEC_ARMES, incidents: 4, previousYear: 4 },
  ],
};

describe('The adopted diagnostic’s figures as a reader may read them', () => {
  it('masks every figure under the threshold, keeps zeros and large figures', () => {
    expect(maskedSnapshot(snapshot, 5).categories).toEqual([
      { label: 'Cambriolages de logement', incidents: 1200, previousYear: 1186 },
      { label: 'Homicides', incidents: null, previousYear: 0 },
      { label: 'Vols avec armes', incidents: null, previousYear: null },
    ]);
  });

  it('totals only what is shown, so that no masked figure comes back by difference', () => {
    expect(maskedSnapshot(snapshot, 5)).toMatchObject({
      incidents: 1200,
      previousYear: 1186,
      partial: true,
      minCell: 5,
    });
    expect(maskedSnapshot(snapshot, 0)).toMatchObject({
      incidents: 1206,
      previousYear: 1190,
      partial: false,
      minCell: null,
    });
  });

  it('masks nothing for the cabinet (threshold 0)', () => {
    expect(maskedSnapshot(snapshot, 0).categories.map((row) => row.incidents)).toEqual([1200, 2, 4]);
  });
});
