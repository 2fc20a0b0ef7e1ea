import { FRENCH_MONTHS, frenchDay } from '@continuum/domain';
import { cellText, changeText, type FigureCell, rateText } from '@continuum/domain/diagnostic';
import type { DocumentTable } from '@continuum/server/platform';
import type { DiagnosticModel } from '../analysis/analysis.models';
import type { DiagnosticSource } from './diagnostic-sources';

/** What the diagnostic's document is made of, before any layout: the same text for the DOCX and the PDF. */
export interface DiagnosticDocumentInput {
  diagnostic: DiagnosticModel;
  departementName: string;
  sources: DiagnosticSource[];
  /** Whether the reader may see the imports' file names (the cabinet, which reads the imports). */
  namedFiles: boolean;
  timeZone: string;
  generatedAt: Date;
}

export interface DiagnosticDocumentText {
  title: string;
  subtitle: string;
  dated: string;
  sections: { title: string; paragraphs: string[]; tables: DocumentTable[] }[];
  footer: string;
}

const MONTH_HEADS = [
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
const WEEKDAY_HEADS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];
const whole = (value: number) => value.toLocaleString('fr-FR');

/**
 * The diagnostic of an area for a year as the first section of the plan (« analyse de la
 * délinquance »): dated, its sources first (the imports, the SSMSI's edition, « données fictives »
 * for the demo's), then its tables as the reader may read them — a masked figure reads « < 5 » or
 * « secret », never 0.
 */
export function diagnosticDocumentText(input: DiagnosticDocumentInput): DiagnosticDocumentText {
  const { diagnostic: d, timeZone } = input;
  const cell = (figure: FigureCell) => cellText(figure, d.minCell);
  const day = frenchDay(input.generatedAt, timeZone);
  const sections: DiagnosticDocumentText['sections'] = [
    { title: 'Sources et dates', paragraphs: sourceParagraphs(input), tables: [] },
  ];

  if (d.lastMonth > 0) {
    const span = d.lastMonth === 1 ? 'janvier' : `janvier à ${FRENCH_MONTHS[d.lastMonth - 1]}`;
    const rows = d.trend.filter((row) => row.current > 0 || row.previous > 0 || row.partial);
    sections.push({
      title: 'Évolution',
      paragraphs: rows.some((row) => row.partial)
        ? ['* Somme des seuls chiffres visibles : des chiffres masqués y manquent.']
        : [],
      tables: [
        {
          caption: `Évolution : ${span} ${d.year}, contre les mêmes mois de ${d.year - 1}`,
          columns: ['Catégorie', String(d.year), String(d.year - 1), 'Évolution'],
          rows: rows.map((row) => [
            row.label,
            `${whole(row.current)}${row.partial ? ' *' : ''}`,
            `${whole(row.previous)}${row.partial ? ' *' : ''}`,
            changeText(row.changePercent),
          ]),
          widths: [0.46, 0.18, 0.18, 0.18],
        },
      ],
    });
  } else
    sections.push({ title: 'Évolution', paragraphs: [`Aucun fait enregistré en ${d.year}.`], tables: [] });

  sections.push({
    title: 'Catégories par mois',
    paragraphs: [],
    tables: [
      {
        caption: `Faits par catégorie et par mois, ${d.year}`,
        columns: ['Catégorie', ...MONTH_HEADS],
        rows: d.categoryMonths
          .filter((row) => row.months.some((figure) => figure.count !== 0))
          .map((row) => [row.label, ...row.months.map(cell)]),
        widths: [0.22, ...MONTH_HEADS.map(() => 0.065)],
      },
    ],
  });

  sections.push({
    title: 'Jours et heures',
    paragraphs: [],
    tables: [
      {
        caption: 'Faits par heure et par jour de la semaine (heure connue, heure de Paris)',
        columns: ['Heure', ...WEEKDAY_HEADS],
        rows: Array.from({ length: 24 }, (_, hour) => [
          `${hour} h`,
          ...d.hourWeekday.map((weekday) => cell(weekday.hours[hour])),
        ]),
        widths: [0.16, ...WEEKDAY_HEADS.map(() => 0.12)],
      },
    ],
  });

  sections.push({
    title: 'Lieux et profils',
    paragraphs: [],
    tables: [
      {
        caption: 'Faits par type de lieu',
        columns: ['Lieu', 'Faits'],
        rows: d.placeTypes.map((row) => [row.label, cell(row)]),
        widths: [0.7, 0.3],
      },
      ...d.profiles.map((profile) => ({
        caption: profile.label,
        columns: ['Tranche', 'Faits'],
        rows: profile.cells.map((row) => [row.label, cell(row)]),
        widths: [0.7, 0.3],
      })),
    ],
  });

  sections.push({
    title: 'Communes',
    paragraphs: ['Taux pour 1 000 habitants ; cambriolages pour 1 000 logements (base communale du SSMSI).'],
    tables: [
      {
        caption: `Faits et taux par commune, ${d.year}`,
        columns: ['Commune', 'Population', 'Faits', 'Pour 1 000 hab.', 'Cambriolages', 'Pour 1 000 log.'],
        rows: d.communes.map((row) => [
          row.name,
          whole(row.population),
          cell(row.incidents),
          rateText(row.ratePerThousand),
          cell(row.burglaries),
          rateText(row.burglaryRatePerThousandDwellings),
        ]),
        widths: [0.3, 0.14, 0.14, 0.14, 0.14, 0.14],
      },
    ],
  });

  const comparisons: DocumentTable[] = [];
  const local = d.comparison.filter((row) => row.areaRate !== null || row.departementRate !== null);
  if (local.length > 0)
    comparisons.push({
      caption: `${d.areaLabel} et le département en ${d.year} (taux)`,
      columns: ['Catégorie', 'Base', d.areaLabel, 'Département'],
      rows: local.map((row) => [row.label, row.basis, rateText(row.areaRate), rateText(row.departementRate)]),
      widths: [0.34, 0.26, 0.2, 0.2],
    });
  if (d.national)
    comparisons.push({
      caption: `${input.departementName} et la France : taux publiés par le SSMSI pour ${d.national.year}`,
      columns: ['Indicateur (unité de compte)', 'Base', input.departementName, 'France'],
      rows: d.national.rows.map((row) => [
        `${row.indicator} (${row.countingUnit.toLowerCase()})`,
        row.basis,
        row.departementRate === null && row.unknownCommunes > 0
          ? `secret (${whole(row.unknownCommunes)} comm.)`
          : rateText(row.departementRate),
        rateText(row.nationalRate),
      ]),
      widths: [0.4, 0.24, 0.18, 0.18],
    });
  sections.push({
    title: 'Comparaison',
    paragraphs:
      comparisons.length === 0
        ? ['Aucun point de comparaison pour ce territoire.']
        : ['« — » : taux non communiqué ; « secret » : un chiffre communal au moins n’est pas diffusé.'],
    tables: comparisons,
  });

  const title = `Diagnostic de la délinquance — ${d.areaLabel}, ${d.year}`;
  return {
    title,
    subtitle: `Section 1 du plan d’action départemental de restauration de la sécurité du quotidien — ${input.departementName}`,
    dated: `Édité le ${day}`,
    sections,
    footer: `${title} — édité le ${day}`,
  };
}

