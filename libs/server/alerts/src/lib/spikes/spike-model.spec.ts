import { CaseCategory } from '@continuum/domain';
import {
  assessWeek,
  countOfCategory,
  poissonUpperTail,
  SPIKE_MODEL,
  spikeText,
  weekSpan,
} from './spike-model';

const weeks = (n: number, value: number) => Array.from({ length: n }, () => value);

describe('The Poisson upper tail P(X ≥ k)', () => {
  it('is 1 for k = 0, whatever λ', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
  });

  it('matches hand computations', () => {
    // λ = 2, k = 5: 1 − e⁻²(1 + 2 + 2 + 4/3 + 2/3) = 1 − 7e⁻² = 0.052653…
    expect(poissonUpperTail(5, 2)).toBeCloseTo(1 - 7 * Math.exp(-2), 12);
    // λ = 1, k = 5: 1 − e⁻¹(1 + 1 + 1/2 + 1/6 + 1/24) = 1 − 2.708333e⁻¹ = 0.003660…
    expect(poissonUpperTail(5, 1)).toBeCloseTo(0.00366, 5);
    // λ = 1, k = 6: 1 − e⁻¹(2.708333 + 1/120) = 0.000594…
    expect(poissonUpperTail(6, 1)).toBeCloseTo(0.000594, 6);
    // λ = 3, k = 2 (below the mean): 1 − e⁻³(1 + 3) = 0.800852…
    expect(poissonUpperTail(2, 3)).toBeCloseTo(1 - 4 * Math.exp(-3), 12);
  });

  it('keeps the digits of a very small probability (14 against 3.2)', () => {
    // The tail's first term e^(−3.2)·3.2^14/14! ≈ 1.87e-5 dominates; the whole tail ≈ 2.6e-5.
    const first = (Math.exp(-3.2) * 3.2 ** 14) / 87_178_291_200;
    const p = poissonUpperTail(14, 3.2);
    expect(p).toBeGreaterThan(first);
    expect(p).toBeLessThan(first * 1.5);
    // 40 against 1: e⁻¹/40! ≈ 4.5e-49, not 0.
    expect(poissonUpperTail(40, 1)).toBeGreaterThan(4e-49);
    expect(poissonUpperTail(40, 1)).toBeLessThan(5e-49);
  });

  it('refuses a negative count or a zero mean', () => {
    expect(() => poissonUpperTail(-1, 2)).toThrow();
    expect(() => poissonUpperTail(3, 0)).toThrow();
  });
});

describe('The verdict on a week', () => {
  it('is a spike: 14 cambriolages against a mean of 3.2 over 12 weeks', () => {
    const verdict = assessWeek(14, [3, 4, 2, 3, 5, 3, 2, 4, 3, 3, 4, 2]);
    // 3+4+2+3+5+3+2+4+3+3+4+2 = 38 → 38/12 = 3.1666…
    expect(verdict.expected).toBeCloseTo(38 / 12, 12);
    expect(verdict.probability).toBeLessThan(SPIKE_MODEL.threshold);
    expect(verdict.spike).toBe(true);
  });

  it('is no spike at p just above the threshold: 5 against a mean of 1 (p = 0.00366)', () => {
    expect(assessWeek(5, weeks(12, 1))).toMatchObject({ expected: 1, spike: false });
  });

  it('is a spike just under it: 6 against a mean of 1 (p = 0.000594)', () => {
    const verdict = assessWeek(6, weeks(12, 1));
    expect(verdict.probability).toBeCloseTo(0.000594, 6);
    expect(verdict.spike).toBe(true);
  });

  it('never calls a small count a spike, however unlikely: 1 against 0, 4 against 0', () => {
    expect(assessWeek(1, weeks(12, 0))).toMatchObject({ expected: SPIKE_MODEL.expectedFloor, spike: false });
    const four = assessWeek(4, weeks(12, 0));
    // 4 against the floor 0.25: p ≈ e^(−0.25)·0.25⁴/24 ≈ 1.3e-4, under the threshold, yet under 5 facts.
    expect(four.probability).toBeLessThan(SPIKE_MODEL.threshold);
    expect(four.spike).toBe(false);
    expect(assessWeek(5, weeks(12, 0)).spike).toBe(true);
  });

  it('raises the minimum count to the diagnostic’s masking threshold, never lowers it', () => {
    expect(assessWeek(6, weeks(12, 0), 10).spike).toBe(false);
    expect(assessWeek(10, weeks(12, 0), 10).spike).toBe(true);
    expect(assessWeek(4, weeks(12, 0), 2).spike).toBe(false);
  });

  it('gives no verdict with fewer than 8 known weeks before it', () => {
    expect(assessWeek(30, weeks(7, 1))).toEqual({ expected: null, probability: null, spike: false });
    expect(assessWeek(30, weeks(8, 1)).spike).toBe(true);
  });
});

describe('The alert’s words', () => {
  it('says the week in French', () => {
    expect(weekSpan('2026-11-30')).toBe('du 30 novembre au 6 décembre 2026');
    expect(weekSpan('2026-12-07')).toBe('du 7 au 13 décembre 2026');
    expect(weekSpan('2026-12-28')).toBe('du 28 décembre 2026 au 3 janvier 2027');
    expect(weekSpan('2026-06-01')).toBe('du 1er au 7 juin 2026');
  });

  it('counts a category as a reader says it', () => {
    expect(countOfCategory(14, CaseCategory.CAMBRIOLAGES)).toBe('14 cambriolages de logement');
    expect(countOfCategory(6, CaseCategory.POINT_DE_DEAL)).toBe('6 faits « Point de deal »');
    expect(countOfCategory(1200, CaseCategory.VOLS_DE_VEHICULES)).toBe('1\u202f200 vols de véhicules');
  });

  it('writes the alert: the count, the zone, the expected level with a decimal comma, no incident', () => {
    const text = spikeText({
      zoneName: 'QRR La Source',
      category: CaseCategory.CAMBRIOLAGES,
      week: '2026-12-07',
      current: true,
      count: 14,
      expected: 3.2,
      baselineWeeks: 12,
    });
    expect(text.title).toBe('Hausse inhabituelle — Cambriolages de logement — QRR La Source');
    expect(text.body).toMatch(
      /^Hausse inhabituelle : 14 cambriolages de logement cette semaine dans la zone QRR La Source \(attendu : 3,2\)\.\nSemaine du 7 au 13 décembre 2026\./,
    );
    expect(text.body).toContain('moins d’une chance sur 1\u202f000');
    const past = spikeText({
      zoneName: 'QPV L’Argonne',
      category: CaseCategory.VOLS_DE_VEHICULES,
      week: '2026-11-30',
      current: false,
      count: 9,
      expected: 1,
      baselineWeeks: 11,
    });
    expect(past.body).toMatch(
      /^Hausse inhabituelle : 9 vols de véhicules la semaine du 30 novembre au 6 décembre 2026 dans la zone QPV L’Argonne \(attendu : 1,0\)\./,
    );
    expect(past.body).toContain('moyenne des 11 semaines précédentes');
  });
});
