import PDFDocument from 'pdfkit';
import type { PaperLocale } from './format';
import { labelsFor, type PaperLabels } from './labels';
import { shippedFonts, type PaperFonts } from './paper-fonts';

/** Options every renderer takes. */
export interface PaperOptions {
  /** The language of the fixed labels; French by default. */
  locale?: PaperLocale;
  /** Other faces than the shipped DejaVu Sans (TTF or OTF bytes), e.g. an organisation's own. */
  fonts?: PaperFonts;
}

export interface PaperMetadata {
  title: string;
  author: string;
  subject?: string;
  /** The PDF's creation date, taken from the data so that the same data give the same bytes. */
  creationDate: Date;
}

/** What the footer of one page says. */
export interface PageFooter {
  left: string;
  /** A second, smaller line (the seal). */
  below?: string | null;
  /** The page's number and count when not those of the whole PDF. */
  numbering?: { page: number; pages: number };
}

/** A column of a table: its header, width in points, alignment. */
export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 72, left: 56, right: 56 };
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#b0b0b0';
const BODY_SIZE = 10;

/**
 * A thin layer over pdfkit shared by every paper: A4, DejaVu Sans, headings, paragraphs,
 * labelled fields and tables that break across pages (header repeated), and at the end
 * a footer on every page with « page X / Y » (pages are buffered until then).
 */
