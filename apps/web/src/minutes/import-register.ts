import { FileRequestError, refusalMessage } from '../api/save-file';
import { sessionStore } from '../api/session-store';
import { i18n } from '../i18n/i18n';

export type RegisterImport = {
  organisationId: string;
  bodyId: string;
  meetingDate: string;
  title: string;
};

/** POST /api/register/imports: the fields first (the api checks them before it reads the file), then the scanned PDF. */
export async function importRegisterPdf(fields: RegisterImport, file: File): Promise<{ sequence: number }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  const token = sessionStore.token();
  const response = await fetch('/api/register/imports', {
    method: 'POST',
    body: form,
    headers: { 'Accept-Language': i18n.language, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  }).catch(() => null);
  if (!response) throw new FileRequestError(refusalMessage(0, ''), 0);
  if (!response.ok) throw new FileRequestError(refusalMessage(response.status, await response.text()), response.status);
  return (await response.json()) as { sequence: number };
}
