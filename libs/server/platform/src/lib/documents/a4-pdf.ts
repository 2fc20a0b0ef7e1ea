import PDFDocument from 'pdfkit';
import { toWinAnsi } from './win-ansi';

type Pdf = PDFKit.PDFDocument;

/** Margins of the platform's A4 documents, in points; a band under the body is kept for the footer. */
export const A4_MARGIN = 56;
export const A4_FOOTER_SPACE = 40;

/**
 * An A4 PDF in the standard Helvetica fonts (nothing to embed), French, its information dated from
 * the document (the same text gives the same bytes), and the bytes it will have once `end()`ed.
 */
export function startA4Pdf(info: { title: string; subject: string; generatedAt: Date }): {
  pdf: Pdf;
  done: Promise<Buffer>;
} {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: A4_MARGIN, left: A4_MARGIN, right: A4_MARGIN, bottom: A4_MARGIN + A4_FOOTER_SPACE },
    bufferPages: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: toWinAnsi(info.title),
      Subject: toWinAnsi(info.subject),
      Author: 'Continuum',
      CreationDate: info.generatedAt,
      ModDate: info.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  return { pdf, done };
}

/** The width between the page's margins. */
export function contentWidth(pdf: Pdf): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

/** Whether `height` more points fit above the bottom margin. */
export function fitsOnPage(pdf: Pdf, height: number): boolean {
  return pdf.y + height <= pdf.page.height - pdf.page.margins.bottom;
}

/** Writes « <footer> — page n sur N » at the bottom of every page (the PDF must buffer its pages). */
export function stampA4Footers(pdf: Pdf, footer: string): void {
  const range = pdf.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    pdf.switchToPage(range.start + index);
    const bottom = pdf.page.height - A4_MARGIN - A4_FOOTER_SPACE + 16;
    pdf.font('Helvetica').fontSize(8).fillColor('#666666');
    pdf.text(toWinAnsi(`${footer} — page ${index + 1} sur ${range.count}`), pdf.page.margins.left, bottom, {
      width: contentWidth(pdf),
      align: 'center',
      lineBreak: false,
    });
  }
}
