import type { Response } from 'express';
import { contentDisposition } from '../../documents/http/content-disposition';

/** A PDF answer, as an attachment with its name; private, never sniffed nor run as a page of ours. */
export function sendPdf(response: Response, bytes: Uint8Array, fileName: string): void {
  response.status(200);
  response.setHeader('Content-Type', 'application/pdf');
  response.setHeader('Content-Length', String(bytes.length));
  response.setHeader('Content-Disposition', contentDisposition(fileName));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
  response.setHeader('Cache-Control', 'private, no-cache');
  response.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
