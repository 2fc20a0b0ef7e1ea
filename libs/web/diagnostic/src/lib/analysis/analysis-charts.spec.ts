import type { DiagnosticAnalysisQuery } from '@continuum/web/data-access';
import { categoryMonthsChart, maskedNote, placeTypesChart, trendChart } from './analysis-charts';

type Diagnostic = DiagnosticAnalysisQuery['diagnostic'];
const cell = (count: number | null, masked: 'SMALL' | 'SECONDARY' | null = null) => ({
  __typename: 'DiagnosticCell' as const,
  count,
  masked,
  partial: false,
});
const MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

const d = {
  year: 2026,
  lastMonth: 3,
  categoryMonths: [
    {
      category: 'CAMBRIOLAGES',
      label: 'Cambriolages de logement',
      months: [cell(10), cell(null, 'SMALL'), cell(12), ...Array(9).fill(cell(0))],
    },
    { category: 'HOMICIDES', label: 'Homicides', months: Array(12).fill(cell(0)) },
  ],
  trend: [
    {
      category: 'CAMBRIOLAGES',
      label: 'Cambriolages',
      current: 22,
      previous: 30,
      partial: true,
      changePercent: null,
    },
    { category: 'VOLS', label: 'Vols', current: 40, previous: 35, partial: false, changePercent: 14.3 },
  ],
  placeTypes: [
    { key: 'DOMICILE', label: 'Domicile', count: 25, masked: null, partial: false },
    { key: 'COMMERCE', label: 'Commerce', count: null, masked: 'SECONDARY', partial: false },
  ],
} as unknown as Diagnostic;

describe('The diagnostic’s charts', () => {
  it('leaves a masked month out of its line (null, never 0), and stops at the last month known', () => {
    const chart = categoryMonthsChart(d, MONTHS);
    expect(chart.labels).toEqual(['janv.', 'févr.', 'mars']);
    expect(chart.series).toEqual([{ name: 'Cambriolages de logement', values: [10, null, 12] }]);
    expect(chart.masked).toBe(1);
  });

  it('draws the trend of the categories whose sums are whole only', () => {
    const chart = trendChart(d);
    expect(chart.labels).toEqual(['Vols']);
    expect(chart.series).toEqual([
      { name: '2026', values: [40] },
      { name: '2025', values: [35] },
    ]);
    expect(chart.masked).toBe(1);
  });

  it('draws no bar for a masked place type', () => {
    expect(placeTypesChart(d).series[0].values).toEqual([25, null]);
    expect(maskedNote(2)).toBe(' 2 chiffres masqués ne sont pas tracés.');
    expect(maskedNote(1)).toBe(' 1 chiffre masqué n’est pas tracé.');
    expect(maskedNote(0)).toBe('');
  });
});
