import { addMember, adminWithOrganisation, joinWithRole, setColleges, startTestApp, uniqueEmail, type TestApp } from './support';

const REPORT = `totalLines acceptedCount refusedCount importedCount accepted { line kind name email collegeName joinedOn hasVotingRights eNoticeConsent representativeName } refused { line raw reasons }`;
const PREVIEW = `mutation P($organisationId: UUID!, $csv: String!) { previewMemberImport(organisationId: $organisationId, csv: $csv) { ${REPORT} } }`;
const IMPORT = `mutation I($organisationId: UUID!, $csv: String!) { importMembers(organisationId: $organisationId, csv: $csv) { ${REPORT} } }`;
const COUNT = `query C($organisationId: UUID!) { members(organisationId: $organisationId, first: 1) { totalCount } }`;
const REPRESENTED = `query R($organisationId: UUID!, $search: String) { members(organisationId: $organisationId, filter: { search: $search }) { nodes { name kind college { name } representative { name sinceOn } joinedOn eNoticeConsent hasVotingRights votingRightsReason } } }`;

interface Report {
  totalLines: number;
  acceptedCount: number;
  refusedCount: number;
  importedCount: number;
  accepted: { line: number; name: string; collegeName: string | null; joinedOn: string }[];
  refused: { line: number; raw: string; reasons: string[] }[];
}

