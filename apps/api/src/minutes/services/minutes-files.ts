import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createHash, randomUUID } from 'node:crypto';

const SHA256 = /^[0-9a-f]{64}$/;

/** A PDF as kept: its SHA-256 names it. */
export interface StoredPdf {
  sha256: string;
  size: number;
  pages: number;
}

/**
 * The register's PDFs (approved minutes, imported scans) and archive exports on the local
 * disk under DATA_DIR/minutes, by content: `<root>/<sha256>.pdf`. A file is written beside
 * its place then renamed, so a reader never sees half of it; the same bytes are kept once.
 */
export class MinutesFiles {
  constructor(readonly root: string) {}

  async putPdf(bytes: Uint8Array): Promise<StoredPdf> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = this.pdfPath(sha256);
    if (!(await exists(path))) {
      await mkdir(this.root, { recursive: true });
      const partial = `${path}.${randomUUID()}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, path);
    }
    return { sha256, size: bytes.length, pages: pdfPageCount(bytes) };
  }

  /** Keeps a staged file (an upload) under its SHA-256; the staged path is gone afterwards. */
  async adoptPdf(stagedPath: string, sha256: string): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await rename(stagedPath, this.pdfPath(sha256));
  }

  readPdf(sha256: string): Promise<Buffer> {
    return readFile(this.pdfPath(sha256));
  }

  streamPdf(sha256: string): Readable {
    return createReadStream(this.pdfPath(sha256));
  }

  pdfPath(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return join(this.root, `${sha256}.pdf`);
  }

  archivePath(exportId: string): string {
    return join(this.root, 'archives', `${exportId}.zip`);
  }

  stagingDirectory(): string {
    return join(this.root, 'staging');
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The number of pages of a PDF, read from its page tree: the largest /Count of a /Pages
 * node is the root's (pdfkit writes its objects uncompressed; a scan from elsewhere too,
 * unless it uses object streams, in which case the /Type /Page objects are counted).
 */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let count = 0;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    count = Math.max(count, Number(match[1] ?? match[2]));
  }
  if (count > 0) return count;
  return Math.max(1, [...text.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length);
}
