import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  adminWithOrganisation,
  docxWithText,
  download,
  joinWithRole,
  odtWithText,
  PNG_PIXEL,
  pdfWithText,
  startTestApp,
  uploadDocument,
  uploadVersion,
  type TestApp,
} from './support';

const DOCUMENT = `query Document($organisationId: UUID!, $documentId: UUID!) {
  document(organisationId: $organisationId, documentId: $documentId) {
    id title kind target downloadPath currentVersion { number fileName size sha256 mediaType }
    versions { number fileName sha256 downloadPath uploadedByAccountId } } }`;
const LIBRARY = `query Library($organisationId: UUID!, $kind: DocumentKind) { libraryDocuments(organisationId: $organisationId, kind: $kind) { id title kind } }`;
const SEARCH = `query Search($organisationId: UUID!, $query: String!, $first: Int) {
  searchDocuments(organisationId: $organisationId, query: $query, first: $first) { rank excerpt document { id title kind } } }`;
const UPDATE = `mutation Update($organisationId: UUID!, $documentId: UUID!, $input: UpdateDocumentInput!) {
  updateDocument(organisationId: $organisationId, documentId: $documentId, input: $input) { id title kind } }`;
const REMOVE = `mutation Remove($organisationId: UUID!, $documentId: UUID!) { removeDocument(organisationId: $organisationId, documentId: $documentId) }`;

