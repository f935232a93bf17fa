import { readFile } from 'node:fs/promises';
import { Logger } from '@nestjs/common';
import { unzipSync } from 'fflate';
import type { DocumentTypeName } from '../../config/document-types';

/** The most text kept per version, in characters: enough for a long report, bounded for the search index. */
export const MAX_EXTRACTED_TEXT = 200_000;
/** A part of an office file larger than this once inflated is not read (a zip bomb, or no document of ours). */
const MAX_INFLATED_PART = 64 * 1024 * 1024;
const PDF_TIMEOUT_MS = 20_000;

const logger = new Logger('TextExtraction');

/**
 * The text of a file for search: PDF through unpdf (PDF.js), Word and OpenDocument text
 * from their XML, text files as they are. Never throws: a file whose text cannot be read
 * is still a document, found by its title (the failure is logged).
 */
export async function extractText(path: string, type: DocumentTypeName): Promise<string> {
  try {
    const text = await extractOrThrow(path, type);
    return tidy(text);
  } catch (error) {
    logger.warn(`No text extracted from a ${type} file: ${error instanceof Error ? error.message : String(error)}`);
    return '';
  }
}

async function extractOrThrow(path: string, type: DocumentTypeName): Promise<string> {
  switch (type) {
    case 'pdf':
      return pdfText(await readFile(path));
    case 'docx':
      return wordText(zipPart(await readFile(path), 'word/document.xml'));
    case 'odt':
      return openDocumentText(zipPart(await readFile(path), 'content.xml'));
    case 'txt':
    case 'md':
    case 'csv':
      return (await readFile(path)).toString('utf8');
    default:
      return '';
  }
}

async function pdfText(bytes: Buffer): Promise<string> {
  // unpdf is loaded on first use: it brings PDF.js, which an api that never reads a PDF does not need.
  const { extractText: extractPdfText, getDocumentProxy } = await import('unpdf');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`PDF text not read within ${PDF_TIMEOUT_MS / 1000} s`)), PDF_TIMEOUT_MS);
  });
  try {
    // verbosity 0: PDF.js's warnings about a damaged file go nowhere; the failure, if any, is logged once above.
    const read = getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 }).then((pdf) => extractPdfText(pdf, { mergePages: true }));
    const { text } = await Promise.race([read, timeout]);
    return text;
  } finally {
    clearTimeout(timer);
  }
}

function zipPart(bytes: Buffer, name: string): string {
  const parts = unzipSync(new Uint8Array(bytes), { filter: (file) => file.name === name && file.originalSize <= MAX_INFLATED_PART });
  const part = parts[name];
  if (!part) throw new Error(`no ${name} in the archive (or too large)`);
  return Buffer.from(part).toString('utf8');
}

/** Word: the runs of text (w:t) of each paragraph (w:p), tabs and breaks kept as white space. */
export function wordText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:tab\/>|<w:br\/>/g)) {
    if (match[1] !== undefined) text += decodeXml(match[1]);
    else text += match[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return text;
}

/** OpenDocument: the text of paragraphs and headings, with its coded spaces, tabs and line breaks. */
export function openDocumentText(xml: string): string {
  const body = /<office:body[\s>][\s\S]*<\/office:body>/.exec(xml)?.[0] ?? xml;
  const spaced = body
    .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_m, count?: string) => ' '.repeat(Math.min(Number(count ?? 1), 100)))
    .replace(/<text:tab\s*\/>/g, '\t')
    .replace(/<text:line-break\s*\/>/g, '\n')
    .replace(/<\/text:(p|h)>/g, '\n');
  return decodeXml(spaced.replace(/<[^>]*>/g, ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return safeCodePoint(parseInt(entity.slice(2), 16)) ?? whole;
    if (entity.startsWith('#')) return safeCodePoint(parseInt(entity.slice(1), 10)) ?? whole;
    return ENTITIES[entity] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Without NUL (PostgreSQL text refuses it) nor runs of blank lines, and bounded. */
function tidy(text: string): string {
  return text
    .replaceAll('\u0000', '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_EXTRACTED_TEXT);
}
