import { formatNumber, formatPeriod } from '../shared/plan-format';

/** What the chart of an indicator is drawn from: its history, its baseline and its target. */
export interface ChartInput {
  history: readonly { period: string; value: number | null; masked: boolean }[];
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  deadline: string;
}

export interface ChartSize {
  width: number;
  height: number;
  /** Room on the left for the values' labels, and around the plot. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartModel {
  /** One SVG path per run of consecutive known values (a masked or missing value breaks the line). */
  lines: string[];
  dots: { x: number; y: number }[];
  /** The straight line from the baseline towards the target, over the period drawn. */
  expected: { x1: number; y1: number; x2: number; y2: number };
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string; anchor: 'start' | 'end' }[];
}

const DAY = 86_400_000;

/** The instant a point stands for: the last day of its month (`2026-11`), or its day. */
export function pointTime(period: string): number {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]), 0);
  return Date.parse(`${period}T00:00:00Z`);
}

/** Where the straight line from the baseline (on its day) to the target (on the deadline) is at `time`. */
export function expectedAt(input: Omit<ChartInput, 'history'>, time: number): number {
  const start = Date.parse(`${input.baselineDate}T00:00:00Z`);
  const end = Date.parse(`${input.deadline}T00:00:00Z`);
  const elapsed = Math.min(1, Math.max(0, (time - start) / Math.max(DAY, end - start)));
  return input.baselineValue + (input.targetValue - input.baselineValue) * elapsed;
}

/**
 * The geometry of a small line chart: the indicator's values over time from its baseline, and the
 * expected trajectory beside them (its ends in the scale unless `trajectory` is false). Null when
 * there is no value to draw.
 */
export function chartModel(input: ChartInput, size: ChartSize, trajectory = true): ChartModel | null {
  const known = input.history.filter((point) => point.value !== null);
  if (known.length === 0) return null;
  const start = Date.parse(`${input.baselineDate}T00:00:00Z`);
  const lastTime = Math.max(...input.history.map((point) => pointTime(point.period)));
  const end = Math.max(lastTime, start + DAY);
  const expectedEnd = expectedAt(input, end);

  // Without the trajectory (a value on another scope than the baseline's), the scale is the values'.
  const values = [
    ...known.map((point) => point.value as number),
    ...(trajectory ? [input.baselineValue, expectedEnd] : []),
  ];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high === low) {
    low -= 1;
    high += 1;
  }
  const step = niceStep((high - low) / 3);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;

  const plotWidth = size.width - size.left - size.right;
  const plotHeight = size.height - size.top - size.bottom;
  const x = (time: number) => round(size.left + ((time - start) / (end - start)) * plotWidth);
  const y = (value: number) => round(size.top + (1 - (value - low) / (high - low)) * plotHeight);

  const lines: string[] = [];
  const dots: { x: number; y: number }[] = [];
  let run: string[] = [];
  for (const point of input.history) {
    if (point.value === null) {
      if (run.length > 0) lines.push(run.join(' '));
      run = [];
      continue;
    }
    const px = x(Math.max(start, pointTime(point.period)));
    const py = y(point.value);
    run.push(`${run.length === 0 ? 'M' : 'L'}${px},${py}`);
    dots.push({ x: px, y: py });
  }
  if (run.length > 0) lines.push(run.join(' '));

  const yTicks: { y: number; label: string }[] = [];
  for (let value = low; value <= high + step / 2; value += step)
    yTicks.push({ y: y(value), label: formatNumber(round(value)) });

  const firstPeriod = input.history[0]?.period;
  const lastPeriod = input.history[input.history.length - 1]?.period;
  const xLabels: ChartModel['xLabels'] = [];
  if (firstPeriod) xLabels.push({ x: size.left, label: formatPeriod(firstPeriod), anchor: 'start' });
  if (lastPeriod && lastPeriod !== firstPeriod)
    xLabels.push({ x: size.width - size.right, label: formatPeriod(lastPeriod), anchor: 'end' });

  return {
    lines,
    dots,
    expected: { x1: x(start), y1: y(input.baselineValue), x2: x(end), y2: y(expectedEnd) },
    yTicks,
    xLabels,
  };
}

/** 1, 2 or 5 times a power of ten: ticks a person reads at a glance. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
