import type { DocumentTypeName } from '../../config/document-types';

interface FileTypeRule {
  /** Extensions a file name of this type may end with. */
  extensions: readonly string[];
  mediaType: string;
  /** What file-type reads from the content ("jpg" for JPEG); undefined for text, recognised as UTF-8 instead. */
  detected?: string;
}

/** Every type a document may have: the configuration (DOCUMENT_TYPES) chooses among them. */
export const FILE_TYPES: Record<DocumentTypeName, FileTypeRule> = {
  pdf: { extensions: ['pdf'], mediaType: 'application/pdf', detected: 'pdf' },
  odt: { extensions: ['odt'], mediaType: 'application/vnd.oasis.opendocument.text', detected: 'odt' },
  docx: { extensions: ['docx'], mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', detected: 'docx' },
  ods: { extensions: ['ods'], mediaType: 'application/vnd.oasis.opendocument.spreadsheet', detected: 'ods' },
  xlsx: { extensions: ['xlsx'], mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', detected: 'xlsx' },
  png: { extensions: ['png'], mediaType: 'image/png', detected: 'png' },
  jpg: { extensions: ['jpg', 'jpeg'], mediaType: 'image/jpeg', detected: 'jpg' },
  txt: { extensions: ['txt'], mediaType: 'text/plain; charset=utf-8' },
  md: { extensions: ['md', 'markdown'], mediaType: 'text/markdown; charset=utf-8' },
  csv: { extensions: ['csv'], mediaType: 'text/csv; charset=utf-8' },
};

const TYPE_NAMES = Object.keys(FILE_TYPES) as DocumentTypeName[];

/** The extension of a file name, lower case ("Rapport.PDF" → "pdf"), or "" without one. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The type a file name claims by its extension, or undefined when it is none we know. */
export function typeNamed(fileName: string): DocumentTypeName | undefined {
  const extension = extensionOf(fileName);
  return TYPE_NAMES.find((name) => FILE_TYPES[name].extensions.includes(extension));
}

/** Whether a type is text (recognised as UTF-8, not by a signature). */
export function isTextType(name: DocumentTypeName): boolean {
  return FILE_TYPES[name].detected === undefined;
}

/** The type file-type's answer stands for, among ours. */
export function typeDetected(detectedExtension: string): DocumentTypeName | undefined {
  return TYPE_NAMES.find((name) => FILE_TYPES[name].detected === detectedExtension);
}
