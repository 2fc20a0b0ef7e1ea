import JSZip from 'jszip';
import { inflateSync } from 'node:zlib';
import { CellMask, type DiagnosticModel } from '../analysis/analysis.models';
import { diagnosticDocumentText, type DiagnosticDocumentInput } from './diagnostic-document';
import { renderDiagnosticDocx } from './diagnostic-docx';
import { renderDiagnosticPdf } from './diagnostic-pdf';

const cell = (count: number | null, masked: CellMask | null = null) => ({ count, masked, partial: false });
const zeros = (n: number) => Array.from({ length: n }, () => cell(0));

/** Gien in 2019 as its mayor reads it: 3 burglaries in February masked (« < 5 »), January with it (« secret »). */
const diagnostic: DiagnosticModel = {
  year: 2019,
  areaLabel: 'Gien',
  communeCodes: ['45155'],
  minCell: 5,
  lastMonth: 12,
  categoryMonths: [
    {
      category: 'CAMBRIOLAGES',
      label: 'Cambriolages de logement',
      months: [cell(null, CellMask.SECONDARY), cell(null, CellMask.SMALL), cell(12), ...zeros(9)],
    },
    { category: 'HOMICIDES', label: 'Homicides', months: zeros(12) },
  ],
  hourWeekday: Array.from({ length: 7 }, (_, d) => ({
    weekday: d + 1,
    label: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][d],
    hours: zeros(24).map((one, hour) => (d === 0 && hour === 14 ? cell(22) : one)),
  })),
  placeTypes: [{ key: 'DOMICILE', label: 'Domicile', ...cell(25) }],
  communes: [
    {
      code: '45155',
      name: 'Gien',
      population: 14_600,
      dwellings: 7_300,
      incidents: cell(33),
      ratePerThousand: 2.26,
      burglaries: cell(25),
      burglaryRatePerThousandDwellings: 3.42,
    },
  ],
  profiles: [],
  trend: [
    {
      category: 'CAMBRIOLAGES',
      label: 'Cambriolages de logement',
      current: 12,
      previous: 0,
      partial: true,
      changePercent: null,
    },
  ],
  comparison: [
    {
      category: 'CAMBRIOLAGES',
      label: 'Cambriolages de logement',
      basis: 'pour 1 000 logements',
      areaRate: null,
      departementRate: 4.1,
    },
  ],
  national: null,
};

const input: DiagnosticDocumentInput = {
  diagnostic,
  departementName: 'Loiret',
  sources: [
    {
      kind: 'INCIDENTS',
      filename: 'faits-enregistres-FICTIFS-loiret-2019.csv',
      fictional: true,
      importedAt: new Date('2026-11-30T10:00:00Z'),
      geographyYear: null,
      firstYear: null,
      lastYear: null,
    },
    {
      kind: 'SSMSI',
      filename: 'donnee-comm-2025-geographie2025-FICTIVE-loiret.csv',
      fictional: true,
      importedAt: new Date('2026-11-30T10:05:00Z'),
      geographyYear: 2025,
      firstYear: 2016,
      lastYear: 2025,
    },
  ],
  namedFiles: false,
  timeZone: 'Europe/Paris',
  generatedAt: new Date('2026-12-07T08:00:00Z'),
};

/** The text a PDF viewer would show: every string drawn in the document's (deflated) content streams. */
function pdfText(file: Buffer): string {
  const raw = file.toString('latin1');
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(file.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const block of content.matchAll(/\[(.*?)\]\s*TJ/g))
      texts.push(
        [...block[1].matchAll(/<([0-9a-f]*)>/gi)]
          .map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1'))
          .join(''),
      );
  }
  return texts.join('\n');
}

describe('The diagnostic as a document', () => {
  it('opens on its sources, dated, says the demo’s data are fictional, and names no file to a mayor', () => {
    const text = diagnosticDocumentText(input);
    expect(text.title).toBe('Diagnostic de la délinquance — Gien, 2019');
    expect(text.dated).toBe('Édité le 7 décembre 2026');
    expect(text.sections.map((section) => section.title)).toEqual([
      'Sources et dates',
      'Évolution',
      'Catégories par mois',
      'Jours et heures',
      'Lieux et profils',
      'Communes',
      'Comparaison',
    ]);
    const sources = text.sections[0].paragraphs.join('\n');
    expect(sources).toContain('Faits enregistrés par les forces : un import le 30 novembre 2026.');
    expect(sources).toContain('Statistiques publiées par le SSMSI, géographie 2025, années 2016 à 2025');
    expect(sources).toContain('Données fictives');
    expect(sources).not.toContain('.csv');
    expect(diagnosticDocumentText({ ...input, namedFiles: true }).sections[0].paragraphs[0]).toBe(
      'Faits enregistrés par les forces : fichier « faits-enregistres-FICTIFS-loiret-2019.csv », importé le 30 novembre 2026.',
    );
  });

  it('writes a masked figure « < 5 » or « secret », never 0, and leaves out the categories with no fact', () => {
    const [months] = diagnosticDocumentText(input).sections[2].tables;
    expect(months.rows).toEqual([
      ['Cambriolages de logement', 'secret', '< 5', '12', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    const hours = diagnosticDocumentText(input).sections[3].tables[0];
    expect(hours.columns).toEqual(['Heure', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
    expect(hours.rows[14]).toEqual(['14 h', '22', '0', '0', '0', '0', '0', '0']);
  });

  it('gives the communes’ rates and the comparison, and the national rates when there are', () => {
    const text = diagnosticDocumentText({
      ...input,
      diagnostic: {
        ...diagnostic,
        national: {
          year: 2025,
          rows: [
            {
              indicator: 'Vols de véhicule',
              countingUnit: 'Véhicule',
              basis: 'pour 1 000 habitants',
              nationalRate: 2,
              departementRate: null,
              departementSource: 'COMMUNES',
              unknownCommunes: 4,
            },
          ],
        },
      },
    });
    expect(text.sections[5].tables[0].rows).toEqual([['Gien', '14\u202f600', '33', '2,26', '25', '3,42']]);
    const [local, national] = text.sections[6].tables;
    expect(local.rows).toEqual([['Cambriolages de logement', 'pour 1 000 logements', '—', '4,1']]);
    expect(national.caption).toBe('Loiret et la France : taux publiés par le SSMSI pour 2025');
    expect(national.rows).toEqual([
      ['Vols de véhicule (véhicule)', 'pour 1 000 habitants', 'secret (4 comm.)', '2,0'],
    ]);
  });

  it('writes the same text into the Word document', async () => {
    const file = await renderDiagnosticDocx(diagnosticDocumentText(input));
    const xml = (await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string')).replace(
      /<[^>]+>/g,
      '',
    );
    for (const expected of [
      'Sources et dates',
      'Données fictives',
      'Édité le 7 décembre 2026',
      '&lt; 5',
      'secret',
    ])
      expect(xml).toContain(expected);
  });

  it('makes an A4 PDF whose text holds the sources, the date and the masked figures as masked', async () => {
    const file = await renderDiagnosticPdf(diagnosticDocumentText(input), input.generatedAt);
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = pdfText(file);
    for (const expected of [
      'Sources et dates',
      'Données fictives',
      'Édité le 7 décembre 2026',
      '< 5',
      'secret',
    ])
      expect(text).toContain(expected);
  });
});
