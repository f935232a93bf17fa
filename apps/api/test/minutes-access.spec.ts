import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { pdfText } from '../../../libs/minutes-pdf/src/testing/pdf-text';
import { addMember, adminWithOrganisation, download, joinWithRole, PNG_PIXEL, pdfWithText, startTestApp, uploadDocument, type TestApp } from './support';
import { assemblyWithAgenda, sendConvocations } from './support/convocations';
import {
  APPROVE_MINUTES,
  DECISION_REGISTER,
  DRAFT_MINUTES,
  MINUTES,
  REGISTER_ENTRIES,
  REGISTER_VERIFICATION,
  UPDATE_MINUTES,
  approveByBoth,
  closedScicAssembly,
  draftMinutes,
  type ClosedAssembly,
  type MinutesView,
} from './support/minutes';

const EXPORT_ARCHIVE = `mutation Export($organisationId: UUID!) { exportArchive(organisationId: $organisationId) }`;
const ARCHIVE_EXPORT = `query Archive($organisationId: UUID!, $id: UUID!) {
  archiveExport(organisationId: $organisationId, id: $id) { id status progress doneFiles totalFiles sha256 size downloadUrl failure } }`;

interface Entry {
  id: string;
  sequence: number;
  kind: string;
  firstPage: number;
  lastPage: number;
  title: string;
  pdf: { url: string; pages: number; sha256: string };
}

