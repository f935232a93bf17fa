/** The address that downloads a document (its current version, or `version`): GET, with a session or `?link=`. */
export function downloadPath(documentId: string, version?: number): string {
  return `/api/documents/${documentId}/download${version === undefined ? '' : `?version=${version}`}`;
}
