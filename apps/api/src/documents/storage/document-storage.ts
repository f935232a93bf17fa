import type { Readable } from 'node:stream';

/** A file received in full on the local disk, with its SHA-256 computed while it arrived. */
export interface StagedFile {
  path: string;
  sha256: string;
  size: number;
}

/**
 * Where documents' bytes are kept, by content: the key is derived from the SHA-256, so the
 * same bytes are kept once whoever uploads them. The local disk is the default; an
 * S3-compatible store implements the same three operations.
 */
export interface DocumentStorage {
  /** Keeps the staged file (moved or copied; the staged path may be gone afterwards) and returns its key. */
  put(file: StagedFile): Promise<string>;
  /** The bytes under a key, as a stream. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
}

/** The injection token of the configured DocumentStorage. */
export const DOCUMENT_STORAGE = Symbol('DocumentStorage');
