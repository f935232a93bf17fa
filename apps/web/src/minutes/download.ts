import { saveFile } from '../api/save-file';
import { notifyError } from '../ui/notify';

/** Saves one of the api's PDFs with the session; a refusal is shown as the api words it. */
export async function download(path: string, fallbackName: string): Promise<void> {
  try {
    await saveFile(path, fallbackName);
  } catch (error) {
    notifyError(error instanceof Error ? error.message : String(error));
  }
}
