import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { DomainError } from '../../domain/errors.ts';

/**
 * The shapes every printed paper shares: an A4 page in the CJK font, a centred title, the
 * issuing office and date, tables of ruled cells whose rows grow with their text (never
 * overflowing a cell), and signature lines. One module so every form looks like the others.
 */

export type Doc = PDFKit.PDFDocument;

/** A4 portrait, points. */
export const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
export const LEFT = PAGE.margin;
export const RIGHT = PAGE.width - PAGE.margin;
export const CONTENT_WIDTH = RIGHT - LEFT;
const BOTTOM = PAGE.height - PAGE.margin;
const PAD = 4;

export interface Paper {
  doc: Doc;
  stream: Readable;
}

/** A new A4 paper in the CJK font (Debian's fonts-noto-cjk), streamed as it is written. */
export function openPaper(fontPath: string, title: string, opts: { landscape?: boolean } = {}): Paper {
  if (!fs.existsSync(fontPath)) throw new DomainError('unprocessable', 'pdf_font_missing', { params: { font: fontPath } });
  const doc = new PDFDocument({ size: 'A4', layout: opts.landscape ? 'landscape' : 'portrait', margin: PAGE.margin, info: { Title: title, Creator: 'minzheng' } });
  doc.registerFont('cjk', fontPath, 'NotoSansCJKsc-Regular');
  doc.font('cjk');
  const stream = new PassThrough();
  doc.pipe(stream);
  return { doc, stream };
}

/** 2026-12-07 → 2026年12月7日, as offices date their papers. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The title centred at the top, an optional line under it (number, period). */
export function paperTitle(doc: Doc, title: string, subtitle?: string): void {
  doc.fontSize(18).text(title, LEFT, doc.y, { width: CONTENT_WIDTH, align: 'center', characterSpacing: 1 });
  if (subtitle) doc.moveDown(0.2).fontSize(10).text(subtitle, LEFT, doc.y, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.6);
}

/** The line above a table: the office filling it in on the left, the date on the right. */
export function issuerLine(doc: Doc, left: string, right: string): void {
  const y = doc.y;
  doc.fontSize(10).text(left, LEFT, y, { width: CONTENT_WIDTH * 0.62, lineBreak: false });
  doc.text(right, LEFT + CONTENT_WIDTH * 0.62, y, { width: CONTENT_WIDTH * 0.38, align: 'right', lineBreak: false });
  doc.y = y + 18;
}

export interface Cell {
  text: string;
  /** share of the row's width; the shares of a row are scaled to the full width */
  span: number;
  /** a label cell: shaded, centred */
  label?: boolean;
  align?: 'left' | 'center' | 'right';
  /** the least height of the row this cell sits in, for space to write by hand; such a cell's text starts at the top */
  minHeight?: number;
  /** where the text sits: by default in the middle, at the top when the cell leaves room to write */
  valign?: 'top' | 'middle';
  /** a line at the bottom right of the cell (the signer and seal under an opinion) */
  footer?: string;
}

const FONT_SIZE = 10;

function cellWidths(row: Cell[], width: number): number[] {
  const total = row.reduce((s, c) => s + c.span, 0);
  return row.map((c) => (c.span / total) * width);
}

/** One row of ruled cells at doc.y; breaks the page first when it would not fit. */
export function tableRow(doc: Doc, row: Cell[], opts: { x?: number; width?: number; fontSize?: number; onNewPage?: () => void } = {}): void {
  const x0 = opts.x ?? LEFT;
  const width = opts.width ?? CONTENT_WIDTH;
  const size = opts.fontSize ?? FONT_SIZE;
  doc.fontSize(size);
  const widths = cellWidths(row, width);
  const footers = row.map((c, i) => (c.footer ? doc.heightOfString(c.footer, { width: widths[i]! - 2 * PAD }) + PAD : 0));
  const heights = row.map((c, i) => doc.heightOfString(c.text || ' ', { width: widths[i]! - 2 * PAD }) + 2 * PAD + 2 + footers[i]!);
  const h = Math.max(size + 2 * PAD + 6, ...heights, ...row.map((c) => c.minHeight ?? 0));
  if (doc.y + h > BOTTOM) {
    doc.addPage();
    doc.y = PAGE.margin;
    opts.onNewPage?.();
    doc.fontSize(size);
  }
  const y = doc.y;
  let x = x0;
  row.forEach((c, i) => {
    const w = widths[i]!;
    if (c.label) doc.save().rect(x, y, w, h).fill('#f2f2f2').restore();
    doc.lineWidth(0.6).rect(x, y, w, h).stroke();
    const textH = heights[i]! - 2 * PAD - 2 - footers[i]!;
    // Text sits in the middle of its cell; the space left for handwriting is below the text.
    const ty = (c.valign ?? (c.minHeight === undefined ? 'middle' : 'top')) === 'middle' ? y + Math.max(PAD + 1, (h - textH) / 2) : y + PAD + 1;
    doc.fillColor('black').text(c.text, x + PAD, ty, { width: w - 2 * PAD, align: c.align ?? (c.label ? 'center' : 'left') });
    if (c.footer) doc.text(c.footer, x + PAD, y + h - footers[i]! - PAD, { width: w - 2 * PAD, align: 'right' });
    x += w;
  });
  doc.y = y + h;
  doc.x = LEFT;
}

