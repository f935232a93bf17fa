/**
 * The file types a document may have, by the name configuration uses (DOCUMENT_TYPES).
 * Known here so that a typo in the configuration is refused at start.
 */
export const DOCUMENT_TYPE_NAMES = ['pdf', 'odt', 'docx', 'txt', 'md', 'png', 'jpg', 'ods', 'xlsx', 'csv'] as const;
export type DocumentTypeName = (typeof DOCUMENT_TYPE_NAMES)[number];