const MAX_BYTES = 200_000;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('documents: upload, versions, download', () => {
  let api: TestApp;
  let db: DataSource;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'collegial-documents-'));
    api = await startTestApp({ DATA_DIR: dataDir, DOCUMENT_MAX_BYTES: String(MAX_BYTES) });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Every file kept in the storage, and every file being received. */
  async function filesOnDisk(): Promise<{ content: string[]; staging: string[] }> {
    const root = join(dataDir, 'documents', 'content');
    const prefixes = await readdir(root).catch(() => [] as string[]);
    const content = (await Promise.all(prefixes.map(async (p) => (await readdir(join(root, p))).map((f) => `${p}/${f}`)))).flat();
    return { content: content.sort(), staging: await readdir(join(dataDir, 'documents', 'staging')) };
  }

  async function organisation() {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const [secretary, member, observer] = await Promise.all(
      (['secretary', 'member', 'observer'] as const).map((role) => joinWithRole(api, admin.token, organisationId, role)),
    );
    const upload = (fields: Record<string, string | undefined>, file: { name: string; bytes: Buffer | string }, token = secretary.token, language?: string) =>
      uploadDocument(api.url, { token, fields: { organisationId, ...fields }, file, language });
    return { admin, organisationId, secretary, member, observer, upload };
  }

  it('a secretary uploads a PDF to the library; an observer lists and downloads it, with its name and type', async () => {
    const { organisationId, secretary, observer, upload } = await organisation();
    const pdf = pdfWithText(["Comptes annuels de l'exercice 2025"]);
    const { status, body } = await upload(
      { title: 'Comptes annuels 2025', kind: 'accounts', target: 'library' },
      { name: 'Comptes de l’exercice 2025 – été.pdf', bytes: pdf },
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({ title: 'Comptes annuels 2025', kind: 'accounts', target: 'library', meetingId: null });
    expect(body.version).toMatchObject({
      number: 1,
      sha256: sha256(pdf),
      size: pdf.length,
      mediaType: 'application/pdf',
      fileName: 'Comptes de l’exercice 2025 – été.pdf',
    });

    const { document } = await api.client.ok(DOCUMENT, { organisationId, documentId: body.id }, { token: observer.token });
    expect(document.currentVersion).toMatchObject({ number: 1, sha256: sha256(pdf) });
    expect(document.versions).toEqual([expect.objectContaining({ number: 1, uploadedByAccountId: secretary.id })]);
    const { libraryDocuments } = await api.client.ok(LIBRARY, { organisationId, kind: 'accounts' }, { token: observer.token });
    expect(libraryDocuments).toEqual([{ id: body.id, title: 'Comptes annuels 2025', kind: 'accounts' }]);
    expect((await api.client.ok(LIBRARY, { organisationId, kind: 'statutes' }, { token: observer.token })).libraryDocuments).toEqual([]);

    const file = await download(api.url, document.downloadPath, observer.token);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(pdf)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Comptes de l_exercice 2025 _ ete.pdf"; filename*=UTF-8''${encodeURIComponent('Comptes de l’exercice 2025 – été.pdf')}`,
    );
    const [text] = await db.query('SELECT extracted_text FROM document_versions WHERE document_id = $1', [body.id]);
    expect(text.extracted_text).toContain("Comptes annuels de l'exercice 2025");
  });

  it('a new version becomes the current one, the old one stays downloadable, and the same bytes are stored once', async () => {
    const { organisationId, observer, upload, secretary } = await organisation();
    const first = Buffer.from('# Règlement intérieur\n\nArticle 1 : version adoptée en 2023.\n');
    const second = Buffer.from('# Règlement intérieur\n\nArticle 1 : version révisée en 2025.\n');
    const created = await upload({ title: 'Règlement intérieur', kind: 'internalRules', target: 'library' }, { name: 'reglement.md', bytes: first });
    expect(created.status).toBe(201);
    const before = await filesOnDisk();
    const v2 = await uploadVersion(api.url, created.body.id, {
      token: secretary.token,
      fields: { organisationId },
      file: { name: 'règlement-2025.md', bytes: second },
    });
    expect(v2.status).toBe(201);
    expect(v2.body.version).toMatchObject({ number: 2, fileName: 'règlement-2025.md', mediaType: 'text/markdown; charset=utf-8' });

    const { document } = await api.client.ok(DOCUMENT, { organisationId, documentId: created.body.id }, { token: observer.token });
    expect(document.currentVersion.number).toBe(2);
    expect(document.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect((await download(api.url, document.downloadPath, observer.token)).bytes.equals(second)).toBe(true);
    expect((await download(api.url, `/api/documents/${created.body.id}/download?version=1`, observer.token)).bytes.equals(first)).toBe(true);
    expect((await download(api.url, `/api/documents/${created.body.id}/download?version=3`, observer.token)).status).toBe(404);
    expect((await download(api.url, `/api/documents/${created.body.id}/download?version=x`, observer.token)).status).toBe(400);

    // The first content again, as a third version and as another document: no new file on disk.
    const afterV2 = await filesOnDisk();
    expect(afterV2.content.length).toBe(before.content.length + 1);
    await uploadVersion(api.url, created.body.id, { token: secretary.token, fields: { organisationId }, file: { name: 'reglement.md', bytes: first } });
    await upload({ title: 'Copie du règlement', kind: 'other', target: 'library' }, { name: 'copie.md', bytes: first });
    expect(await filesOnDisk()).toEqual(afterV2);
    expect(afterV2.content).toContain(`${sha256(first).slice(0, 2)}/${sha256(first)}`);
  });

  it('versions uploaded at the same moment get consecutive numbers, the last one current', async () => {
    const { organisationId, secretary, observer, upload } = await organisation();
    const created = await upload({ title: 'Budget', kind: 'budget', target: 'library' }, { name: 'budget.csv', bytes: 'poste;montant\n' });
    const answers = await Promise.all(
      [1, 2, 3].map((i) =>
        uploadVersion(api.url, created.body.id, {
          token: secretary.token,
          fields: { organisationId },
          file: { name: 'budget.csv', bytes: `poste;montant\nligne;${i}\n` },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers.map((a) => a.body.version.number).sort()).toEqual([2, 3, 4]);
    const { document } = await api.client.ok(DOCUMENT, { organisationId, documentId: created.body.id }, { token: observer.token });
    expect(document.versions.map((v: { number: number }) => v.number)).toEqual([4, 3, 2, 1]);
    expect(document.currentVersion.number).toBe(4);
  });

  it('uploads need a session (401) and the secretary role (403); another organisation is not found (404)', async () => {
    const { organisationId, member, observer, upload } = await organisation();
    const other = await adminWithOrganisation(api);
    const file = { name: 'note.txt', bytes: 'Une note.' };
    const fields = { title: 'Note', kind: 'other', target: 'library' };
    const before = await db.query('SELECT count(*)::int AS n FROM documents');

    const anonymous = await uploadDocument(api.url, { fields: { organisationId, ...fields }, file });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const token of [member.token, observer.token]) {
      const refused = await upload(fields, file, token);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const foreign = await upload(fields, file, other.admin.token);
    expect(foreign.status).toBe(404);
    expect(foreign.body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await db.query('SELECT count(*)::int AS n FROM documents')).toEqual(before);

    // A version of a document of another organisation, named with the caller's own organisation: not found.
    const mine = await upload(fields, file);
    const version = await uploadVersion(api.url, mine.body.id, { token: other.admin.token, fields: { organisationId: other.organisationId }, file });
    expect(version.status).toBe(404);
    const memberVersion = await uploadVersion(api.url, mine.body.id, { token: member.token, fields: { organisationId }, file });
    expect(memberVersion.status).toBe(403);
  });

  it('a download needs a session of the organisation: none is 401, another organisation or an unknown document 404', async () => {
    const { upload, member } = await organisation();
    const other = await adminWithOrganisation(api);
    const { body } = await upload({ title: 'Statuts', kind: 'statutes', target: 'library' }, { name: 'statuts.txt', bytes: 'Article 1 : objet.' });
    expect((await download(api.url, body.downloadPath)).status).toBe(401);
    expect((await download(api.url, body.downloadPath, 'not-a-token')).status).toBe(401);
    const foreign = await download(api.url, body.downloadPath, other.admin.token);
    expect(foreign.status).toBe(404);
    expect(JSON.parse(foreign.bytes.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await download(api.url, body.downloadPath, member.token)).status).toBe(200);
    expect((await download(api.url, '/api/documents/00000000-0000-4000-8000-000000000000/download', member.token)).status).toBe(404);
    expect((await download(api.url, '/api/documents/nonsense/download', member.token)).status).toBe(404);
    expect((await download(api.url, `${body.downloadPath}?link=forged`)).status).toBe(404);
  });

  it('an oversize file is refused with 413 in the language asked, and nothing is kept, neither file nor row', async () => {
    const { organisationId, upload } = await organisation();
    const before = await filesOnDisk();
    const rows = await db.query('SELECT count(*)::int AS n FROM document_versions');
    const big = Buffer.alloc(MAX_BYTES + 1, 'a');
    const refused = await upload({ title: 'Trop gros', kind: 'other', target: 'library' }, { name: 'gros.txt', bytes: big }, undefined, 'en-GB, fr;q=0.5');
    expect(refused.status).toBe(413);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('larger than'),
      extensions: { code: 'PAYLOAD_TOO_LARGE', reason: 'TOO_LARGE' },
    });
    expect(refused.body.errors?.[0].extensions.messages.fr).toContain('taille maximale');
    // Under the declared-length check (the form's overhead), the limit is met while the file streams.
    const justOver = Buffer.alloc(MAX_BYTES + 10, 'b');
    const streamed = await upload({ title: 'Juste trop gros', kind: 'other', target: 'library' }, { name: 'gros.txt', bytes: justOver });
    expect(streamed.status).toBe(413);
    expect(streamed.body.errors?.[0].message).toContain('taille maximale');
    expect(await filesOnDisk()).toEqual(before);
    expect(await db.query('SELECT count(*)::int AS n FROM document_versions')).toEqual(rows);
    const exact = await upload({ title: 'Juste assez', kind: 'other', target: 'library' }, { name: 'juste.txt', bytes: Buffer.alloc(MAX_BYTES, 'c') });
    expect(exact.status).toBe(201);
    expect(organisationId).toBeDefined();
  });

  it('a type outside the allow-list is refused (415), and so is a file whose content is not what its name says', async () => {
    const { upload } = await organisation();
    const before = await filesOnDisk();
    const rows = await db.query('SELECT count(*)::int AS n FROM document_versions');
    const fields = { title: 'Pièce', kind: 'other', target: 'library' };
    for (const name of ['page.html', 'script.exe', 'archive.zip', 'sans-extension']) {
      const refused = await upload(fields, { name, bytes: 'x' });
      expect(refused.status).toBe(415);
      expect(refused.body.errors?.[0].extensions.reason).toBe('UNSUPPORTED_TYPE');
    }
    for (const [name, bytes] of [
      ['photo.pdf', PNG_PIXEL],
      ['rapport.docx', pdfWithText(['Rapport'])],
      ['image.png', 'du texte'],
      ['notes.txt', PNG_PIXEL],
      ['compte-rendu.odt', docxWithText(['Compte rendu'])],
      ['texte.txt', Buffer.from([0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e])],
    ] as const) {
      const refused = await upload(fields, { name, bytes });
      expect({ name, status: refused.status, reason: refused.body.errors?.[0].extensions.reason }).toEqual({ name, status: 415, reason: 'CONTENT_MISMATCH' });
    }
    expect(await filesOnDisk()).toEqual(before);
    expect(await db.query('SELECT count(*)::int AS n FROM document_versions')).toEqual(rows);
    expect((await upload(fields, { name: 'pixel.PNG', bytes: PNG_PIXEL })).status).toBe(201);
    expect((await upload(fields, { name: 'compte-rendu.odt', bytes: odtWithText(['Compte rendu']) })).status).toBe(201);
  });

  it('a malformed form is bad input (400): no multipart, no file, no title, an unknown kind or target, two files', async () => {
    const { organisationId, secretary, upload } = await organisation();
    const file = { name: 'note.txt', bytes: 'Une note.' };
    const json = await fetch(`${api.url}/api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretary.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ organisationId }),
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const noFile = await uploadDocument(api.url, { token: secretary.token, fields: { organisationId, title: 'Note', kind: 'other', target: 'library' } });
    expect(noFile.status).toBe(400);
    expect((await upload({ kind: 'other', target: 'library' }, file)).status).toBe(400);
    expect((await upload({ title: '   ', kind: 'other', target: 'library' }, file)).status).toBe(400);
    expect((await upload({ title: 'Note', kind: 'poem', target: 'library' }, file)).status).toBe(400);
    expect((await upload({ title: 'Note', kind: 'other', target: 'elsewhere' }, file)).status).toBe(400);
    expect((await upload({ title: 'Note', kind: 'other', target: 'meeting' }, file)).status).toBe(400);
    expect((await upload({ title: 'Note', kind: 'other', target: 'meeting', meetingId: 'not-an-id' }, file)).status).toBe(400);
    expect((await uploadDocument(api.url, { token: secretary.token, fields: { title: 'Note', kind: 'other', target: 'library' }, file })).status).toBe(400);
    const form = new FormData();
    for (const [k, v] of Object.entries({ organisationId, title: 'Deux', kind: 'other', target: 'library' })) form.append(k, v);
    form.append('file', new Blob(['un']), 'un.txt');
    form.append('file', new Blob(['deux']), 'deux.txt');
    const two = await fetch(`${api.url}/api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${secretary.token}` } });
    expect(two.status).toBe(400);
    expect(await db.query('SELECT count(*)::int AS n FROM documents WHERE organisation_id = $1', [organisationId])).toEqual([{ n: 0 }]);
  });

  it('a document is renamed or changes kind, then is removed, by a secretary only and in its organisation only', async () => {
    const { organisationId, secretary, member, observer, upload } = await organisation();
    const other = await adminWithOrganisation(api);
    const { body } = await upload({ title: 'Budget', kind: 'other', target: 'library' }, { name: 'budget.csv', bytes: 'poste;montant\nloyer;1200\n' });
    const documentId = body.id;

    const updated = await api.client.ok(
      UPDATE,
      { organisationId, documentId, input: { title: 'Budget prévisionnel 2026', kind: 'budget' } },
      { token: secretary.token },
    );
    expect(updated.updateDocument).toEqual({ id: documentId, title: 'Budget prévisionnel 2026', kind: 'budget' });
    expect((await api.client.error(UPDATE, { organisationId, documentId, input: { title: 'x' } }, { token: member.token })).extensions?.code).toBe('FORBIDDEN');
    expect((await api.client.error(UPDATE, { organisationId, documentId, input: { title: ' ' } }, { token: secretary.token })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await api.client.error(UPDATE, { organisationId: other.organisationId, documentId, input: { title: 'x' } }, { token: other.admin.token })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await api.client.error(DOCUMENT, { organisationId: other.organisationId, documentId }, { token: other.admin.token })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await api.client.error(DOCUMENT, { organisationId, documentId }, { token: other.admin.token })).extensions?.code).toBe('NOT_FOUND');
    expect((await api.client.ok(LIBRARY, { organisationId: other.organisationId }, { token: other.admin.token })).libraryDocuments).toEqual([]);
    expect((await api.client.error(LIBRARY, { organisationId }, { token: other.admin.token })).extensions?.code).toBe('NOT_FOUND');

    expect((await api.client.error(REMOVE, { organisationId, documentId }, { token: observer.token })).extensions?.code).toBe('FORBIDDEN');
    expect((await api.client.error(REMOVE, { organisationId: other.organisationId, documentId }, { token: other.admin.token })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await api.client.ok(REMOVE, { organisationId, documentId }, { token: secretary.token })).removeDocument).toBe(true);
    expect((await api.client.error(DOCUMENT, { organisationId, documentId }, { token: secretary.token })).extensions?.code).toBe('NOT_FOUND');
    expect((await download(api.url, body.downloadPath, secretary.token)).status).toBe(404);
    expect(await db.query('SELECT count(*)::int AS n FROM document_versions WHERE document_id = $1', [documentId])).toEqual([{ n: 0 }]);
  });

  describe('French full-text search', () => {
    it('« comptes annuels 2025 » finds the accounts first, « Réglement » finds « règlement », with safe highlighted excerpts', async () => {
      const { organisationId, secretary, observer, upload } = await organisation();
      const other = await adminWithOrganisation(api);
      const accounts = await upload(
        { title: "Comptes annuels de l'exercice 2025", kind: 'accounts', target: 'library' },
        { name: 'comptes-2025.pdf', bytes: pdfWithText(["Comptes annuels de l'exercice 2025", 'Bilan et compte de résultat.']) },
      );
      const report = await upload(
        { title: "Rapport moral de l'assemblée", kind: 'report', target: 'library' },
        { name: 'rapport.docx', bytes: docxWithText(["Le trésorier présentera les comptes annuels 2025 à l'assemblée.", 'Nous remercions les bénévoles.']) },
      );
      const rules = await upload(
        { title: 'Règlement intérieur', kind: 'internalRules', target: 'library' },
        { name: 'reglement.odt', bytes: odtWithText(['Règlement intérieur', 'Les adhérents <b>votent</b> à main levée & en présence.']) },
      );
      await upload({ title: 'Budget 2024', kind: 'budget', target: 'library' }, { name: 'budget.txt', bytes: 'Prévisions de dépenses pour 2024.' });

      const search = async (query: string, token = observer.token, organisation = organisationId) =>
        (await api.client.ok(SEARCH, { organisationId: organisation, query, first: 10 }, { token })).searchDocuments as {
          rank: number;
          excerpt: string;
          document: { id: string; title: string };
        }[];

      const hits = await search('comptes annuels 2025');
      expect(hits.map((h) => h.document.id)).toEqual([accounts.body.id, report.body.id]);
      expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
      expect(hits[0].excerpt).toContain('<mark>Comptes</mark> <mark>annuels</mark>');
      expect(hits[1].excerpt).toContain('<mark>comptes</mark> <mark>annuels</mark> <mark>2025</mark>');

      for (const query of ['Réglement', 'reglement', 'RÈGLEMENTS']) {
        expect((await search(query)).map((h) => h.document.id)).toEqual([rules.body.id]);
      }
      const [rule] = await search('votent');
      expect(rule.excerpt).toContain('&lt;b&gt;<mark>votent</mark>&lt;/b&gt;');
      expect(rule.excerpt).toContain('&amp;');
      expect(rule.excerpt).not.toMatch(/<(?!\/?mark>)/);

      expect((await search('"comptes annuels" -rapport')).map((h) => h.document.id)).toEqual([accounts.body.id]);
      expect(await search('inexistant')).toEqual([]);
      expect(await search('   ')).toEqual([]);
      // Another organisation finds nothing of this one's, and cannot search in it.
      expect(await search('comptes annuels 2025', other.admin.token, other.organisationId)).toEqual([]);
      expect((await api.client.error(SEARCH, { organisationId, query: 'comptes' }, { token: other.admin.token })).extensions?.code).toBe('NOT_FOUND');

      // A renamed document is found by its new title.
      await api.client.ok(UPDATE, { organisationId, documentId: rules.body.id, input: { title: 'Charte des adhérents' } }, { token: secretary.token });
      expect((await search('charte')).map((h) => h.document.id)).toEqual([rules.body.id]);
    });
  });
});