/** A table of rows (each a list of cells). */
export function table(doc: Doc, rows: Cell[][], opts: { fontSize?: number } = {}): void {
  for (const r of rows) tableRow(doc, r, opts);
}

export interface Column {
  header: string;
  span: number;
  align?: 'left' | 'center' | 'right';
}

/** A list with a header row repeated on every page (rosters, payroll sheets). */
export function listTable(doc: Doc, columns: Column[], rows: string[][], opts: { fontSize?: number; rowHeight?: number } = {}): void {
  const header = () => tableRow(doc, columns.map((c) => ({ text: c.header, span: c.span, label: true })), { fontSize: opts.fontSize });
  header();
  for (const r of rows) {
    tableRow(
      doc,
      columns.map((c, i) => ({ text: r[i] ?? '', span: c.span, align: c.align ?? 'center', minHeight: opts.rowHeight, valign: 'middle' as const })),
      { fontSize: opts.fontSize, onNewPage: header },
    );
  }
}

/** A line of text between tables (an explanation, a heading). */
export function paragraph(doc: Doc, text: string, opts: { size?: number; indent?: boolean; align?: 'left' | 'right' | 'center' } = {}): void {
  doc.fontSize(opts.size ?? 11);
  if (doc.y + doc.heightOfString(text, { width: CONTENT_WIDTH }) > BOTTOM) {
    doc.addPage();
    doc.y = PAGE.margin;
  }
  doc.text(opts.indent ? `　　${text}` : text, LEFT, doc.y, { width: CONTENT_WIDTH, align: opts.align ?? 'left', lineGap: 4 });
  doc.moveDown(0.4);
}

/**
 * 签字栏: a label and a ruled line to sign on for each signer, two to a row, with the date
 * under each ("年　月　日") left blank to be written by hand.
 */
export function signatureBlock(doc: Doc, signers: string[], opts: { date?: boolean } = {}): void {
  const colW = CONTENT_WIDTH / 2;
  const rowH = opts.date === false ? 34 : 50;
  doc.moveDown(0.8);
  for (let i = 0; i < signers.length; i += 2) {
    if (doc.y + rowH > BOTTOM) {
      doc.addPage();
      doc.y = PAGE.margin;
    }
    const y = doc.y;
    signers.slice(i, i + 2).forEach((s, j) => {
      const x = LEFT + j * colW;
      const label = `${s}：`;
      doc.fontSize(11);
      // The label on one line, the ruled line after it: at least a third of the column to sign on.
      const labelW = Math.min(doc.widthOfString(label), colW * 0.66);
      doc.text(label, x, y, { width: labelW + 2, lineBreak: false });
      doc.lineWidth(0.6).moveTo(x + labelW + 6, y + 14).lineTo(x + colW - 16, y + 14).stroke();
      if (opts.date !== false) doc.fontSize(10).text('年　　月　　日', x, y + 24, { width: colW - 16, align: 'right', lineBreak: false });
    });
    doc.y = y + rowH;
  }
  doc.x = LEFT;
}

/** The office's seal line at the bottom right: its name and the date written out. */
export function sealLine(doc: Doc, office: string, date: string): void {
  doc.moveDown(1.2);
  if (doc.y + 60 > BOTTOM) {
    doc.addPage();
    doc.y = PAGE.margin;
  }
  doc.fontSize(12).text(`${office}（盖章）`, LEFT, doc.y, { width: CONTENT_WIDTH, align: 'right' });
  doc.moveDown(0.3).text(chineseDate(date), LEFT, doc.y, { width: CONTENT_WIDTH, align: 'right' });
  doc.x = LEFT;
}

/** Finishes the paper and its stream. */
export function closePaper(doc: Doc): void {
  doc.end();
}

/**
 * Images taken at a home visit (photos, signatures drawn on the phone), left to right, each
 * fitted into a box with its caption under it; a new line, or a new page, when one does not fit.
 * A missing file prints as a framed “（文件缺失）”.
 */
export function imageRow(doc: Doc, items: { caption: string; data: Buffer | null }[], box: { width: number; height: number }): void {
  const gap = 10;
  const captionH = 14;
  let x = LEFT;
  doc.moveDown(0.4);
  let y = doc.y;
  for (const item of items) {
    if (x + box.width > RIGHT + 0.5) {
      x = LEFT;
      y += box.height + captionH + gap;
    }
    if (y + box.height + captionH > BOTTOM) {
      doc.addPage();
      y = PAGE.margin;
      x = LEFT;
    }
    let drawn = false;
    if (item.data) {
      try {
        doc.image(item.data, x, y, { fit: [box.width, box.height], align: 'center', valign: 'center' });
        drawn = true;
      } catch {
        // not an image pdfkit reads: framed as missing below
      }
    }
    if (!drawn) doc.lineWidth(0.6).rect(x, y, box.width, box.height).stroke().fontSize(9).text('（文件缺失）', x, y + box.height / 2 - 5, { width: box.width, align: 'center' });
    doc.fontSize(9).text(item.caption, x, y + box.height + 2, { width: box.width, align: 'center', lineBreak: false, ellipsis: true });
    x += box.width + gap;
  }
  doc.y = y + box.height + captionH + 4;
  doc.x = LEFT;
}
