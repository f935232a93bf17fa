import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads a PDF back as its reader would, with Debian's pdftotext (poppler-utils): one
 * string per page, whitespace (no-break spaces included) collapsed to single spaces so a
 * sentence reads the same wherever the lines broke (unless `keepLines`). `layout` keeps
 * table rows on a line.
 */
export function pdfPages(pdf: Uint8Array, options: { layout?: boolean; keepLines?: boolean } = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-pdf-'));
  try {
    const file = join(dir, 'paper.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const pages = text.split('\f');
    if (pages[pages.length - 1].trim() === '') pages.pop();
    return options.keepLines ? pages : pages.map((page) => page.replace(/\s+/g, ' ').trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole text of a PDF, pages joined by a space. */
export function pdfText(pdf: Uint8Array, options: { layout?: boolean } = {}): string {
  return pdfPages(pdf, options).join(' ');
}

/** A field of pdfinfo's report ("Pages", "CreationDate", "Page size"). */
export function pdfInfo(pdf: Uint8Array, field: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-pdf-'));
  try {
    const file = join(dir, 'paper.pdf');
    writeFileSync(file, pdf);
    const report = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    const line = report.split('\n').find((l) => l.startsWith(`${field}:`));
    if (!line) throw new Error(`pdfinfo reported no ${field}`);
    return line.slice(field.length + 1).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
