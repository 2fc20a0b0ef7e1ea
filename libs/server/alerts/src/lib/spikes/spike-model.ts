import { CASE_CATEGORIES, CaseCategory } from '@continuum/domain';

/**
 * The spike model, in one place. For a zone of the territory and an offence category, the week's
 * count k (ISO week, Monday to Sunday, Paris time, by the start of the facts; incidents with a
 * point inside the zone's outline) is compared with its expected level λ:
 *
 * - λ = the mean of the same zone and category over the `baselineWeeks` (12) weeks before it,
 *   counting only the weeks the data covers (at least one incident recorded in the département
 *   that week: a week before the first import is unknown, not zero); fewer than
 *   `minBaselineWeeks` (8) such weeks: no verdict. λ is at least `expectedFloor` (0.25, one fact a
 *   month), so that a category never seen in a zone is not expected at exactly 0.
 * - p = P(X ≥ k) for X ~ Poisson(λ): how likely a count this high is at the usual level.
 * - A spike when p < `threshold` (0.001) AND k ≥ `minCount` (5, and never below the diagnostic's
 *   masking threshold): 1 against 0, or 4 against 0.5, is never a spike, and the figure an alert
 *   gives is never a cell the diagnostic would mask.
 *
 * Crime counts are over-dispersed (their variance exceeds their mean), which a Poisson law
 * ignores: the strict threshold compensates — with 10 zones and 25 categories, under the model
 * fewer than 0.25 false alerts a week, fewer still with the minimum count.
 */
export const SPIKE_MODEL = {
  baselineWeeks: 12,
  minBaselineWeeks: 8,
  expectedFloor: 0.25,
  threshold: 0.001,
  minCount: 5,
} as const;

export interface SpikeVerdict {
  /** The expected level λ, or null when too few weeks are known to have one. */
  expected: number | null;
  /** P(X ≥ count) under Poisson(λ), or null without an expected level. */
  probability: number | null;
  spike: boolean;
}

/**
 * P(X ≥ k) for X ~ Poisson(λ). Below the mean, one minus the lower sum; above it, the tail summed
 * from its first term (computed in logarithms), so that a very small probability keeps its digits.
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (!Number.isInteger(k) || k < 0) throw new Error(`poissonUpperTail: k = ${k}`);
  if (!(lambda > 0)) throw new Error(`poissonUpperTail: λ = ${lambda}`);
  if (k === 0) return 1;
  if (k <= lambda) {
    let term = Math.exp(-lambda);
    let lower = term;
    for (let i = 1; i < k; i++) {
      term *= lambda / i;
      lower += term;
    }
    return Math.max(0, 1 - lower);
  }
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  let term = Math.exp(-lambda + k * Math.log(lambda) - logFactorial);
  let tail = 0;
  for (let i = k; term > tail * 1e-17 && i < k + 10_000; i++) {
    tail += term;
    term *= lambda / (i + 1);
  }
  return Math.min(1, tail);
}

/**
 * The verdict on one week: `count` this week, `baseline` the counts of the weeks before that the data
 * covers (most recent first or not: only their mean counts), `minCount` the least count that may be a
 * spike (the model's, raised to the diagnostic's masking threshold by the caller).
 */
export function assessWeek(
  count: number,
  baseline: readonly number[],
  minCount: number = SPIKE_MODEL.minCount,
): SpikeVerdict {
  if (baseline.length < SPIKE_MODEL.minBaselineWeeks)
    return { expected: null, probability: null, spike: false };
  const mean = baseline.reduce((sum, n) => sum + n, 0) / baseline.length;
  const expected = Math.max(mean, SPIKE_MODEL.expectedFloor);
  const probability = poissonUpperTail(count, expected);
  return {
    expected,
    probability,
    spike: count >= Math.max(minCount, SPIKE_MODEL.minCount) && probability < SPIKE_MODEL.threshold,
  };
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const integer = new Intl.NumberFormat('fr-FR');
const day = (iso: string, withMonth: boolean, withYear = false) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: withMonth ? 'long' : undefined,
    year: withYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  })
    .format(new Date(`${iso}T00:00:00Z`))
    .replace(/^1(?= |$)/, '1er');

/** « du 30 novembre au 6 décembre 2026 », « du 7 au 13 décembre 2026 ». */
export function weekSpan(monday: string): string {
  const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  const sameMonth = monday.slice(0, 7) === sunday.slice(0, 7);
  const sameYear = monday.slice(0, 4) === sunday.slice(0, 4);
  return `du ${day(monday, !sameMonth, !sameYear)} au ${day(sunday, true, true)}`;
}

/** « 14 cambriolages de logement »; a category outside the SSMSI's: « 6 faits « Point de deal » ». */
export function countOfCategory(count: number, category: CaseCategory): string {
  const info = CASE_CATEGORIES[category];
  const figure = integer.format(count);
  if (!info) return `${figure} faits`;
  if (info.group !== 'SSMSI') return `${figure} faits « ${info.label} »`;
  return `${figure} ${info.label.charAt(0).toLowerCase()}${info.label.slice(1)}`;
}

export interface SpikeFacts {
  zoneName: string;
  category: CaseCategory;
  /** The Monday of the week (YYYY-MM-DD). */
  week: string;
  /** Whether it is the week under way when the alert is written. */
  current: boolean;
  count: number;
  expected: number;
  baselineWeeks: number;
}

/** The alert's title and text: aggregates only, never an incident's detail. */
export function spikeText(facts: SpikeFacts): { title: string; body: string } {
  const label = CASE_CATEGORIES[facts.category]?.label ?? facts.category;
  const when = facts.current ? 'cette semaine' : `la semaine ${weekSpan(facts.week)}`;
  return {
    title: `Hausse inhabituelle — ${label} — ${facts.zoneName}`,
    body:
      `Hausse inhabituelle : ${countOfCategory(facts.count, facts.category)} ${when} dans la zone ` +
      `${facts.zoneName} (attendu : ${decimal.format(facts.expected)}).\n` +
      (facts.current ? `Semaine ${weekSpan(facts.week)}. ` : '') +
      `Niveau attendu : moyenne des ${facts.baselineWeeks} semaines précédentes ; un tel nombre avait ` +
      `moins d’une chance sur ${integer.format(1 / SPIKE_MODEL.threshold)} d’être atteint à ce niveau (loi de Poisson). ` +
      'Faits enregistrés par les forces, en nombre seulement.',
  };
}
