import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DocumentLinkAccess } from '../src/documents/services/document-link-access';
import { adminWithOrganisation, download, joinWithRole, pdfWithText, startTestApp, uploadDocument, type TestApp } from './support';
import { addAgendaItem, generalAssemblyOf, scheduleMeeting } from './support/meetings';

const MEETING_DOCUMENTS = `query Meeting($organisationId: UUID!, $meetingId: UUID!) {
  meeting(organisationId: $organisationId, meetingId: $meetingId) {
    id documents { id title target meetingId agendaItemId }
    agenda { id documents { id title target meetingId agendaItemId } children { id documents { id title } } } } }`;
const REMOVE_ITEM = `mutation Remove($organisationId: UUID!, $itemId: UUID!) { removeAgendaItem(organisationId: $organisationId, itemId: $itemId) }`;
const DELETE_MEETING = `mutation Delete($organisationId: UUID!, $meetingId: UUID!) { deleteMeeting(organisationId: $organisationId, meetingId: $meetingId) }`;
const DOCUMENT = `query Document($organisationId: UUID!, $documentId: UUID!) { document(organisationId: $organisationId, documentId: $documentId) { id } }`;

describe('documents of meetings and agenda items', () => {
  let api: TestApp;
  let dataDir: string;
  /** Personal links as convocations will register them: token → the meeting it opens. */
  const links = new Map<string, { organisationId: string; meetingId: string }>();
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'collegial-documents-'));
    api = await startTestApp({ DATA_DIR: dataDir });
    api.app.get(DocumentLinkAccess).register({ meetingOpenedBy: (token) => Promise.resolve(links.get(token) ?? null) });
  });
  afterAll(async () => {
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function assemblyWithAgenda() {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const secretary = await joinWithRole(api, admin.token, organisationId, 'secretary');
    const observer = await joinWithRole(api, admin.token, organisationId, 'observer');
    const assembly = await generalAssemblyOf(api.client, admin.token, organisationId);
    const meeting = await scheduleMeeting(api.client, secretary.token, organisationId, { bodyId: assembly.id, startsAt: '2027-03-20T09:00:00.000Z' });
    const accountsItem = await addAgendaItem(api.client, secretary.token, organisationId, meeting.id, {
      title: 'Approbation des comptes',
      kind: 'deliberation',
    });
    const upload = (fields: Record<string, string | undefined>, name = 'piece.pdf', token = secretary.token, organisation = organisationId) =>
      uploadDocument(api.url, {
        token,
        fields: { organisationId: organisation, kind: 'report', ...fields },
        file: { name, bytes: pdfWithText([fields.title ?? 'Pièce']) },
      });
    return { admin, organisationId, secretary, observer, meeting, accountsItem, upload };
  }

  it('a document is attached to a meeting or to one of its agenda items, and listed on them', async () => {
    const { organisationId, observer, meeting, accountsItem, upload } = await assemblyWithAgenda();
    const report = await upload({ title: 'Rapport moral', target: 'meeting', meetingId: meeting.id });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ target: 'meeting', meetingId: meeting.id, agendaItemId: null });
    const accounts = await upload({ title: 'Comptes annuels', kind: 'accounts', target: 'agendaItem', agendaItemId: accountsItem.id });
    expect(accounts.status).toBe(201);
    expect(accounts.body).toMatchObject({ target: 'agendaItem', meetingId: meeting.id, agendaItemId: accountsItem.id });
    const withMeeting = await upload({ title: 'Budget', kind: 'budget', target: 'agendaItem', agendaItemId: accountsItem.id, meetingId: meeting.id });
    expect(withMeeting.status).toBe(201);

    const { meeting: read } = await api.client.ok(MEETING_DOCUMENTS, { organisationId, meetingId: meeting.id }, { token: observer.token });
    expect(read.documents).toEqual([{ id: report.body.id, title: 'Rapport moral', target: 'meeting', meetingId: meeting.id, agendaItemId: null }]);
    expect(read.agenda[0].documents.map((d: { title: string }) => d.title)).toEqual(['Budget', 'Comptes annuels']);
  });

  it("another organisation's meeting or agenda item is not found; an item of another meeting is bad input", async () => {
    const mine = await assemblyWithAgenda();
    const theirs = await assemblyWithAgenda();
    for (const fields of [
      { title: 'Intrus', target: 'meeting', meetingId: theirs.meeting.id },
      { title: 'Intrus', target: 'agendaItem', agendaItemId: theirs.accountsItem.id },
      { title: 'Intrus', target: 'meeting', meetingId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      const refused = await mine.upload(fields);
      expect(refused.status).toBe(404);
      expect(refused.body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    // Their meeting, named with their organisation, by my secretary: their organisation is not found for me.
    expect(
      (await mine.upload({ title: 'Intrus', target: 'meeting', meetingId: theirs.meeting.id }, 'a.pdf', mine.secretary.token, theirs.organisationId)).status,
    ).toBe(404);
    const otherMeeting = await scheduleMeeting(api.client, mine.secretary.token, mine.organisationId, {
      bodyId: (await generalAssemblyOf(api.client, mine.admin.token, mine.organisationId)).id,
      startsAt: '2027-04-20T09:00:00.000Z',
    });
    expect((await mine.upload({ title: 'Mélange', target: 'agendaItem', agendaItemId: mine.accountsItem.id, meetingId: otherMeeting.id })).status).toBe(400);
    expect((await mine.upload({ title: 'Mélange', target: 'library', meetingId: mine.meeting.id })).status).toBe(400);
    const { meeting } = await api.client.ok(
      MEETING_DOCUMENTS,
      { organisationId: theirs.organisationId, meetingId: theirs.meeting.id },
      { token: theirs.admin.token },
    );
    expect(meeting.documents).toEqual([]);
  });

  it("a meeting's personal link downloads its documents and its items', nothing else", async () => {
    const { organisationId, meeting, accountsItem, upload } = await assemblyWithAgenda();
    const other = await assemblyWithAgenda();
    const report = await upload({ title: 'Rapport moral', target: 'meeting', meetingId: meeting.id });
    const accounts = await upload({ title: 'Comptes', target: 'agendaItem', agendaItemId: accountsItem.id });
    const statutes = await upload({ title: 'Statuts', kind: 'statutes', target: 'library' });
    const elsewhere = await other.upload({ title: 'Autre réunion', target: 'meeting', meetingId: other.meeting.id });
    links.set('lien-de-camille', { organisationId, meetingId: meeting.id });

    expect((await download(api.url, `${report.body.downloadPath}?link=lien-de-camille`)).status).toBe(200);
    expect((await download(api.url, `${accounts.body.version.downloadPath}&link=lien-de-camille`)).status).toBe(200);
    expect((await download(api.url, `${statutes.body.downloadPath}?link=lien-de-camille`)).status).toBe(404);
    expect((await download(api.url, `${elsewhere.body.downloadPath}?link=lien-de-camille`)).status).toBe(404);
    expect((await download(api.url, `${report.body.downloadPath}?link=lien-forge`)).status).toBe(404);
  });

  it('removing an agenda item removes its documents; deleting a draft meeting removes the meeting’s', async () => {
    const { organisationId, secretary, meeting, accountsItem, upload } = await assemblyWithAgenda();
    const report = await upload({ title: 'Rapport moral', target: 'meeting', meetingId: meeting.id });
    const accounts = await upload({ title: 'Comptes', target: 'agendaItem', agendaItemId: accountsItem.id });
    await api.client.ok(REMOVE_ITEM, { organisationId, itemId: accountsItem.id }, { token: secretary.token });
    expect((await api.client.error(DOCUMENT, { organisationId, documentId: accounts.body.id }, { token: secretary.token })).extensions?.code).toBe('NOT_FOUND');
    expect((await api.client.ok(DOCUMENT, { organisationId, documentId: report.body.id }, { token: secretary.token })).document.id).toBe(report.body.id);
    await api.client.ok(DELETE_MEETING, { organisationId, meetingId: meeting.id }, { token: secretary.token });
    expect((await api.client.error(DOCUMENT, { organisationId, documentId: report.body.id }, { token: secretary.token })).extensions?.code).toBe('NOT_FOUND');
  });

  it("the database itself refuses a document on another organisation's meeting or item, and a version of another's document", async () => {
    const mine = await assemblyWithAgenda();
    const theirs = await assemblyWithAgenda();
    const db = api.app.get(DataSource);
    const insertDocument = (meetingId: string, agendaItemId: string | null) =>
      db.query(`INSERT INTO documents (organisation_id, title, kind, target, meeting_id, agenda_item_id) VALUES ($1, 'Intrus', 'other', $2, $3, $4)`, [
        mine.organisationId,
        agendaItemId ? 'agendaItem' : 'meeting',
        meetingId,
        agendaItemId,
      ]);
    await expect(insertDocument(theirs.meeting.id, null)).rejects.toThrow(/documents_meeting_id_same_tenant/);
    await expect(insertDocument(mine.meeting.id, theirs.accountsItem.id)).rejects.toThrow(/documents_agenda_item_id_same_tenant/);
    await expect(
      db.query(`INSERT INTO documents (organisation_id, title, kind, target, meeting_id) VALUES ($1, 'Incohérent', 'other', 'library', $2)`, [
        mine.organisationId,
        mine.meeting.id,
      ]),
    ).rejects.toThrow(/documents_target_consistent/);
    const theirDocument = await theirs.upload({ title: 'Le leur', target: 'meeting', meetingId: theirs.meeting.id });
    await expect(
      db.query(
        `INSERT INTO document_versions (organisation_id, document_id, number, sha256, size, media_type, file_name) VALUES ($1, $2, 9, repeat('a', 64), 1, 'text/plain', 'x.txt')`,
        [mine.organisationId, theirDocument.body.id],
      ),
    ).rejects.toThrow(/document_versions_document_id_same_tenant/);
  });
});