describe('minutes: downloads, imports, the archive, and who may reach them', () => {
  let api: TestApp;
  let assembly: ClosedAssembly;
  let minutes: MinutesView;
  let other: { token: string; organisationId: string };
  beforeAll(async () => {
    api = await startTestApp();
    assembly = await closedScicAssembly(api);
    minutes = await draftMinutes(api.client, assembly.admin.token, assembly.organisationId, assembly.meetingId);
    const { admin, organisationId } = await adminWithOrganisation(api);
    other = { token: admin.token, organisationId };
  }, 120_000);
  afterAll(() => api.close());

  const entriesOf = async (token: string, organisationId: string) =>
    (await api.client.ok<{ registerEntries: { nodes: Entry[] } }>(REGISTER_ENTRIES, { organisationId }, { token })).registerEntries.nodes;

  it('every GraphQL operation answers NOT_FOUND across organisations and checks the role', async () => {
    const a = assembly;
    const observer = await joinWithRole(api, a.admin.token, a.organisationId, 'observer');
    const operations: [string, string, Record<string, unknown>, 'observer' | 'secretary' | 'member'][] = [
      ['minutes', MINUTES, { meetingId: a.meetingId }, 'observer'],
      ['draftMinutes', DRAFT_MINUTES, { meetingId: a.meetingId }, 'secretary'],
      ['updateMinutes', UPDATE_MINUTES, { minutesId: minutes.id, input: { convenedBy: 'le conseil' } }, 'secretary'],
      ['approveMinutes', APPROVE_MINUTES, { minutesId: minutes.id }, 'member'],
      ['decisionRegister', DECISION_REGISTER, {}, 'observer'],
      ['registerEntries', REGISTER_ENTRIES, {}, 'observer'],
      ['registerVerification', REGISTER_VERIFICATION, {}, 'observer'],
      ['exportArchive', EXPORT_ARCHIVE, {}, 'secretary'],
    ];
    for (const [name, query, variables, minimum] of operations) {
      // Another organisation's admin naming this organisation: not found.
      const foreign = await api.client.request(query, { organisationId: a.organisationId, ...variables }, { token: other.token });
      expect([name, foreign.errors?.[0]?.extensions?.code]).toEqual([name, 'NOT_FOUND']);
      // An observer of this organisation.
      const read = await api.client.request(query, { organisationId: a.organisationId, ...variables }, { token: observer.token });
      expect([name, read.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([name, minimum === 'observer' ? 'OK' : 'FORBIDDEN']);
    }
    // This organisation's objects named under another organisation, by its own admin: not found.
    for (const [name, query, variables] of operations.filter(([, , v]) => Object.keys(v).length > 0)) {
      const response = await api.client.request(query, { organisationId: other.organisationId, ...variables }, { token: other.token });
      expect([name, response.errors?.[0]?.extensions?.code]).toEqual([name, 'NOT_FOUND']);
    }
    const archive = await api.client.request(ARCHIVE_EXPORT, { organisationId: a.organisationId, id: a.meetingId }, { token: other.token });
    expect(archive.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Nothing changed: still a draft, as drafted.
    const unchanged = (
      await api.client.ok<{ minutes: MinutesView }>(MINUTES, { organisationId: a.organisationId, meetingId: a.meetingId }, { token: a.admin.token })
    ).minutes;
    expect(unchanged).toMatchObject({ status: 'draft', convenedBy: null, approvals: [] });
  });

  it('downloads the draft preview, then the approved PDF, the attendance sheet, a proxy form and the postal convocations; 401 without a session, 404 elsewhere', async () => {
    const a = assembly;
    const token = a.admin.token;
    const preview = await download(api.url, minutes.pdfUrl, token);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(pdfText(preview.bytes)).toContain('La résolution n° 1 est adoptée.');

    const approved = await approveByBoth(api.client, a, minutes.id);
    const pdf = await download(api.url, approved.pdf!.url, token);
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.length).toBe(approved.pdf!.size);
    expect(createHash('sha256').update(pdf.bytes).digest('hex')).toBe(approved.pdf!.sha256);

    const sheet = await download(api.url, `/api/meetings/${a.meetingId}/attendance-sheet.pdf`, token);
    expect(sheet.status).toBe(200);
    expect(pdfText(sheet.bytes)).toContain(a.chair.name);
    const form = await download(api.url, `/api/meetings/${a.meetingId}/proxy-form.pdf?memberId=${a.secretary.id}`, token);
    expect(form.status).toBe(200);
    expect(pdfText(form.bytes)).toContain(a.secretary.name);
    const noMember = await download(api.url, `/api/meetings/${a.meetingId}/proxy-form.pdf?memberId=nope`, token);
    expect(noMember.status).toBe(400);
    // This meeting was never convened by post: said so.
    const noPost = await download(api.url, `/api/meetings/${a.meetingId}/postal-convocations.pdf`, token);
    expect(noPost.status).toBe(400);

    // A meeting convened by post: one letter per member without e-mail consent.
    const member = await addMember(api.client, token, a.organisationId, {
      name: 'Jeanne Courrier',
      postalAddress: '4 chemin des Vignes\n69005 Lyon',
      collegeId: a.collegeIds['usagers'],
    });
    const next = await assemblyWithAgenda(api.client, token, a.organisationId, { inDays: 30, title: 'Assemblée générale extraordinaire' });
    await sendConvocations(api.client, token, a.organisationId, next.id);
    const letters = await download(api.url, `/api/meetings/${next.id}/postal-convocations.pdf`, token);
    expect(letters.status).toBe(200);
    const letterText = pdfText(letters.bytes);
    expect(letterText).toContain('Jeanne Courrier');
    expect(letterText).toContain('4 chemin des Vignes');
    expect(member.name).toBe('Jeanne Courrier');

    const routes = [
      approved.pdf!.url,
      `/api/meetings/${a.meetingId}/attendance-sheet.pdf`,
      `/api/meetings/${a.meetingId}/proxy-form.pdf?memberId=${a.secretary.id}`,
      `/api/meetings/${next.id}/postal-convocations.pdf`,
    ];
    const observer = await joinWithRole(api, token, a.organisationId, 'observer');
    for (const route of routes) {
      expect([route, (await download(api.url, route)).status]).toEqual([route, 401]);
      expect([route, (await download(api.url, route, other.token)).status]).toEqual([route, 404]);
      expect([route, (await download(api.url, route, observer.token)).status]).toEqual([route, 200]);
    }
  });

  it('imports past minutes (a scanned PDF) into the register, paged on; refuses what is not a PDF, keeping nothing', async () => {
    const a = assembly;
    const token = a.admin.token;
    const before = await entriesOf(token, a.organisationId);
    expect(before).toHaveLength(1);
    const fields = { organisationId: a.organisationId, bodyId: a.assemblyId, meetingDate: '2019-06-15', title: 'Assemblée générale constitutive' };
    const staging = join(api.config.dataDir, 'minutes', 'staging');

    const png = await uploadDocument(api.url, { token, fields, file: { name: 'pv-2019.pdf', bytes: PNG_PIXEL } }, '/api/register/imports');
    expect(png.status).toBe(415);
    expect(png.body.errors?.[0].extensions).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'UNSUPPORTED_TYPE' });
    const text = await uploadDocument(api.url, { token, fields, file: { name: 'pv-2019.txt', bytes: 'procès-verbal' } }, '/api/register/imports');
    expect(text.status).toBe(415);
    expect(await entriesOf(token, a.organisationId)).toHaveLength(1);
    expect(readdirSync(staging)).toEqual([]);

    const scan = pdfWithText(["Procès-verbal de l'assemblée générale constitutive", 'du 15 juin 2019']);
    const foreign = await uploadDocument(api.url, { token: other.token, fields, file: { name: 'pv.pdf', bytes: scan } }, '/api/register/imports');
    expect(foreign.status).toBe(404);
    const reader = await joinWithRole(api, token, a.organisationId, 'member');
    const member = await uploadDocument(api.url, { token: reader.token, fields, file: { name: 'pv.pdf', bytes: scan } }, '/api/register/imports');
    expect(member.status).toBe(403);
    const badDate = await uploadDocument(
      api.url,
      { token, fields: { ...fields, meetingDate: '2019-02-30' }, file: { name: 'pv.pdf', bytes: scan } },
      '/api/register/imports',
    );
    expect(badDate.status).toBe(400);

    const imported = await uploadDocument(api.url, { token, fields, file: { name: 'pv-2019.pdf', bytes: scan } }, '/api/register/imports');
    expect(imported.status).toBe(201);
    const entries = await entriesOf(token, a.organisationId);
    expect(entries.map((e) => [e.sequence, e.kind])).toEqual([
      [2, 'imported'],
      [1, 'minutes'],
    ]);
    expect(entries[0].firstPage).toBe(entries[1].lastPage + 1);
    expect(entries[0].lastPage).toBe(entries[0].firstPage);
    const found = await api.client.ok<{ decisionRegister: { nodes: { title: string; kind: string; pdfUrl: string }[] } }>(
      DECISION_REGISTER,
      { organisationId: a.organisationId, filter: { text: 'constitutive' } },
      { token },
    );
    expect(found.decisionRegister.nodes).toMatchObject([{ title: 'Assemblée générale constitutive', kind: 'record' }]);
    const scanned = await download(api.url, found.decisionRegister.nodes[0].pdfUrl, token);
    expect(scanned.bytes.equals(scan)).toBe(true);
    expect((await download(api.url, found.decisionRegister.nodes[0].pdfUrl, other.token)).status).toBe(404);
    const verification = await api.client.ok<{ registerVerification: { intact: boolean; entries: number } }>(
      REGISTER_VERIFICATION,
      { organisationId: a.organisationId },
      { token },
    );
    expect(verification.registerVerification).toMatchObject({ intact: true, entries: 2 });
  });

  it('exports the whole archive as one zip: the register PDFs, the register as CSV, the verification, the documents; downloaded by its organisation only', async () => {
    const a = assembly;
    const token = a.admin.token;
    const uploaded = await uploadDocument(api.url, {
      token,
      fields: { organisationId: a.organisationId, title: 'Statuts', kind: 'statutes' },
      file: { name: 'statuts.pdf', bytes: pdfWithText(['Statuts de la coopérative']) },
    });
    expect(uploaded.status).toBe(201);
    const id = (await api.client.ok<{ exportArchive: string }>(EXPORT_ARCHIVE, { organisationId: a.organisationId }, { token })).exportArchive;
    let archive: { status: string; progress: number; downloadUrl: string | null; sha256: string | null; totalFiles: number };
    const deadline = Date.now() + 30_000;
    do {
      await new Promise((resolve) => setTimeout(resolve, 300));
      archive = (await api.client.ok<{ archiveExport: typeof archive }>(ARCHIVE_EXPORT, { organisationId: a.organisationId, id }, { token })).archiveExport;
    } while (archive.status !== 'done' && archive.status !== 'failed' && Date.now() < deadline);
    expect(archive).toMatchObject({ status: 'done', progress: 100, downloadUrl: `/api/archives/${id}/download` });
    expect((await download(api.url, archive.downloadUrl!, other.token)).status).toBe(404);
    expect((await download(api.url, archive.downloadUrl!)).status).toBe(401);
    const zip = await download(api.url, archive.downloadUrl!, token);
    expect(zip.status).toBe(200);
    expect(createHash('sha256').update(zip.bytes).digest('hex')).toBe(archive.sha256);
    const files = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(files).sort();
    expect(names).toEqual(expect.arrayContaining(['registre/registre.csv', 'registre/decisions.csv', 'registre/verification.json', 'documents/statuts.pdf']));
    expect(names.filter((n) => /^registre\/000\d-.*\.pdf$/.test(n))).toHaveLength(2);
    expect(archive.totalFiles).toBe(names.length);
    expect(JSON.parse(strFromU8(files['registre/verification.json']))).toMatchObject({ intact: true, entries: 2 });
    expect(strFromU8(files['registre/decisions.csv'])).toContain('Adoption du budget 2026');
  });
});
