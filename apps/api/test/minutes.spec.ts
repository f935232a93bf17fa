import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { pdfPages, pdfText } from '../../../libs/minutes-pdf/src/testing/pdf-text';
import { startTestApp, type TestApp } from './support';
import {
  APPROVE_MINUTES,
  DECISION_REGISTER,
  MINUTES,
  MINUTES_CONTENT,
  REGISTER_ENTRIES,
  REGISTER_VERIFICATION,
  UPDATE_MINUTES,
  closedScicAssembly,
  draftMinutes,
  type ClosedAssembly,
  type MinutesView,
} from './support/minutes';

describe('minutes: drafted from a closed meeting, edited, approved by both officers, registered', () => {
  let api: TestApp;
  let db: DataSource;
  let assembly: ClosedAssembly;
  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    assembly = await closedScicAssembly(api);
  }, 120_000);
  afterAll(() => api.close());

  const storedPdf = (sha256: string) => readFileSync(join(api.config.dataDir, 'minutes', `${sha256}.pdf`));

  it('drafts, edits, approves, freezes and registers the minutes of a SCIC general assembly; the PDF states quorum, results and the college arithmetic', async () => {
    const { organisationId, meetingId, admin } = assembly;
    const token = admin.token;
    const draft = await draftMinutes(api.client, token, organisationId, meetingId);
    expect(draft).toMatchObject({
      status: 'draft',
      locale: 'fr',
      chair: { memberId: assembly.chair.id },
      secretary: { memberId: assembly.secretary.id },
      pdf: null,
    });
    expect(draft.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Budget 2026',
      '2 Affectation des réserves',
      '3 Rapport moral',
      "4 Élection au conseil d'administration",
    ]);
    // Idempotent: the same draft.
    expect((await draftMinutes(api.client, token, organisationId, meetingId)).id).toBe(draft.id);

    const { updateMinutes: edited } = await api.client.ok<{ updateMinutes: MinutesView }>(
      UPDATE_MINUTES,
      {
        organisationId,
        minutesId: draft.id,
        input: {
          scrutineerMemberIds: [assembly.memberIds[12]],
          summaries: [
            { agendaItemId: assembly.items.budget, summary: 'La trésorière présente le budget ; les usagers demandent une hausse des tarifs modérée.' },
          ],
          incidents: [{ time: '10:42', description: 'Coupure de la visioconférence pendant quatre minutes ; le vote a été suspendu.', durationMinutes: 4 }],
        },
      },
      { token },
    );
    expect(edited.items[0].summary).toContain('hausse des tarifs');
    expect(edited.scrutineers).toHaveLength(1);

    const content = JSON.parse(
      (await api.client.ok<{ minutes: { content: string } }>(MINUTES_CONTENT, { organisationId, meetingId }, { token })).minutes.content,
    ) as {
      organisation: { name: string; legalForm: string; address: string[] };
      items: { resolutions: { adopted: boolean; weightedYesShare: string | null }[] }[];
      attendance: { present: unknown[]; remote: unknown[] };
    };
    expect(content.organisation).toMatchObject({ legalForm: 'scic', address: ['12 rue des Lilas', '69003 Lyon'] });
    expect(content.items[0].resolutions[0]).toMatchObject({ adopted: true, weightedYesShare: '26/45' });
    expect(content.items[1].resolutions[0].adopted).toBe(false);
    expect(content.attendance.present).toHaveLength(10);
    expect(content.attendance.remote).toHaveLength(2);

    // The chair approves; the minutes stay a draft until the secretary does.
    const vars = { organisationId, minutesId: draft.id };
    const first = await api.client.ok<{ approveMinutes: MinutesView }>(APPROVE_MINUTES, vars, { token: assembly.chair.account.token });
    expect(first.approveMinutes).toMatchObject({ status: 'draft', approvals: [{ role: 'chair', memberId: assembly.chair.id }] });
    const twice = await api.client.request(APPROVE_MINUTES, vars, { token: assembly.chair.account.token });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DONE' });
    const stranger = await api.client.request(APPROVE_MINUTES, vars, { token });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const approved = (await api.client.ok<{ approveMinutes: MinutesView }>(APPROVE_MINUTES, vars, { token: assembly.secretary.account.token })).approveMinutes;
    expect(approved).toMatchObject({ status: 'approved', registerSequence: 1 });
    expect(approved.approvals.map((a) => a.role).sort()).toEqual(['chair', 'secretary']);
    expect(approved.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(approved.pdf).toMatchObject({ url: `/api/minutes/${draft.id}/pdf` });

    // Frozen: no edit, no second approval; nothing changed.
    const edit = await api.client.request(UPDATE_MINUTES, { organisationId, minutesId: draft.id, input: { convenedBy: 'le gérant' } }, { token });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MINUTES_STATUS_FORBIDS' });
    const again = await api.client.request(APPROVE_MINUTES, vars, { token: assembly.secretary.account.token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MINUTES_STATUS_FORBIDS' });
    const after = (await api.client.ok<{ minutes: MinutesView }>(MINUTES, { organisationId, meetingId }, { token })).minutes;
    expect(after).toMatchObject({ status: 'approved', convenedBy: null, seal: approved.seal });

    // The stored PDF, read back as a reader would.
    const pdf = storedPdf(approved.pdf!.sha256);
    // The renderer prints typographic apostrophes: compared as plain ones.
    const text = pdfText(pdf).replace(/’/g, "'");
    expect(pdfPages(pdf)).toHaveLength(approved.pdf!.pages);
    expect(text).toContain('Procès-verbal');
    expect(text).toContain("Le quorum étant atteint, l'instance peut valablement délibérer.");
    expect(text).toContain('La résolution n° 1 est adoptée.');
    expect(text).toContain('La résolution n° 2 est rejetée.');
    expect(text).toContain('26/45');
    for (const college of ['salariés', 'usagers', 'collectivités', 'partenaires']) expect(text).toContain(college);
    expect(text).toContain('4/9 × 3/4 + 3/9 × 2/5 + 2/9 × 1/2 = 1/3 + 2/15 + 1/9 = 26/45');
    expect(text).toContain('un décompte par tête aurait donné 17 pour et 18 contre');
    expect(text).toContain('hausse des tarifs');
    expect(text).toContain('Coupure de la visioconférence');
    expect(text).toContain(assembly.chair.name);
    expect(text).toContain(approved.seal!);
    expect(text).toContain("Élection au conseil d'administration");
    expect(text).toContain('Alice Martin');
  });

  it('keeps the register: decisions found by French text, body, date and outcome; the chain verified; an altered entry named', async () => {
    const { organisationId, admin } = assembly;
    const token = admin.token;
    const search = async (filter: Record<string, unknown>) =>
      (
        await api.client.ok<{
          decisionRegister: {
            totalCount: number;
            nodes: { title: string; text: string; outcome: string; sequence: number; firstPage: number; excerpt: string | null; pdfUrl: string }[];
          };
        }>(DECISION_REGISTER, { organisationId, filter }, { token })
      ).decisionRegister;
    const budget = await search({ text: 'budgets previsionnels' });
    expect(budget.nodes.map((n) => n.title)).toEqual(['Adoption du budget 2026']);
    expect(budget.nodes[0]).toMatchObject({ outcome: 'adopted', sequence: 1, firstPage: 1 });
    expect(budget.nodes[0].excerpt).toContain('<mark>');
    expect((await search({ outcome: 'rejected' })).nodes.map((n) => n.title)).toEqual(['Affectation aux réserves']);
    expect((await search({ bodyId: assembly.assemblyId })).totalCount).toBe(3);
    expect((await search({ outcome: 'elected' })).nodes).toMatchObject([{ title: "Élection au conseil d'administration", text: 'Alice Martin' }]);
    expect((await search({ to: '2000-01-01' })).totalCount).toBe(0);

    const entries = (
      await api.client.ok<{ registerEntries: { nodes: { id: string; sequence: number; firstPage: number; lastPage: number; previousHash: string }[] } }>(
        REGISTER_ENTRIES,
        { organisationId },
        { token },
      )
    ).registerEntries.nodes;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ sequence: 1, firstPage: 1, previousHash: '0'.repeat(64) });

    const verify = async () =>
      (
        await api.client.ok<{ registerVerification: { intact: boolean; entries: number; firstBrokenSequence: number | null; explanation: string } }>(
          REGISTER_VERIFICATION,
          { organisationId },
          { token },
        )
      ).registerVerification;
    expect(await verify()).toMatchObject({ intact: true, entries: 1, firstBrokenSequence: null });

    // The register refuses changes; someone who goes around it is found out.
    await expect(db.query(`UPDATE register_decisions SET outcome = 'rejected' WHERE organisation_id = $1`, [organisationId])).rejects.toThrow(/append-only/);
    await db.query(`ALTER TABLE register_decisions DISABLE TRIGGER register_decisions_append_only`);
    try {
      await db.query(`UPDATE register_decisions SET outcome = 'rejected' WHERE organisation_id = $1 AND title = 'Adoption du budget 2026'`, [organisationId]);
    } finally {
      await db.query(`ALTER TABLE register_decisions ENABLE TRIGGER register_decisions_append_only`);
    }
    const broken = await verify();
    expect(broken).toMatchObject({ intact: false, firstBrokenSequence: 1 });
    expect(broken.explanation).toContain("l'entrée n° 1");
  });
});
