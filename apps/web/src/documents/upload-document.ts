import { i18n } from '../i18n/i18n';
import { FileRequestError, refusalMessage } from '../api/save-file';
import { sessionStore } from '../api/session-store';
import type { DocumentKind, DocumentTarget } from '../gql/graphql';

/** What the api answers to an upload: the document with its new version. */
export interface UploadedDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  version: { number: number; fileName: string; size: number } | null;
}

export interface NewDocument {
  organisationId: string;
  title: string;
  kind: DocumentKind;
  target: DocumentTarget;
  meetingId?: string | null;
  agendaItemId?: string | null;
}

/** Fraction sent, 0 to 1, as the browser reports it. */
export type UploadProgress = (fraction: number) => void;

/**
 * Sends a multipart form with XMLHttpRequest, the only browser API that reports upload
 * progress. The fields go before the file: the api checks them before it reads the file.
 */
function send(path: string, fields: Record<string, string>, file: File, onProgress: UploadProgress): Promise<UploadedDocument> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    const token = sessionStore.token();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept-Language', i18n.language);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        try {
          resolve(JSON.parse(request.responseText) as UploadedDocument);
        } catch {
          reject(new FileRequestError(i18n.t('common:errors.unexpected'), request.status));
        }
        return;
      }
      if (request.status === 401) sessionStore.expire();
      reject(new FileRequestError(refusalMessage(request.status, request.responseText), request.status));
    };
    // The api may close the connection on an oversize file before it is all sent.
    request.onerror = () => reject(new FileRequestError(refusalMessage(0, ''), 0));
    request.send(form);
  });
}

export function uploadDocument(document: NewDocument, file: File, onProgress: UploadProgress): Promise<UploadedDocument> {
  const fields: Record<string, string> = {
    organisationId: document.organisationId,
    title: document.title,
    kind: document.kind,
    target: document.target,
  };
  if (document.meetingId) fields.meetingId = document.meetingId;
  if (document.agendaItemId) fields.agendaItemId = document.agendaItemId;
  return send('/api/documents', fields, file, onProgress);
}

export function uploadVersion(organisationId: string, documentId: string, file: File, onProgress: UploadProgress): Promise<UploadedDocument> {
  return send(`/api/documents/${encodeURIComponent(documentId)}/versions`, { organisationId }, file, onProgress);
}
