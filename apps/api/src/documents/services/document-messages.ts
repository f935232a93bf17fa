import { DomainError, ErrorReason } from '../../core/errors/domain-error';

/** The refusals of the documents feature, in French and English. */
export const DOCUMENT = { fr: 'Document', en: 'Document' };
export const TITLE = { fr: 'Le titre du document', en: "The document's title" };

export function tooLarge(maxBytes: number): DomainError {
  const size = formatSize(maxBytes);
  return new DomainError(
    ErrorReason.TooLarge,
    {
      fr: `Le fichier dépasse la taille maximale de ${size.fr} : rien n'a été enregistré.`,
      en: `The file is larger than the ${size.en} limit: nothing was saved.`,
    },
    { maxBytes },
  );
}

export function unsupportedType(fileName: string, accepted: readonly string[]): DomainError {
  const list = accepted.map((t) => `.${t}`).join(', ');
  return new DomainError(
    ErrorReason.UnsupportedType,
    {
      fr: `Le type du fichier « ${fileName} » n'est pas accepté. Types acceptés : ${list}.`,
      en: `The type of the file "${fileName}" is not accepted. Accepted types: ${list}.`,
    },
    { accepted },
  );
}

export function contentMismatch(fileName: string): DomainError {
  return new DomainError(ErrorReason.ContentMismatch, {
    fr: `Le contenu du fichier « ${fileName} » ne correspond pas à son extension : rien n'a été enregistré. Enregistrez-le à nouveau dans le bon format.`,
    en: `The content of the file "${fileName}" does not match its extension: nothing was saved. Save it again in the right format.`,
  });
}

export function invalidUpload(fr: string, en: string): DomainError {
  return new DomainError(ErrorReason.InvalidInput, { fr, en });
}

function formatSize(bytes: number): { fr: string; en: string } {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) {
    const figure = Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
    return { fr: `${figure.replace('.', ',')} Mo`, en: `${figure} MB` };
  }
  const kb = Math.max(1, Math.round(bytes / 1024));
  return { fr: `${kb} ko`, en: `${kb} kB` };
}
