import { DataSource } from 'typeorm';
import { addMember, adminWithOrganisation, createBody, startTestApp, type TestApp } from './support';

/**
 * Below the services: the database itself refuses a row that points at another
 * organisation's data, whatever a future bug in a service might try.
 */
describe('the database keeps every organisation to itself', () => {
  let api: TestApp;
  let database: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    database = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  async function twoScics() {
    const a = await adminWithOrganisation(api, 'scic');
    const b = await adminWithOrganisation(api, 'scic');
    const collegeOf = async (organisationId: string) =>
      (await database.query('SELECT id FROM colleges WHERE organisation_id = $1 ORDER BY position LIMIT 1', [organisationId]))[0].id as string;
    return { a, b, collegeA: await collegeOf(a.organisationId), collegeB: await collegeOf(b.organisationId) };
  }

  it("refuses a member placed in another organisation's college", async () => {
    const { a, collegeA, collegeB } = await twoScics();
    const member = await addMember(api.client, a.admin.token, a.organisationId, { collegeId: collegeA });
    await expect(database.query('UPDATE members SET college_id = $1 WHERE id = $2', [collegeB, member.id])).rejects.toThrow(/members_college_id_same_tenant/);
    const [{ college_id }] = await database.query('SELECT college_id FROM members WHERE id = $1', [member.id]);
    expect(college_id).toBe(collegeA);
  });

  it("refuses a mandate of one organisation in another's body, or held by another's member", async () => {
    const { a, b, collegeA, collegeB } = await twoScics();
    const memberA = await addMember(api.client, a.admin.token, a.organisationId, { collegeId: collegeA });
    const memberB = await addMember(api.client, b.admin.token, b.organisationId, { collegeId: collegeB });
    const boardA = await createBody(api.client, a.admin.token, a.organisationId, { kind: 'board', name: 'CA' });
    const boardB = await createBody(api.client, b.admin.token, b.organisationId, { kind: 'board', name: 'CA' });
    const insert = (bodyId: string, memberId: string) =>
      database.query(`INSERT INTO mandates (organisation_id, body_id, member_id, role, start_on) VALUES ($1, $2, $3, 'director', '2025-01-01')`, [
        a.organisationId,
        bodyId,
        memberId,
      ]);
    await expect(insert(boardB.id, memberA.id)).rejects.toThrow(/mandates_body_id_same_tenant/);
    await expect(insert(boardA.id, memberB.id)).rejects.toThrow(/mandates_member_id_same_tenant/);
    await insert(boardA.id, memberA.id);
  });

  it("refuses a representative or an invitation attached to another organisation's member", async () => {
    const { a, b, collegeB } = await twoScics();
    const memberB = await addMember(api.client, b.admin.token, b.organisationId, { collegeId: collegeB, kind: 'legalEntity', representative: { name: 'R' } });
    await expect(
      database.query(
        `INSERT INTO member_representatives (organisation_id, member_id, name, since_on, until_on) VALUES ($1, $2, 'X', '2020-01-01', '2021-01-01')`,
        [a.organisationId, memberB.id],
      ),
    ).rejects.toThrow(/member_representatives_member_id_same_tenant/);
    await expect(
      database.query(
        `INSERT INTO invitations (organisation_id, email, role, member_id, token_hash, invited_by_account_id, expires_at)
         VALUES ($1, 'x@example.org', 'member', $2, repeat('a', 64), $3, now() + interval '1 day')`,
        [a.organisationId, memberB.id, a.admin.id],
      ),
    ).rejects.toThrow(/invitations_member_id_same_tenant/);
  });
});