describe('importing members from a CSV file', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function scic() {
    const { admin, organisationId } = await adminWithOrganisation(api, 'scic');
    const colleges = await setColleges(api.client, admin.token, organisationId);
    return { admin, organisationId, colleges };
  }
  const count = async (organisationId: string, token: string) => (await api.client.ok(COUNT, { organisationId }, { token })).members.totalCount as number;

  it('previews without importing, imports exactly the good lines, and refuses them as duplicates the second time', async () => {
    const { admin, organisationId, colleges } = await scic();
    const taken = uniqueEmail('deja');
    await addMember(api.client, admin.token, organisationId, { name: 'Déjà Membre', email: taken, collegeId: colleges[0].id });
    const csv = [
      '\uFEFFnom;type;collège;email;adhésion;droit de vote;motif;convocation électronique;représentant',
      'Hélène Durand;personne physique;salariés;helene@example.org;15/03/2024;oui;;oui;',
      'Ville de Dinan;personne morale;Collectivités;mairie@dinan.example;2023-01-09;oui;;non;Mme Anne Le Goff',
      ';personne physique;usagers;sans-nom@example.org;01/02/2024;oui;;non;',
      'Paul Martin;personne physique;inconnus;paul@example.org;01/02/2024;oui;;non;',
      'Julie Petit;personne physique;usagers;julie@example.org;31/02/2024;oui;;non;',
      'Marc Roux;personne physique;usagers;pas-une-adresse;01/02/2024;oui;;non;',
      'Léa Blanc;personne physique;usagers;HELENE@example.org;01/02/2024;oui;;non;',
      `Ancien Membre;personne physique;usagers;${taken};01/02/2024;oui;;non;`,
      'Sans Vote;personne physique;partenaires;sans-vote@example.org;01/02/2024;non;;non;',
      'Vote Suspendu;personne physique;partenaires;suspendu@example.org;01/02/2024;non;cotisation impayée;non;',
    ].join('\r\n');

    const preview = (await api.client.ok<{ previewMemberImport: Report }>(PREVIEW, { organisationId, csv }, { token: admin.token })).previewMemberImport;
    expect(preview).toMatchObject({ totalLines: 10, acceptedCount: 3, refusedCount: 7, importedCount: 0 });
    expect(preview.accepted.map((a) => [a.line, a.name, a.collegeName, a.joinedOn])).toEqual([
      [2, 'Hélène Durand', 'salariés', '2024-03-15'],
      [3, 'Ville de Dinan', 'collectivités', '2023-01-09'],
      [11, 'Vote Suspendu', 'partenaires', '2024-02-01'],
    ]);
    const reasons = Object.fromEntries(preview.refused.map((r) => [r.line, r.reasons.join(' | ')]));
    expect(Object.keys(reasons).map(Number)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(reasons[4]).toMatch(/Le nom est obligatoire/);
    expect(reasons[5]).toMatch(/Le collège « inconnus » n'existe pas/);
    expect(reasons[6]).toMatch(/La date d'adhésion « 31\/02\/2024 » n'est pas valide/);
    expect(reasons[7]).toMatch(/« pas-une-adresse » n'est pas une adresse e-mail valide/);
    expect(reasons[8]).toMatch(/figure déjà à la ligne 2 du fichier/);
    expect(reasons[9]).toMatch(/a déjà l'adresse/);
    expect(reasons[10]).toMatch(/pourquoi ce membre n’a pas le droit de vote/);
    expect(preview.refused[0].raw).toBe(';personne physique;usagers;sans-nom@example.org;01/02/2024;oui;;non;');
    expect(await count(organisationId, admin.token)).toBe(1);

    const imported = (await api.client.ok<{ importMembers: Report }>(IMPORT, { organisationId, csv }, { token: admin.token })).importMembers;
    expect(imported).toMatchObject({ totalLines: 10, acceptedCount: 3, refusedCount: 7, importedCount: 3 });
    expect(await count(organisationId, admin.token)).toBe(4);
    const { members } = await api.client.ok(REPRESENTED, { organisationId, search: 'dinan' }, { token: admin.token });
    expect(members.nodes).toEqual([
      {
        name: 'Ville de Dinan',
        kind: 'legalEntity',
        college: { name: 'collectivités' },
        representative: { name: 'Mme Anne Le Goff', sinceOn: '2023-01-09' },
        joinedOn: '2023-01-09',
        eNoticeConsent: false,
        hasVotingRights: true,
        votingRightsReason: null,
      },
    ]);

    const again = (await api.client.ok<{ importMembers: Report }>(IMPORT, { organisationId, csv }, { token: admin.token })).importMembers;
    expect(again).toMatchObject({ acceptedCount: 0, refusedCount: 10, importedCount: 0 });
    expect(again.refused.find((r) => r.line === 2)?.reasons).toEqual(["Un autre membre de l'organisation a déjà l'adresse helene@example.org."]);
    expect(await count(organisationId, admin.token)).toBe(4);
  });

  it('reads a comma-separated file and answers in English when asked', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const csv = 'Nom,Adhésion,E-mail\n"Dupont, Jean",2024-05-01,jean@example.org\nNobody,yesterday,\n';
    const report = (await api.client.ok<{ previewMemberImport: Report }>(PREVIEW, { organisationId, csv }, { token: admin.token, language: 'en' }))
      .previewMemberImport;
    expect(report.accepted.map((a) => a.name)).toEqual(['Dupont, Jean']);
    expect(report.refused).toEqual([
      { line: 3, raw: 'Nobody,yesterday,', reasons: ['The joining date "yesterday" is not valid: DD/MM/YYYY (15/03/2024) or YYYY-MM-DD (2024-03-15).'] },
    ]);
  });

  it('refuses a whole file it cannot read, saying why: unknown or missing column, too many lines, too big', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const refusal = async (csv: string) => (await api.client.error(IMPORT, { organisationId, csv }, { token: admin.token })).message;
    expect(await refusal('nom;adhésion;pointure\nA;01/01/2024;42')).toMatch(/La colonne « pointure » est inconnue. Colonnes possibles : nom, type, collège/);
    expect(await refusal('nom;email\nA;a@example.org')).toBe('Il manque la colonne « adhésion » dans la première ligne du fichier.');
    expect(await refusal('')).toBe('Le fichier est vide.');
    const lines = Array.from({ length: 5001 }, (_, i) => `Membre ${i};01/01/2024`);
    expect(await refusal(['nom;adhésion', ...lines].join('\n'))).toBe('Le fichier a 5001 lignes : 5000 au plus par import.');
    // Over 2 MB in UTF-8 (é is two bytes) though under 2 million characters: the file's size is what counts.
    expect(await refusal(`nom;adhésion;adresse\nA;01/01/2024;${'é'.repeat(1_100_000)}`)).toBe(
      'Le fichier dépasse 2 Mo : importez vos membres en plusieurs fichiers.',
    );
    expect(await refusal(`nom;adhésion;adresse\nA;01/01/2024;${'x'.repeat(2 * 1024 * 1024)}`)).toMatch(/« csv » est trop long/);
    expect(await count(organisationId, admin.token)).toBe(0);
  });

  it('is for admins and secretaries of the organisation only', async () => {
    const { admin, organisationId } = await adminWithOrganisation(api);
    const csv = 'nom;adhésion\nAlice;01/01/2024';
    const secretary = await joinWithRole(api, admin.token, organisationId, 'secretary');
    expect((await api.client.ok(PREVIEW, { organisationId, csv }, { token: secretary.token })).previewMemberImport.acceptedCount).toBe(1);
    for (const role of ['member', 'observer'] as const) {
      const person = await joinWithRole(api, admin.token, organisationId, role);
      for (const operation of [PREVIEW, IMPORT]) {
        expect((await api.client.error(operation, { organisationId, csv }, { token: person.token })).extensions?.code).toBe('FORBIDDEN');
      }
    }
    const other = await adminWithOrganisation(api);
    for (const operation of [PREVIEW, IMPORT]) {
      expect((await api.client.error(operation, { organisationId, csv }, { token: other.admin.token })).extensions?.code).toBe('NOT_FOUND');
    }
    expect(await count(organisationId, admin.token)).toBe(0);
    expect(await count(other.organisationId, other.admin.token)).toBe(0);
  });
});
