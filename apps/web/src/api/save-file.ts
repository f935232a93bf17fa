import { i18n } from '../i18n/i18n';
import { sessionStore } from './session-store';

/** A refusal of a plain HTTP route: the api answers `{ errors: [{ message }] }` in the asked language. */
export class FileRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The api's message from a refused plain HTTP request, else one saying what the status means. */
export function refusalMessage(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: string }[] };
    const message = parsed.errors?.[0]?.message;
    if (message) return message;
  } catch {
    // not JSON: a proxy's page, say what the status means
  }
  if (status === 413) return i18n.t('documents:errors.tooLarge');
  if (status === 415) return i18n.t('documents:errors.unsupported');
  if (status === 0) return i18n.t('common:errors.network');
  return i18n.t('common:errors.unexpected');
}

/** The file name a Content-Disposition header gives (filename* first: it keeps accents). */
function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // malformed: the plain name below
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * Downloads a file from the api with the session (Bearer) or the headers given, then hands it to
 * the browser as a saved file: a plain link could carry no Authorization header.
 */
export async function saveFile(path: string, fallbackName: string, headers: Record<string, string> = {}): Promise<void> {
  const token = sessionStore.token();
  const response = await fetch(path, {
    headers: { 'Accept-Language': i18n.language, ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  }).catch(() => null);
  if (!response) throw new FileRequestError(i18n.t('common:errors.network'), 0);
  if (!response.ok) throw new FileRequestError(refusalMessage(response.status, await response.text()), response.status);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Let the browser start the download before the address goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