function sourceParagraphs(input: DiagnosticDocumentInput): string[] {
  const { diagnostic: d, sources, timeZone } = input;
  const paragraphs: string[] = [];
  const incidents = sources.filter((source) => source.kind === 'INCIDENTS');
  const ssmsi = sources.filter((source) => source.kind === 'SSMSI');
  const on = (source: DiagnosticSource) => frenchDay(new Date(source.importedAt), timeZone);
  if (incidents.length === 0) paragraphs.push(`Faits enregistrés : aucun import ne porte sur ${d.year}.`);
  else if (input.namedFiles)
    for (const source of incidents)
      paragraphs.push(
        `Faits enregistrés par les forces : fichier « ${source.filename} », importé le ${on(source)}.`,
      );
  else
    paragraphs.push(
      `Faits enregistrés par les forces : ${incidents.length > 1 ? `${incidents.length} imports, le dernier` : 'un import'} le ${on(incidents[incidents.length - 1])}.`,
    );
  for (const source of ssmsi) {
    const years =
      source.firstYear === source.lastYear
        ? `${source.lastYear}`
        : `${source.firstYear} à ${source.lastYear}`;
    const file = input.namedFiles ? ` (« ${source.filename} »)` : '';
    paragraphs.push(
      `Statistiques publiées par le SSMSI${file}, géographie ${source.geographyYear ?? '—'}, années ${years}, importées le ${on(source)}.`,
    );
  }
  if (sources.some((source) => source.fictional))
    paragraphs.push(
      'Données fictives : ce document est tiré du jeu de démonstration ; ses chiffres sont inventés et ne décrivent aucun territoire réel.',
    );
  if (d.minCell !== null)
    paragraphs.push(
      `Les chiffres de moins de ${d.minCell} faits sont masqués (« < ${d.minCell} »), ainsi que ceux qui permettraient de les retrouver par différence (« secret »), commune par commune ; « ≥ » précède une somme des seuls chiffres visibles.`,
    );
  paragraphs.push(
    `Territoire : ${d.areaLabel} (${d.communeCodes.length.toLocaleString('fr-FR')} commune${d.communeCodes.length > 1 ? 's' : ''}). Année civile ${d.year}, heure de Paris.`,
  );
  return paragraphs;
}
