import { adminWithOrganisation, builtApi, runningPostmaster, type GraphQLClient } from './support';

const ROUNDS = 3;
const ADDITIONS_PER_ROUND = 500;
const CONCURRENCY = 8;
/** The round in which the embedded PostgreSQL's postmaster is killed with SIGKILL too. */
const POSTMASTER_ROUND = 2;

const ADD_MEMBER = `mutation Add($organisationId: UUID!, $input: AddMemberInput!) { addMember(organisationId: $organisationId, input: $input) { id name } }`;
const MEMBERS = `query M($organisationId: UUID!, $after: String) {
  members(organisationId: $organisationId, filter: { includeLeft: true }, first: 200, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }`;

interface MemberPage {
  members: { nodes: { id: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Every member, page after page. */
async function allMembers(client: GraphQLClient, organisationId: string, token: string): Promise<{ id: string; name: string }[]> {
  const all: { id: string; name: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: MemberPage = await client.ok<MemberPage>(MEMBERS, { organisationId, after }, { token });
    all.push(...page.members.nodes);
    if (!page.members.pageInfo.hasNextPage) return all;
    after = page.members.pageInfo.endCursor;
  }
}

jest.setTimeout(600_000);

describe('acknowledged writes under kill -9', () => {
  const built = builtApi();
  const start = () => built.start();

  it(`every addMember the api answered survives kill -9 in the middle of ${ROUNDS} rounds of ${ADDITIONS_PER_ROUND} (in round ${POSTMASTER_ROUND}, of its PostgreSQL too)`, async () => {
    let api = await start();
    const { admin, organisationId } = await adminWithOrganisation({ client: api.client, mailbox: built.mailbox });
    /** id -> name of every addition the api answered with its id. */
    const acknowledged = new Map<string, string>();
    /** Additions sent whose answer never came (cut by the kill): they may or may not be stored. */
    let unanswered = 0;
    let killed = false;

    const add = async (name: string): Promise<'acknowledged' | 'unanswered'> => {
      try {
        const response = await api.client.request<{ addMember: { id: string; name: string } }>(
          ADD_MEMBER,
          { organisationId, input: { kind: 'naturalPerson', name, joinedOn: '2024-01-15' } },
          { token: admin.token },
        );
        if (response.errors?.length || !response.data) throw new Error(`addMember failed: ${JSON.stringify(response.errors)}`);
        acknowledged.set(response.data.addMember.id, response.data.addMember.name);
        return 'acknowledged';
      } catch (error) {
        if (!killed) throw error;
        unanswered += 1;
        return 'unanswered';
      }
    };

    for (let round = 1; round <= ROUNDS; round++) {
      const names = Array.from({ length: ADDITIONS_PER_ROUND }, (_, i) => `Membre ${round}-${String(i).padStart(3, '0')}`);
      // Somewhere in the middle of the round, different each time.
      const killAfter = Math.floor(ADDITIONS_PER_ROUND * (0.3 + 0.4 * Math.random()));
      let next = 0;
      let answeredThisRound = 0;
      let kill: Promise<void> | undefined;
      const killNow = async () => {
        const postmaster = round === POSTMASTER_ROUND ? await runningPostmaster(built.settings) : undefined;
        if (round === POSTMASTER_ROUND) expect(postmaster).toBeDefined();
        killed = true;
        await Promise.all([api.kill('SIGKILL'), Promise.resolve(postmaster ? process.kill(postmaster, 'SIGKILL') : undefined)]);
      };
      const beforeKill = async () => {
        while (!kill && next < names.length) {
          if ((await add(names[next++])) === 'acknowledged' && ++answeredThisRound >= killAfter) kill ??= killNow();
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, beforeKill));
      await kill;

      api = await start();
      killed = false;
      const afterRestart = async () => {
        while (next < names.length) await add(names[next++]);
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, afterRestart));

      const members = await allMembers(api.client, organisationId, admin.token);
      const stored = new Map(members.map((member) => [member.id, member.name]));
      const lost = [...acknowledged].filter(([id, name]) => stored.get(id) !== name);
      expect(lost).toEqual([]);
      // Nothing appears that was not sent: at most the unanswered additions besides the acknowledged ones.
      expect(stored.size).toBeGreaterThanOrEqual(acknowledged.size);
      expect(stored.size).toBeLessThanOrEqual(acknowledged.size + unanswered);
    }
    expect(acknowledged.size + unanswered).toBe(ROUNDS * ADDITIONS_PER_ROUND);
    expect(unanswered).toBeLessThan(ROUNDS * CONCURRENCY);
  });
});
