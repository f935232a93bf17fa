import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadAppConfig } from '../src/config/app-config';
import { contentTypeOf } from '../src/documents/content/content-type';
import { extractText, openDocumentText, wordText } from '../src/documents/content/text-extraction';
import { docxWithText, odtWithText, PNG_PIXEL, pdfWithText } from './support/document-files';

describe('what a file is and what it says', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'collegial-documents-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  async function file(name: string, bytes: Buffer | string): Promise<string> {
    const path = join(directory, name);
    await writeFile(path, bytes);
    return path;
  }

  it('reads the type from the content, whatever the name says', async () => {
    expect(await contentTypeOf(await file('a.pdf', pdfWithText(['Bonjour'])), 'pdf')).toBe('pdf');
    expect(await contentTypeOf(await file('b.pdf', PNG_PIXEL), 'pdf')).toBe('png');
    expect(await contentTypeOf(await file('c.docx', docxWithText(['Bonjour'])), 'docx')).toBe('docx');
    expect(await contentTypeOf(await file('d.odt', odtWithText(['Bonjour'])), 'odt')).toBe('odt');
    expect(await contentTypeOf(await file('e.md', '# Règlement intérieur\n'), 'md')).toBe('md');
    expect(await contentTypeOf(await file('f.pdf', 'du texte seulement'), 'pdf')).toBe('text');
    expect(await contentTypeOf(await file('g.txt', Buffer.from([0x41, 0x00, 0x42])), 'txt')).toBeUndefined();
    expect(await contentTypeOf(await file('h.txt', Buffer.from([0x41, 0xe9, 0x42])), 'txt')).toBeUndefined();
  });

  it('extracts the text of a PDF, a Word and an OpenDocument file, and of plain text', async () => {
    expect(await extractText(await file('p.pdf', pdfWithText(["Comptes annuels de l'exercice 2025", 'Règlement (révisé)'])), 'pdf')).toMatch(
      /Comptes annuels de l'exercice 2025\s+Règlement \(révisé\)/,
    );
    expect(await extractText(await file('w.docx', docxWithText(['Rapport moral', 'Année 2025 & suivantes'])), 'docx')).toBe(
      'Rapport moral\nAnnée 2025 & suivantes',
    );
    expect(await extractText(await file('o.odt', odtWithText(['Budget prévisionnel', 'Dépenses  <réelles>'])), 'odt')).toBe(
      'Budget prévisionnel\nDépenses  <réelles>',
    );
    expect(await extractText(await file('t.md', '# Statuts\n\nArticle 1\u0000'), 'md')).toBe('# Statuts\n\nArticle 1');
  });

  it('never fails on a file it cannot read: no text', async () => {
    expect(await extractText(await file('broken.pdf', '%PDF-1.4 nothing else'), 'pdf')).toBe('');
    expect(await extractText(await file('broken.docx', 'not a zip'), 'docx')).toBe('');
  });

  it('reads paragraphs, tabs and entities from the XML of Word and OpenDocument', () => {
    expect(wordText('<w:p><w:r><w:t>a&amp;b</w:t><w:tab/><w:t xml:space="preserve"> c</w:t></w:r></w:p><w:p><w:r><w:t>d</w:t></w:r></w:p>')).toBe(
      'a&b\t c\nd\n',
    );
    expect(openDocumentText('<office:body><text:p>x<text:s text:c="2"/>y</text:p><text:h>&#233;t&#xE9;</text:h></office:body>')).toBe('x  y\nété\n');
  });

  it('takes its size limit and allow-list from the configuration, and refuses a type it does not know', () => {
    expect(loadAppConfig({}).documents).toEqual({
      maxBytes: 25 * 1024 * 1024,
      types: ['pdf', 'odt', 'docx', 'txt', 'md', 'png', 'jpg', 'ods', 'xlsx', 'csv'],
      storage: 'local',
    });
    expect(loadAppConfig({ DOCUMENT_MAX_BYTES: '1000', DOCUMENT_TYPES: ' PDF, md ' }).documents).toMatchObject({ maxBytes: 1000, types: ['pdf', 'md'] });
    expect(() => loadAppConfig({ DOCUMENT_TYPES: 'pdf,exe' })).toThrow(ConfigurationError);
    expect(() => loadAppConfig({ DOCUMENT_TYPES: '' })).toThrow(ConfigurationError);
    expect(() => loadAppConfig({ DOCUMENT_MAX_BYTES: '0' })).toThrow(ConfigurationError);
  });
});
