/**
 * A minimal valid one-page PDF showing lines of text (Helvetica, WinAnsi encoding, so French
 * accents show): the demo's documents are generated in code, read by the same PDF text
 * extraction as an upload.
 */
export function pdfWithLines(lines: readonly string[]): Buffer {
  const unsupported = [...lines.join('')].find((c) => c.codePointAt(0)! > 0xff);
  // Latin-1 text is WinAnsi text (bar 0x80-0x9F, control characters we never write); anything else would show garbled.
  if (unsupported) throw new Error(`The demo PDF cannot show "${unsupported}": write it in Latin-1.`);
  const shown = lines.map((line) => `(${line.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj`);
  const content = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td', ...shown.flatMap((line, i) => (i ? ['T*', line] : [line])), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
