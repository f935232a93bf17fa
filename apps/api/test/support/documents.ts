/** Uploads and downloads through the documents HTTP routes, as the web app makes them (multipart, Bearer session). */

export interface UploadAnswer {
  status: number;
  body: {
    id: string;
    title: string;
    kind: string;
    target: string;
    meetingId: string | null;
    agendaItemId: string | null;
    downloadPath: string;
    version: { id: string; number: number; sha256: string; size: number; mediaType: string; fileName: string; downloadPath: string };
    errors?: { message: string; extensions: { code: string; reason: string; messages: { fr: string; en: string } } }[];
  };
}

export interface UploadRequest {
  token?: string;
  fields: Record<string, string | undefined>;
  file?: { name: string; bytes: Buffer | string; type?: string };
  language?: string;
}

/** A multipart form: the fields first, then the file, as the route expects. */
export async function uploadDocument(baseUrl: string, request: UploadRequest, path = '/api/documents'): Promise<UploadAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(request.fields)) if (value !== undefined) form.append(name, value);
  if (request.file) form.append('file', new Blob([request.file.bytes], { type: request.file.type ?? 'application/octet-stream' }), request.file.name);
  const headers: Record<string, string> = {};
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.language) headers['accept-language'] = request.language;
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', body: form, headers });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

export async function uploadVersion(baseUrl: string, documentId: string, request: UploadRequest): Promise<UploadAnswer> {
  return uploadDocument(baseUrl, request, `/api/documents/${documentId}/versions`);
}

export async function download(baseUrl: string, path: string, token?: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
