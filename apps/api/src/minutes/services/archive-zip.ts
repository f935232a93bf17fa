import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * A zip written to disk as its files arrive (fflate), hashed on the way: a large archive
 * never sits in memory. PDFs and other compressed files are stored; text is deflated.
 */
export class ArchiveZip {
  private readonly out: WriteStream;
  private readonly hash = createHash('sha256');
  private size = 0;
  private readonly zip: Zip;
  private writing: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  private finished: Promise<void>;

  constructor(path: string) {
    this.out = createWriteStream(path, { flags: 'w' });
    let finish!: () => void;
    this.finished = new Promise((resolve) => (finish = resolve));
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.hash.update(chunk);
      this.size += chunk.length;
      this.writing = this.writing.then(async () => {
        if (!this.out.write(chunk)) await once(this.out, 'drain');
      });
      if (final) finish();
    });
  }

  /** Adds a text file (deflated). */
  addText(name: string, text: string): void {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    file.push(new TextEncoder().encode(text), true);
  }

  /** Adds a file from a stream, stored as it is (PDFs and office files are compressed already). */
  async addStream(name: string, content: Readable): Promise<void> {
    const file = new ZipPassThrough(name);
    this.zip.add(file);
    for await (const chunk of content) {
      file.push(chunk as Uint8Array, false);
      await this.writing;
    }
    file.push(new Uint8Array(0), true);
    await this.writing;
  }

  async close(): Promise<{ sha256: string; size: number }> {
    this.zip.end();
    await this.finished;
    await this.writing;
    this.out.end();
    await once(this.out, 'close');
    if (this.failure) throw this.failure;
    return { sha256: this.hash.digest('hex'), size: this.size };
  }

  /** Stops writing (a failed export): the partial file is removed by the caller. */
  async abort(): Promise<void> {
    this.zip.terminate();
    this.out.destroy();
    await once(this.out, 'close').catch(() => undefined);
  }
}
