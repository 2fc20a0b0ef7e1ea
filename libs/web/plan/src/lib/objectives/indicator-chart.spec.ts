import { chartModel, expectedAt, niceStep, pointTime } from './indicator-chart';

const SIZE = { width: 300, height: 150, left: 40, right: 10, top: 10, bottom: 20 };
const objective = {
  baselineValue: 1200,
  baselineDate: '2025-12-31',
  targetValue: 1000,
  deadline: '2027-12-31',
};

describe('the chart of an indicator', () => {
  it('places a month’s point on the last day of that month, a day’s point on that day', () => {
    expect(new Date(pointTime('2026-02')).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(new Date(pointTime('2026-02-15')).toISOString().slice(0, 10)).toBe('2026-02-15');
  });

  it('draws the expected line straight from the baseline to the target on the deadline', () => {
    expect(expectedAt(objective, Date.parse('2025-12-31T00:00:00Z'))).toBe(1200);
    expect(expectedAt(objective, Date.parse('2026-12-31T00:00:00Z'))).toBeCloseTo(1100, 0);
    expect(expectedAt(objective, Date.parse('2030-01-01T00:00:00Z'))).toBe(1000);
  });

  it('has nothing to draw without a known value', () => {
    expect(chartModel({ ...objective, history: [] }, SIZE)).toBeNull();
    expect(
      chartModel({ ...objective, history: [{ period: '2026-01', value: null, masked: true }] }, SIZE),
    ).toBeNull();
  });

  it('breaks the line where a value is masked, and keeps every point inside the plot', () => {
    const model = chartModel(
      {
        ...objective,
        history: [
          { period: '2025-12', value: 1200, masked: false },
          { period: '2026-01', value: 1180, masked: false },
          { period: '2026-02', value: null, masked: true },
          { period: '2026-03', value: 1150, masked: false },
          { period: '2026-04', value: 1120, masked: false },
        ],
      },
      SIZE,
    );
    expect(model).not.toBeNull();
    expect(model!.lines).toHaveLength(2);
    expect(model!.lines[0].startsWith('M40,')).toBe(true);
    expect(model!.dots).toHaveLength(4);
    for (const dot of model!.dots) {
      expect(dot.x).toBeGreaterThanOrEqual(SIZE.left);
      expect(dot.x).toBeLessThanOrEqual(SIZE.width - SIZE.right);
      expect(dot.y).toBeGreaterThanOrEqual(SIZE.top);
      expect(dot.y).toBeLessThanOrEqual(SIZE.height - SIZE.bottom);
    }
    // The expected line starts at the baseline and goes down (towards 1 000) over the four months.
    expect(model!.expected.x1).toBe(SIZE.left);
    expect(model!.expected.y2).toBeGreaterThan(model!.expected.y1);
    expect(model!.xLabels.map((label) => label.label)).toEqual(['décembre 2025', 'avril 2026']);
    expect(model!.yTicks.length).toBeGreaterThanOrEqual(2);
  });

  it('scales on the values alone when the trajectory is not drawn (a value on another scope)', () => {
    const history = [
      { period: '2026-01', value: 450, masked: false },
      { period: '2026-02', value: 470, masked: false },
    ];
    const alone = chartModel({ ...objective, history }, SIZE, false)!;
    const labels = alone.yTicks.map((tick) => tick.label);
    expect(labels[0]).toBe('450');
    expect(labels[labels.length - 1]).toBe('470');
  });

  it('rounds the scale to steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(27)).toBe(50);
    expect(niceStep(14)).toBe(20);
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(0)).toBe(1);
  });
});
