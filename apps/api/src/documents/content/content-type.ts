import { createReadStream } from 'node:fs';
import type { DocumentTypeName } from '../../config/document-types';
import { isTextType, typeDetected } from './file-types';

/**
 * What a file is, read from its content: a signature (file-type) for binary formats, valid
 * UTF-8 without NUL for text. `undefined` when it is neither anything we know nor text.
 */
export async function contentTypeOf(path: string, claimed: DocumentTypeName): Promise<DocumentTypeName | 'text' | undefined> {
  // file-type is an ES module: loaded on first use (Node requires ES modules since 20.19; jest transforms it).
  const { fileTypeFromFile } = await import('file-type');
  const detected = await fileTypeFromFile(path);
  if (detected) return typeDetected(detected.ext) ?? undefined;
  if (await isUtf8Text(path)) return isTextType(claimed) ? claimed : 'text';
  return undefined;
}

/** Whether the whole file is valid UTF-8 with no NUL character (a binary file almost never is). */
export async function isUtf8Text(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) {
      const bytes = chunk as Buffer;
      if (bytes.includes(0)) return false;
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}
