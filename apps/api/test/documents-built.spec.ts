import { adminWithOrganisation, builtApi, docxWithText, download, pdfWithText, uploadDocument } from './support';

const SEARCH = `query Search($organisationId: UUID!, $query: String!) { searchDocuments(organisationId: $organisationId, query: $query) { excerpt document { id } } }`;

jest.setTimeout(180_000);

/**
 * file-type (an ES module) and unpdf (which imports PDF.js dynamically) load in the built
 * api as Node runs it, not only under jest, which transforms them.
 */
describe('documents in the built api', () => {
  const built = builtApi();

  it('reads the type and the text of a PDF and a Word file, and finds them', async () => {
    const api = await built.start();
    const { admin, organisationId } = await adminWithOrganisation({ client: api.client, mailbox: built.mailbox });
    const pdf = pdfWithText(["Comptes annuels de l'exercice 2025"]);
    const accounts = await uploadDocument(api.url, {
      token: admin.token,
      fields: { organisationId, title: 'Comptes', kind: 'accounts', target: 'library' },
      file: { name: 'comptes.pdf', bytes: pdf },
    });
    expect(accounts.status).toBe(201);
    expect(accounts.body.version.mediaType).toBe('application/pdf');
    const report = await uploadDocument(api.url, {
      token: admin.token,
      fields: { organisationId, title: 'Rapport', kind: 'report', target: 'library' },
      file: { name: 'rapport.docx', bytes: docxWithText(['Le règlement intérieur est révisé.']) },
    });
    expect(report.status).toBe(201);
    const mismatch = await uploadDocument(api.url, {
      token: admin.token,
      fields: { organisationId, title: 'Faux', kind: 'other', target: 'library' },
      file: { name: 'faux.docx', bytes: pdf },
    });
    expect(mismatch.status).toBe(415);

    const search = async (query: string) =>
      (await api.client.ok<{ searchDocuments: { excerpt: string; document: { id: string } }[] }>(SEARCH, { organisationId, query }, { token: admin.token }))
        .searchDocuments;
    expect((await search('exercice 2025')).map((h) => h.document.id)).toEqual([accounts.body.id]);
    expect((await search('reglement')).map((h) => h.document.id)).toEqual([report.body.id]);
    expect((await download(api.url, accounts.body.downloadPath, admin.token)).bytes.equals(pdf)).toBe(true);
  });
});
