import { createReadStream } from 'node:fs';
import { access, copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { DocumentStorage, StagedFile } from './document-storage';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Content-addressed storage on the local disk: `<root>/<first two hex digits>/<sha256>`.
 * Writing a content already there only drops the staged copy; a file is complete as soon
 * as it has its name (renamed into place), so a reader never sees half a file.
 */
export class LocalDocumentStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  async put(file: StagedFile): Promise<string> {
    const key = this.keyOf(file.sha256);
    const target = this.pathOf(key);
    if (await this.exists(key)) {
      await rm(file.path, { force: true });
      return key;
    }
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    try {
      await rename(file.path, target);
    } catch (error) {
      // Staged on another file system: copy beside the target, then rename into place.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      const partial = `${target}.${process.pid}.partial`;
      await copyFile(file.path, partial);
      await rename(partial, target);
      await rm(file.path, { force: true });
    }
    return key;
  }

  get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    return new Promise((resolve, reject) => {
      const stream = createReadStream(path);
      stream.once('open', () => resolve(stream));
      stream.once('error', reject);
    });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  /** Where a key lives on disk (tests check that a content is stored once). */
  pathOf(key: string): string {
    return join(this.root, key.slice(0, 2), this.keyOf(key));
  }

  private keyOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256 key: ${sha256}`);
    return sha256;
  }
}