export class PaperWriter {
  readonly pdf: PDFKit.PDFDocument;
  readonly labels: PaperLabels;
  readonly locale: PaperLocale;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(metadata: PaperMetadata, options: PaperOptions = {}) {
    this.locale = options.locale ?? 'fr';
    this.labels = labelsFor(this.locale);
    const fonts = options.fonts ?? shippedFonts();
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      lang: this.locale === 'fr' ? 'fr-FR' : 'en',
      displayTitle: true,
      info: {
        Title: metadata.title,
        Author: metadata.author,
        Subject: metadata.subject ?? metadata.title,
        Creator: 'Collegial',
        CreationDate: metadata.creationDate,
      },
    });
    this.pdf.registerFont('Regular', fonts.regular);
    this.pdf.registerFont('Bold', fonts.bold);
    this.pdf.font('Regular').fontSize(BODY_SIZE).fillColor(INK);
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.pdf.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on('error', reject);
    });
  }

  get left(): number {
    return MARGIN.left;
  }

  get contentWidth(): number {
    return A4.width - MARGIN.left - MARGIN.right;
  }

  private get bottomLimit(): number {
    return A4.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.pdf.y + height > this.bottomLimit) this.newPage();
  }

  newPage(): void {
    this.pdf.addPage();
    this.pdf.x = MARGIN.left;
    this.pdf.y = MARGIN.top;
  }

  space(points = 6): void {
    this.pdf.y += points;
  }

  /** The paper's title, centred. */
  title(text: string, subtitle?: string | null): void {
    this.pdf
      .font('Bold')
      .fontSize(17)
      .fillColor(INK)
      .text(text.toUpperCase(), MARGIN.left, this.pdf.y, { width: this.contentWidth, align: 'center', characterSpacing: 1 });
    if (subtitle) this.pdf.font('Regular').fontSize(12).text(subtitle, { width: this.contentWidth, align: 'center' });
    this.pdf.fontSize(BODY_SIZE);
    this.space(12);
  }

  /** A section heading, kept with at least the next few lines. */
  heading(text: string, level: 1 | 2 | 3 = 1): void {
    const size = level === 1 ? 13 : level === 2 ? 11.5 : 10.5;
    this.space(level === 1 ? 10 : 6);
    this.ensureSpace(size + 48);
    this.pdf.font('Bold').fontSize(size).fillColor(INK).text(text, MARGIN.left, this.pdf.y, { width: this.contentWidth });
    if (level === 1) {
      const y = this.pdf.y + 1;
      this.pdf
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + this.contentWidth, y)
        .lineWidth(0.6)
        .strokeColor(RULE)
        .stroke();
      this.space(5);
    } else {
      this.space(2);
    }
    this.pdf.font('Regular').fontSize(BODY_SIZE);
  }

  /** Text in paragraphs (blank lines separate them). */
  paragraph(
    text: string,
    options: { bold?: boolean; size?: number; indent?: number; color?: string; align?: 'left' | 'justify' | 'center' | 'right' } = {},
  ): void {
    const size = options.size ?? BODY_SIZE;
    const indent = options.indent ?? 0;
    this.pdf
      .font(options.bold ? 'Bold' : 'Regular')
      .fontSize(size)
      .fillColor(options.color ?? INK);
    for (const part of text.split(/\n\s*\n/)) {
      const trimmed = part.trim();
      if (!trimmed) continue;
      this.ensureSpace(size * 1.4);
      this.pdf.text(trimmed, MARGIN.left + indent, this.pdf.y, { width: this.contentWidth - indent, align: options.align ?? 'left', lineGap: 1.5 });
      this.space(3);
    }
    this.pdf.font('Regular').fontSize(BODY_SIZE).fillColor(INK);
  }

  /** "Label : value" lines, the label in bold. */
  fields(rows: ReadonlyArray<readonly [string, string | null | undefined]>, indent = 0): void {
    for (const [label, value] of rows) {
      if (value === null || value === undefined || value === '') continue;
      this.ensureSpace(BODY_SIZE * 1.5);
      this.pdf
        .font('Bold')
        .fontSize(BODY_SIZE)
        .fillColor(INK)
        .text(`${label}${this.labels.colon}`, MARGIN.left + indent, this.pdf.y, { width: this.contentWidth - indent, continued: true, lineGap: 1.5 })
        .font('Regular')
        .text(value, { lineGap: 1.5 });
    }
  }

  /** A list, one entry a line, with a marker ("•", or numbers given by the caller). */
  list(entries: ReadonlyArray<{ marker: string; text: string }>, indent = 8): void {
    const markerWidth = Math.max(12, ...entries.map((e) => this.pdf.font('Regular').fontSize(BODY_SIZE).widthOfString(e.marker) + 6));
    for (const entry of entries) {
      this.ensureSpace(BODY_SIZE * 1.5);
      const y = this.pdf.y;
      this.pdf
        .font('Regular')
        .fontSize(BODY_SIZE)
        .fillColor(INK)
        .text(entry.marker, MARGIN.left + indent, y, { width: markerWidth, lineBreak: false });
      this.pdf.text(entry.text, MARGIN.left + indent + markerWidth, y, { width: this.contentWidth - indent - markerWidth, lineGap: 1.5 });
      this.space(1);
    }
  }

  /**
   * One line of text in a box `width` wide, cut with « … » when too long. Drawn without
   * pdfkit's line wrapper (which a width brings in), as the 1,000-line annex needs.
   */
  fitLine(text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center' = 'left'): void {
    let fitted = text;
    let textWidth = this.pdf.widthOfString(fitted);
    if (textWidth > width) {
      let low = 0;
      let high = text.length;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (this.pdf.widthOfString(`${text.slice(0, middle)}…`) <= width) low = middle;
        else high = middle - 1;
      }
      fitted = `${text.slice(0, low).trimEnd()}…`;
      textWidth = this.pdf.widthOfString(fitted);
    }
    const offset = align === 'right' ? width - textWidth : align === 'center' ? (width - textWidth) / 2 : 0;
    this.pdf.text(fitted, x + offset, y, { lineBreak: false });
  }

  /**
   * A table: header row in bold on a light band, rows with a hairline between them. With
   * `rowHeight` every row has that height and each cell one line (fast: the 1,000-line
   * annex); without it, rows grow with their text, from `minRowHeight` (room to sign).
   * The header repeats on each new page; `grid` draws the columns' edges too (a form).
   */
  table(
    columns: readonly TableColumn[],
    rows: ReadonlyArray<readonly string[]>,
    options: { rowHeight?: number; minRowHeight?: number; size?: number; x?: number; grid?: boolean } = {},
  ): void {
    const size = options.size ?? 9;
    const x0 = options.x ?? MARGIN.left;
    const width = columns.reduce((sum, c) => sum + c.width, 0);
    const pad = 4;
    const drawHeader = () => {
      const height = size + 2 * pad + 2;
      this.pdf.rect(x0, this.pdf.y, width, height).fill('#ececec');
      let x = x0;
      const y = this.pdf.y + pad;
      this.pdf.font('Bold').fontSize(size).fillColor(INK);
      for (const column of columns) {
        this.fitLine(column.header, x + pad, y, column.width - 2 * pad, column.align);
        x += column.width;
      }
      this.pdf.y = y - pad + height;
      this.pdf.font('Regular');
    };
    this.ensureSpace(3 * (size + 2 * pad) + 4);
    drawHeader();
    // The rules of a page are drawn as one path when the page is done: one stroke, not one a row.
    let rules: Array<[number, number, number, number]> = [];
    const strokeRules = () => {
      if (rules.length === 0) return;
      for (const [xa, ya, xb, yb] of rules) this.pdf.moveTo(xa, ya).lineTo(xb, yb);
      this.pdf.lineWidth(0.4).strokeColor(RULE).stroke();
      rules = [];
    };
    this.pdf.font('Regular').fontSize(size).fillColor(INK);
    for (const row of rows) {
      const height =
        options.rowHeight ??
        Math.max(
          options.minRowHeight ?? size + 2 * pad,
          ...row.map((cell, i) => this.pdf.heightOfString(cell || ' ', { width: columns[i].width - 2 * pad }) + 2 * pad),
        );
      if (this.pdf.y + height > this.bottomLimit) {
        strokeRules();
        this.newPage();
        drawHeader();
        this.pdf.font('Regular').fontSize(size).fillColor(INK);
      }
      const y = this.pdf.y;
      let x = x0;
      row.forEach((cell, i) => {
        const column = columns[i];
        if (cell && options.rowHeight) this.fitLine(cell, x + pad, y + pad, column.width - 2 * pad, column.align);
        else if (cell) this.pdf.text(cell, x + pad, y + pad, { width: column.width - 2 * pad, align: column.align ?? 'left' });
        x += column.width;
      });
      rules.push([x0, y + height, x0 + width, y + height]);
      if (options.grid) {
        let edge = x0;
        for (const column of [{ width: 0 }, ...columns]) {
          edge += column.width;
          rules.push([edge, y, edge, y + height]);
        }
      }
      this.pdf.y = y + height;
    }
    strokeRules();
    this.pdf.x = MARGIN.left;
    this.space(6);
  }

  /** Signature blocks side by side: a caption, the name, a box to sign in. */
  signatures(blocks: ReadonlyArray<{ caption: string; name: string | null }>, boxHeight = 70): void {
    const gap = 24;
    // At least two columns: a single block takes the left half, where a signature goes.
    const columns = Math.max(2, blocks.length);
    const width = (this.contentWidth - gap * (columns - 1)) / columns;
    this.ensureSpace(boxHeight + 44);
    const y = this.pdf.y;
    blocks.forEach((block, i) => {
      const x = MARGIN.left + i * (width + gap);
      this.pdf.font('Bold').fontSize(BODY_SIZE).fillColor(INK).text(block.caption, x, y, { width });
      this.pdf.font('Regular').text(block.name ?? ' ', x, y + 14, { width });
      this.pdf
        .rect(x, y + 30, width, boxHeight)
        .lineWidth(0.6)
        .strokeColor(RULE)
        .stroke();
      this.pdf.fontSize(7.5).fillColor(MUTED);
      this.fitLine(this.labels.signature, x + 4, y + 32 + boxHeight - 12, width - 8);
    });
    this.pdf.fontSize(BODY_SIZE).fillColor(INK);
    this.pdf.x = MARGIN.left;
    this.pdf.y = y + 30 + boxHeight + 10;
  }

  /**
   * Writes the footer of every page (`footer(page, pages)` gives its text; « page X / Y »
   * is added at the right, counted over the whole PDF unless the footer numbers its pages
   * otherwise, as a letter among letters does) and returns the PDF's bytes.
   */
  finish(footer: (page: number, pages: number) => PageFooter): Promise<Buffer> {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      // Writing under the bottom margin would add a page: lift the margin while the footer is drawn.
      const page = this.pdf.page;
      const savedBottom = page.margins.bottom;
      page.margins.bottom = 0;
      const { left, below, numbering = { page: i + 1, pages: range.count } } = footer(i + 1, range.count);
      const y = A4.height - MARGIN.bottom + 24;
      this.pdf
        .moveTo(MARGIN.left, y - 6)
        .lineTo(MARGIN.left + this.contentWidth, y - 6)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      this.pdf.font('Regular').fontSize(8).fillColor(MUTED);
      const pageText = this.labels.page(numbering.page, numbering.pages);
      const pageWidth = this.pdf.widthOfString(pageText);
      this.fitLine(left, MARGIN.left, y, this.contentWidth - pageWidth - 12);
      this.pdf.text(pageText, MARGIN.left + this.contentWidth - pageWidth, y, { lineBreak: false });
      if (below) {
        this.pdf.fontSize(6.5);
        this.fitLine(below, MARGIN.left, y + 12, this.contentWidth);
      }
      page.margins.bottom = savedBottom;
    }
    this.pdf.end();
    return this.done;
  }
}
