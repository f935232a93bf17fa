import { strToU8, zipSync } from 'fflate';
import { pdfWithLines } from '../../src/demo/demo-pdf';

/**
 * Small real files for the documents tests, built in memory: a PDF with text on its page
 * (Helvetica, WinAnsi: French accents included), a .docx and an .odt as their editors
 * zip them (only the parts a reader needs), a PNG.
 */

/** A one-page PDF showing `lines` (the demo's own generator: one way to write a PDF). */
export const pdfWithText = (lines: string[]): Buffer => pdfWithLines(lines);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word document whose paragraphs are `paragraphs`. */
export function docxWithText(paragraphs: string[]): Buffer {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${w}"><w:body>` +
        paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('') +
        '</w:body></w:document>',
    ),
  };
  return Buffer.from(zipSync(files));
}

/** An OpenDocument text whose paragraphs are `paragraphs` (the first as a heading). */
export function odtWithText(paragraphs: string[]): Buffer {
  const [heading, ...rest] = paragraphs;
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>' +
    `<text:h text:outline-level="1">${escapeXml(heading ?? '')}</text:h>` +
    rest.map((p) => `<text:p>${escapeXml(p).replace(/ {2}/g, ' <text:s/>')}</text:p>`).join('') +
    '</office:text></office:body></office:document-content>';
  // The mimetype entry comes first, stored without compression, as the format requires.
  return Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(content),
      'META-INF/manifest.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
          '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
          '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
    }),
  );
}

/** A 1×1 PNG. */
export const PNG_PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
