import { CASE_CATEGORIES, CASE_STATUS_LABELS, SENSITIVITY_LABELS } from '@continuum/domain';
import {
  contentWidth,
  fitsOnPage,
  pdfTable,
  stampA4Footers,
  startA4Pdf,
  toWinAnsi,
} from '@continuum/server/platform';
import { PersonRole } from '../entities/case-person.entity';
import type { SubjectAccessFile } from './subject-access.service';

type Pdf = PDFKit.PDFDocument;

export const PERSON_ROLE_LABELS: Readonly<Record<PersonRole, string>> = {
  [PersonRole.VICTIME]: 'Victime',
  [PersonRole.MIS_EN_CAUSE]: 'Mis en cause',
  [PersonRole.TEMOIN]: 'Témoin',
  [PersonRole.SIGNALANT]: 'Signalant',
  [PersonRole.AUTRE]: 'Autre',
};

const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'long',
  timeStyle: 'short',
});
const parisTime = (date: Date | string) => PARIS.format(new Date(date)).replace(/(\d\d):(\d\d)/, '$1 h $2');

/**
 * The answer to a subject-access request as a readable A4 PDF: the terms searched, each case that
 * records the person (reference, title, category, status, level, their role and data), then who
 * read those cases' persons and when.
 */
export async function renderSubjectAccessPdf(file: SubjectAccessFile): Promise<Buffer> {
  const title = 'Réponse à une demande d’accès (RGPD, article 15)';
  const { pdf, done } = startA4Pdf({
    title,
    subject: `Personne recherchée : ${file.terms.fullName}`,
    generatedAt: file.answeredAt,
  });
  text(pdf, title, 'Helvetica-Bold', 18, '#000091');
  pdf.moveDown(0.4);
  const searched = [
    `Nom recherché : ${file.terms.fullName}`,
    file.terms.birthYear !== null ? `Année de naissance : ${file.terms.birthYear}` : null,
    file.terms.address ? `Adresse : ${file.terms.address}` : null,
  ].filter((line): line is string => line !== null);
  for (const line of searched) text(pdf, line, 'Helvetica', 11, '#161616');
  text(
    pdf,
    `Établie le ${parisTime(file.answeredAt)} par ${file.answeredBy}.`,
    'Helvetica-Oblique',
    9.5,
    '#666666',
  );
  pdf.moveDown(0.8);

  text(pdf, `Dossiers où la personne est inscrite (${file.matches.length})`, 'Helvetica-Bold', 13, '#161616');
  pdf.moveDown(0.3);
  if (file.matches.length === 0)
    text(pdf, 'Aucune personne correspondante dans les dossiers.', 'Helvetica', 10, '#161616');
  for (const match of file.matches) {
    // One case's table is kept on one page (about 230 points).
    if (!fitsOnPage(pdf, 240)) pdf.addPage();
    pdfTable(
      pdf,
      {
        caption: `${match.reference} — ${match.title}`,
        columns: ['Donnée', 'Valeur'],
        rows: [
          ['Catégorie', CASE_CATEGORIES[match.category]?.label ?? match.category],
          ['Statut', CASE_STATUS_LABELS[match.status] ?? match.status],
          ['Niveau de diffusion', SENSITIVITY_LABELS[match.sensitivity] ?? match.sensitivity],
          ['Rôle de la personne', PERSON_ROLE_LABELS[match.role] ?? match.role],
          ['Nom', match.fullName],
          ['Année de naissance', match.birthYear === null ? '—' : String(match.birthYear)],
          ['Adresse', match.address ?? '—'],
          ['Notes', match.notes ?? '—'],
          ['Inscrite le', parisTime(match.recordedAt)],
        ],
        widths: [0.3, 0.7],
      },
      9.5,
    );
  }
  if (file.truncated)
    text(
      pdf,
      'Liste limitée : la recherche donne davantage de résultats ; la préciser.',
      'Helvetica-Oblique',
      9.5,
      '#ce0500',
    );

  pdf.moveDown(0.6);
  if (!fitsOnPage(pdf, 80)) pdf.addPage();
  text(
    pdf,
    `Consultations des personnes de ces dossiers (${file.reads.length})`,
    'Helvetica-Bold',
    13,
    '#161616',
  );
  pdf.moveDown(0.3);
  const references = new Map(file.matches.map((match) => [match.caseId, match.reference]));
  if (file.reads.length === 0) text(pdf, 'Aucune consultation journalisée.', 'Helvetica', 10, '#161616');
  else
    pdfTable(
      pdf,
      {
        caption: 'Qui a lu les personnes de ces dossiers, d’après le journal',
        columns: ['Lecteur', 'Dossier', 'Date'],
        rows: file.reads.map((read) => [
          read.reader,
          references.get(read.caseId) ?? read.caseId,
          parisTime(read.occurredAt),
        ]),
        widths: [0.5, 0.2, 0.3],
      },
      9,
    );
  stampA4Footers(pdf, 'Continuum — droit d’accès');
  pdf.end();
  return done;
}

function text(pdf: Pdf, value: string, font: string, size: number, color: string): void {
  pdf
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(toWinAnsi(value), pdf.page.margins.left, pdf.y, { width: contentWidth(pdf) });
}
