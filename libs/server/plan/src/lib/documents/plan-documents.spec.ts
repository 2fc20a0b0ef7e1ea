import {
  IndicatorDirection,
  IndicatorSource,
  ObjectiveProgress,
  PlanSection,
  PlanStatus,
} from '@continuum/domain/plan';
import JSZip from 'jszip';
import type { IndicatorReadingModel, PlanObjectiveModel } from '../plans/plan.models';
import type { PlanRow } from '../plans/plan-rows';
import { planDocumentText, type PlanDocumentInput } from './plan-document';
import { renderPlanDocx } from './plan-docx';
import { renderPlanPdf } from './plan-pdf';

const plan: PlanRow = {
  id: 'p',
  departementCode: '45',
  year: 2026,
  version: 1,
  status: PlanStatus.ADOPTED,
  title: 'PADRSQ du Loiret — 2026',
  diagnosticText:
    'Une délinquance concentrée sur la métropole.\n\nEn zone rurale, les vols de matériel agricole progressent.',
  resultsText: 'Des résultats concrets.',
  modesOfActionText: '',
  continuumText: '',
  dialogueText: '',
  diagnosticSnapshot: null,
  revisionNote: null,
  previousVersionId: null,
  createdAt: new Date('2026-01-12T09:00:00Z'),
  updatedAt: new Date('2026-01-12T09:00:00Z'),
  submittedAt: null,
  submittedByLabel: null,
  adoptedAt: new Date('2026-02-16T10:00:00Z'),
  adoptedByLabel: 'Le préfet du Loiret',
};

const objective = {
  id: 'o',
  lineageId: 'l',
  planId: 'p',
  section: PlanSection.RESULTS,
  sectionLabel: '2. Résultats concrets recherchés',
  position: 1,
  title: 'Faire reculer les cambriolages de logement',
  description: '',
  indicatorLabel: 'Cambriolages sur douze mois',
  indicatorSource: IndicatorSource.INCIDENTS,
  indicatorSourceLabel: 'Faits enregistrés (diagnostic)',
  indicatorScope: 'Cambriolages de logement — tout le département',
  direction: IndicatorDirection.DECREASE,
  baselineValue: 1480,
  baselineDate: '2025-12-31',
  targetValue: 1332,
  deadline: '2026-12-31',
  pilotLabel: 'DDPN du Loiret',
} as PlanObjectiveModel;

const reading = {
  currentValue: 1539,
  currentOn: '2026-11-30',
  progress: ObjectiveProgress.OFF_TRACK,
  progressLabel: 'En retard sur la trajectoire',
} as IndicatorReadingModel;

const input: PlanDocumentInput = {
  plan,
  departementName: 'Loiret',
  prefectureCity: 'Orléans',
  snapshot: {
    takenOn: '2026-02-16',
    period: 'février 2025 – janvier 2026',
    incidents: 15000,
    previousYear: 14800,
    partial: true,
    minCell: 5,
    categories: [
      { label: 'Cambriolages de logement', incidents: 1480, previousYear: 1400 },
      { label: 'Homicides', incidents: null, previousYear: 0 },
    ],
  },
  objectives: [{ objective, reading }],
  timeZone: 'Europe/Paris',
  generatedAt: new Date('2026-12-07T08:00:00Z'),
};

describe('The plan laid out as a prefect signs it', () => {
  it('follows the circular’s five sections, with the diagnostic’s table and each objective where it stands', () => {
    const text = planDocumentText(input);
    expect(text.sections.map((section) => section.title)).toEqual([
      '1. Diagnostic de la délinquance du quotidien',
      '2. Résultats concrets recherchés',
      '3. Modes d’action spécifiques',
      '4. Mobilisation du continuum de sécurité',
      '5. Dialogue avec les élus et la population',
    ]);
    expect(text.sections[0].paragraphs).toHaveLength(2);
    expect(text.sections[0].table?.rows).toEqual([
      ['Cambriolages de logement', '1\u202f480', '1\u202f400'],
      ['Homicides', 'masqué', '0'],
      ['Total des chiffres visibles', '15\u202f000', '14\u202f800'],
    ]);
    expect(text.sections[1].objectives[0].lines).toEqual([
      ['Indicateur', 'Cambriolages sur douze mois (Cambriolages de logement — tout le département)'],
      ['Objectif', 'à la baisse : de 1\u202f480 au 31 décembre 2025 à 1\u202f332 au 31 décembre 2026'],
      ['Pilote', 'DDPN du Loiret'],
      ['Où en est-on', '1\u202f539 au 30 novembre 2026 — En retard sur la trajectoire'],
    ]);
    expect(text.status).toEqual({
      text: 'Version 1, adoptée le 16 février 2026 — Le préfet du Loiret',
      adopted: true,
    });
    expect(text.signature).toEqual(['Fait à Orléans, le 16 février 2026', 'Le préfet du Loiret']);
  });

  it('says a draft is a draft, on its status line, its footer and where the signature would be', () => {
    const text = planDocumentText({
      ...input,
      plan: { ...plan, status: PlanStatus.DRAFT, adoptedAt: null, version: 2 },
    });
    expect(text.status).toEqual({ text: 'Version 2 — projet, non adopté', adopted: false });
    expect(text.signature).toEqual(['Projet soumis à la signature du préfet']);
    expect(text.footer).toBe('PADRSQ du Loiret — 2026 — projet — édité le 7 décembre 2026');
  });

  it('writes the same text into the Word document', async () => {
    const file = await renderPlanDocx(planDocumentText(input));
    const xml = (await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string')).replace(
      /<[^>]+>/g,
      '',
    );
    for (const expected of [
      'Faire reculer les cambriolages de logement',
      'Fait à Orléans, le 16 février 2026',
      '5. Dialogue avec les élus et la population',
    ])
      expect(xml).toContain(expected);
  });

  it('makes an A4 PDF with the five sections in its outline', async () => {
    const file = await renderPlanPdf(planDocumentText(input), input.generatedAt);
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    // Its five sections are in the viewer's outline.
    const outline = /\/Outlines (\d+) 0 R/.exec(file.toString('latin1'))![1];
    expect(file.toString('latin1').split(`/Parent ${outline} 0 R`)).toHaveLength(6);
  });
});
