import { IndicatorDirection, ObjectiveProgress } from '@continuum/domain/plan';

export interface ProgressInput {
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  deadline: string;
  /** The indicator's latest value, and the day it stands for; null when there is none yet. */
  current: { value: number; on: string } | null;
}

export interface ProgressResult {
  status: ObjectiveProgress;
  /** Share of the way from the baseline to the target, 0 to 1 (a value gone the wrong way is 0). */
  share: number | null;
  /** Where the straight line from the baseline to the target stands on the current value's day. */
  expectedValue: number | null;
}

const DAY = 86_400_000;

/**
 * Where an objective stands: reached when its value is at or beyond its target; on track when it
 * is at or beyond the straight line drawn from the baseline (on its day) to the target (on the
 * deadline), read on the day the current value stands for; off track otherwise.
 */
export function objectiveProgress(input: ProgressInput): ProgressResult {
  if (!input.current) return { status: ObjectiveProgress.NO_DATA, share: null, expectedValue: null };
  const { baselineValue: from, targetValue: to, direction } = input;
  const value = input.current.value;
  const start = Date.parse(input.baselineDate);
  const end = Date.parse(input.deadline);
  const elapsed = Math.min(
    1,
    Math.max(0, (Date.parse(input.current.on) - start) / Math.max(DAY, end - start)),
  );
  const expectedValue = round(from + (to - from) * elapsed);
  const better = (a: number, b: number) => (direction === IndicatorDirection.DECREASE ? a <= b : a >= b);
  const share = to === from ? (better(value, to) ? 1 : 0) : clamp((value - from) / (to - from));
  if (better(value, to)) return { status: ObjectiveProgress.REACHED, share: 1, expectedValue };
  return {
    status: better(value, expectedValue) ? ObjectiveProgress.ON_TRACK : ObjectiveProgress.OFF_TRACK,
    share: round(share),
    expectedValue,
  };
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
