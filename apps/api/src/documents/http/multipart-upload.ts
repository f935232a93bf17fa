import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import type { StagedFile } from '../storage/document-storage';
import { invalidUpload, tooLarge } from '../services/document-messages';

/** A file received in full, staged on the local disk, with the name the client gave it. */
export interface ReceivedFile extends StagedFile {
  fileName: string;
}

export interface UploadOptions<T> {
  maxBytes: number;
  /** Where the file is written while it arrives (on the storage's file system, so it can be renamed into place). */
  stagingDirectory: string;
  /**
   * Called with the form's fields (they come before the file) and the file's name, before
   * any byte of the file is read: refusing here (no role, unknown meeting, a type not
   * accepted) spares receiving the file.
   */
  accept(fields: Readonly<Record<string, string>>, fileName: string): Promise<T>;
}

/** Room for the form's fields and the multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Receives a multipart/form-data upload: its text fields, then one file, streamed to a
 * staging file while its SHA-256 and size are computed; refused as soon as it passes
 * `maxBytes` (nothing is kept). On any refusal the staging file is removed and the rest of
 * the request is read and discarded, so the client receives the answer.
 */
export async function receiveUpload<T>(request: Request, options: UploadOptions<T>): Promise<{ accepted: T; file: ReceivedFile }> {
  if (!request.is('multipart/form-data')) {
    throw invalidUpload(
      'Envoyez le document en multipart/form-data : les champs, puis le fichier.',
      'Send the document as multipart/form-data: the fields, then the file.',
    );
  }
  const declaredLength = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declaredLength) && declaredLength > options.maxBytes + FORM_OVERHEAD_BYTES) {
    discardRest(request);
    throw tooLarge(options.maxBytes);
  }
  const stagingPath = join(options.stagingDirectory, `${randomUUID()}.upload`);
  try {
    return await new Promise<{ accepted: T; file: ReceivedFile }>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: request.headers,
          defParamCharset: 'utf8',
          limits: { fileSize: options.maxBytes + 1, files: 1, fields: 20, fieldSize: 4096, parts: 22 },
        });
      } catch {
        reject(invalidUpload('Le formulaire envoyé est mal formé.', 'The form sent is malformed.'));
        return;
      }
      const fields: Record<string, string> = {};
      let receiving: Promise<void> | null = null;
      let result: { accepted: T; file: ReceivedFile } | null = null;
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        request.unpipe(parser);
        parser.removeAllListeners('file');
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      parser.on('field', (name, value) => {
        fields[name] = value;
      });
      parser.on('file', (_name, stream, info) => {
        if (receiving) {
          stream.resume();
          fail(invalidUpload('Envoyez un seul fichier par document.', 'Send one file per document.'));
          return;
        }
        receiving = (async () => {
          const fileName = info.filename ?? '';
          const accepted = await options.accept(fields, fileName);
          const staged = await stage(stream, stagingPath, options.maxBytes);
          result = { accepted, file: { ...staged, fileName } };
        })();
        receiving.catch((error: unknown) => {
          stream.resume();
          fail(error);
        });
      });
      parser.on('filesLimit', () => fail(invalidUpload('Envoyez un seul fichier par document.', 'Send one file per document.')));
      parser.on('fieldsLimit', () => fail(invalidUpload('Le formulaire a trop de champs.', 'The form has too many fields.')));
      parser.on('partsLimit', () => fail(invalidUpload('Le formulaire a trop de parties.', 'The form has too many parts.')));
      parser.on('error', () => fail(invalidUpload('Le formulaire envoyé est mal formé ou incomplet.', 'The form sent is malformed or incomplete.')));
      parser.on('close', () => {
        if (!receiving) {
          fail(invalidUpload('Aucun fichier reçu : joignez le fichier après les champs.', 'No file received: attach the file after the fields.'));
          return;
        }
        receiving.then(() => (result ? resolve(result) : fail(invalidUpload('Le fichier est incomplet.', 'The file is incomplete.'))), fail);
      });
      request.on('aborted', () => fail(invalidUpload("L'envoi a été interrompu.", 'The upload was interrupted.')));
      request.pipe(parser);
    });
  } catch (error) {
    discardRest(request);
    await rm(stagingPath, { force: true });
    throw error;
  }
}

/** Writes the file's stream to `path`, hashing and counting it; refuses past `maxBytes`. */
async function stage(stream: Readable & { truncated?: boolean }, path: string, maxBytes: number): Promise<StagedFile> {
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) {
        callback(tooLarge(maxBytes));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  // busboy stops the file one byte past the limit and says so (the count above has refused it already).
  stream.once('limit', () => measure.destroy(tooLarge(maxBytes)));
  await pipeline(stream, measure, createWriteStream(path, { flags: 'wx' }));
  if (stream.truncated) throw tooLarge(maxBytes);
  return { path, sha256: hash.digest('hex'), size };
}

/** The rest of a refused request is read and dropped: the client, still sending, then reads the answer. */
function discardRest(request: Request): void {
  request.resume();
}
