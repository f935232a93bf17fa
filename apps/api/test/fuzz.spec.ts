import { randomBytes } from 'node:crypto';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import {
  addMember,
  appointMandate,
  createBody,
  joinWithRole,
  linkToken,
  mailCausedBy,
  registerAccount,
  createOrganisation,
  startTestApp,
  uniqueEmail,
  type TestApp,
} from './support';
import { ADD_RESOLUTION, addAgendaItem, scheduleMeeting } from './support/meetings';

/**
 * Every argument of every query and mutation of the served schema (and every field of its
 * input objects), sent malformed beside otherwise valid arguments: no answer may be an
 * internal error or an HTTP 500. Deterministic: the pseudo-random choices are seeded.
 */

const SEED = 20260302;

/** mulberry32: small, seeded, good enough to pick values. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deepObject(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 'x' };
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
}

interface Context {
  organisationId: string;
  bodyId: string;
  memberId: string;
  otherMemberId: string;
  mandateId: string;
  accountId: string;
  invitationId: string;
  invitationToken: string;
  collegeId: string;
  meetingId: string;
  itemId: string;
  resolutionId: string;
  adminEmail: string;
  adminPassword: string;
  governanceProfile: Record<string, unknown>;
}

interface Malformed {
  label: string;
  value: unknown;
}

/**
 * Values an argument may receive from a careless client or an attacker: a few of every
 * kind for any argument, and more of the kind its type expects (text, id, date, number...).
 */
function malformedValues(type: GraphQLInputType, context: Context): Malformed[] {
  const random = seededRandom(SEED);
  const noise = Array.from({ length: 64 }, () => String.fromCharCode(32 + Math.floor(random() * 0x2fd0))).join('');
  const common: [string, unknown][] = [
    ['null', null],
    ['empty string', ''],
    ['number 123', 123],
    ['object', { a: 1 }],
  ];
  const byKind: Record<string, [string, unknown][]> = {
    text: [
      ['NUL', '\u0000'],
      ['NUL inside', 'Jean\u0000Dupont'],
      ['lone surrogate', '\ud800'],
      ['zero-width only', '\u200b\u200b\ufeff'],
      ['control characters', 'a\u0007\u001bb'],
      ['300 characters', 'x'.repeat(300)],
      ['20 kB', 'é'.repeat(20_000)],
      ['noise', noise],
    ],
    id: [
      ['abc', 'abc'],
      ['nil UUID', '00000000-0000-0000-0000-000000000000'],
      ['upper-case UUID', context.memberId.toUpperCase()],
      ['braced UUID', `{${context.bodyId}}`],
      ['UUID with garbage', `${context.organisationId}x`],
    ],
    date: [
      ['year 0000', '0000-01-01'],
      ['year 9999', '9999-12-31'],
      ['30 February', '2024-02-30'],
      ['date-time', '2024-01-01T10:00:00Z'],
    ],
    number: [
      ['negative', -1],
      ['past 32 bits', 2 ** 31],
      ['float', 1.5],
    ],
    enum: [['unknown enum value', 'notAValue']],
    json: [
      ['deep JSON', deepObject(60)],
      ['wide JSON', Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i]))],
      ['JSON with NUL key', { '\u0000': 'x', legalForm: 'association' }],
      ['JSON with NUL value', { ...context.governanceProfile, legalForm: 'asso\u0000ciation' }],
      ['JSON with lone surrogate', { ...context.governanceProfile, notes: '\ud800' }],
    ],
    object: [
      ['unknown field', { notAField: 1 }],
      ['list of objects', [{}]],
    ],
  };
  const named = getNamedType(type);
  const kind = isEnumType(named)
    ? 'enum'
    : isInputObjectType(named)
      ? 'object'
      : ((
          {
            UUID: 'id',
            ID: 'id',
            LocalDate: 'date',
            DateTime: 'date',
            Int: 'number',
            Float: 'number',
            JSONObject: 'json',
            JSON: 'json',
            Boolean: 'enum',
          } as Record<string, string>
        )[named.name] ?? 'text');
  return [...common, ...byKind[kind]].map(([label, value]) => ({ label, value }));
}

/** Literal forms sent inline in the document, to exercise the parser and the validation. */
const INLINE_LITERALS = ['"abc"', '123', 'null', '"0000-01-01"', '"\\u0000"'];

function validFor(name: string, type: GraphQLInputType, context: Context, parent?: string): unknown {
  const named = getNamedType(type);
  const byName: Record<string, unknown> = {
    organisationId: context.organisationId,
    bodyId: context.bodyId,
    memberId: context.memberId,
    successorMemberId: context.otherMemberId,
    outgoingMemberId: context.memberId,
    mandateId: context.mandateId,
    accountId: context.accountId,
    invitationId: context.invitationId,
    collegeId: context.collegeId,
    meetingId: context.meetingId,
    itemId: context.itemId,
    resolutionId: context.resolutionId,
    principalMemberId: context.memberId,
    holderMemberId: context.otherMemberId,
    presenterMemberId: context.memberId,
    chairMemberId: context.memberId,
    token: context.invitationToken,
    password: parent === 'logIn' ? context.adminPassword : 'a long enough password',
    email: parent === 'logIn' ? context.adminEmail : uniqueEmail('fuzz'),
    profile: context.governanceProfile,
    weight: '40 %',
    days: 90,
    joinedOn: '2024-01-15',
    startOn: '2025-01-01',
    on: '2025-06-01',
    sinceOn: '2025-01-01',
    endedOn: '2025-06-01',
    leftOn: '2025-06-01',
  };
  let value: unknown;
  if (name in byName) value = byName[name];
  else if (isEnumType(named)) value = named.getValues()[0].value;
  else if (isInputObjectType(named)) value = validInput(named.name, named, context);
  else {
    switch (named.name) {
      case 'UUID':
      case 'ID':
        value = context.organisationId;
        break;
      case 'LocalDate':
        value = '2025-01-01';
        break;
      case 'DateTime':
        value = '2025-01-01T00:00:00Z';
        break;
      case 'Int':
        value = 30;
        break;
      case 'Float':
        value = 1;
        break;
      case 'Boolean':
        value = true;
        break;
      case 'JSONObject':
      case 'JSON':
        value = context.governanceProfile;
        break;
      default:
        value = `Valeur ${randomBytes(3).toString('hex')}`;
    }
  }
  return unwrapList(type) ? [value] : value;
}

function unwrapList(type: GraphQLInputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

function validInput(typeName: string, type: ReturnType<typeof getNamedType>, context: Context): Record<string, unknown> {
  if (!isInputObjectType(type)) return {};
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = validFor(field.name, field.type, context, typeName);
  }
  if (typeName === 'AddMemberInput') value.collegeId = context.collegeId;
  return value;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
}

interface Probe {
  operation: string;
  target: string;
  label: string;
  body: { query: string; variables: Record<string, unknown> };
}

/** Probes for one operation: each argument and each field of its input objects, malformed. */
function probesFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, context: Context): Probe[] {
  const args = field.args;
  const definitions = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''}${selectionFor(field)} }`;
  const baseline = (): Record<string, unknown> => Object.fromEntries(args.map((a) => [a.name, validFor(a.name, a.type, context, field.name)]));
  const probes: Probe[] = [];
  for (const arg of args) {
    for (const { label, value } of malformedValues(arg.type, context)) {
      probes.push({ operation: field.name, target: arg.name, label, body: { query, variables: { ...baseline(), [arg.name]: value } } });
    }
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      for (const inputField of Object.values(named.getFields())) {
        for (const { label, value } of malformedValues(inputField.type, context)) {
          const variables = baseline();
          const valid = variables[arg.name];
          const patch = (object: Record<string, unknown>) => ({ ...object, [inputField.name]: value });
          variables[arg.name] = Array.isArray(valid) ? valid.map((v) => patch(v as Record<string, unknown>)) : patch(valid as Record<string, unknown>);
          probes.push({ operation: field.name, target: `${arg.name}.${inputField.name}`, label, body: { query, variables } });
        }
      }
    }
    probes.push(...inlineProbes(kind, field, arg, context));
  }
  if (args.length === 0) probes.push({ operation: field.name, target: '(none)', label: 'no arguments', body: { query, variables: {} } });
  return probes;
}

function inlineProbes(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, arg: GraphQLArgument, context: Context): Probe[] {
  const others = field.args.filter((a) => a !== arg);
  const definitions = others.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  return INLINE_LITERALS.map((literal) => {
    const call = [`${arg.name}: ${literal}`, ...others.map((a) => `${a.name}: $${a.name}`)].join(', ');
    return {
      operation: field.name,
      target: `${arg.name} (inline)`,
      label: literal,
      body: {
        query: `${kind} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}(${call})${selectionFor(field)} }`,
        variables: Object.fromEntries(others.map((a) => [a.name, validFor(a.name, a.type, context, field.name)])),
      },
    };
  });
}

describe('fuzzing every argument of the API', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  let context: Context;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp();
    const introspection = await api.client.ok<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection);

    const admin = await registerAccount(api);
    token = admin.token;
    const organisationId = await createOrganisation(api.client, token, { legalForm: 'scic' });
    const { colleges, organisation } = await api.client.ok(
      `query C($o: ${idType('organisationId')}!) { colleges(organisationId: $o) { id } organisation(organisationId: $o) { governanceProfile } }`,
      { o: organisationId },
      { token },
    );
    const collegeId = colleges[0].id as string;
    const member = await addMember(api.client, token, organisationId, { collegeId });
    const other = await addMember(api.client, token, organisationId, { collegeId });
    const body = await createBody(api.client, token, organisationId);
    const mandate = await appointMandate(api.client, token, organisationId, { bodyId: body.id, memberId: member.id, role: 'president', startOn: '2025-01-01' });
    const secretary = await joinWithRole(api, token, organisationId, 'secretary');
    const meeting = await scheduleMeeting(api.client, token, organisationId, { bodyId: body.id, startsAt: '2026-03-12T17:30:00.000Z' });
    const item = await addAgendaItem(api.client, token, organisationId, meeting.id, { kind: 'deliberation', title: 'Budget 2026' });
    const { addResolution } = await api.client.ok<{ addResolution: { id: string } }>(
      ADD_RESOLUTION,
      { organisationId, itemId: item.id, input: { title: 'Première résolution', text: 'Le conseil adopte le budget 2026.' } },
      { token },
    );
    const invitedEmail = uniqueEmail('invited');
    let invitationId = '';
    const invitationMail = await mailCausedBy(api.mailbox, invitedEmail, async () => {
      const { invite } = await api.client.ok(
        `mutation I($o: ${idType('organisationId')}!, $input: InviteInput!) { invite(organisationId: $o, input: $input) { id } }`,
        { o: organisationId, input: { email: invitedEmail, role: 'member' } },
        { token },
      );
      invitationId = invite.id;
    });
    const invite = { invitation: { id: invitationId }, token: linkToken(invitationMail, '/invitation') };
    context = {
      organisationId,
      bodyId: body.id,
      memberId: member.id,
      otherMemberId: other.id,
      mandateId: mandate.id,
      meetingId: meeting.id,
      itemId: item.id,
      resolutionId: addResolution.id,
      accountId: secretary.id,
      invitationId: invite.invitation.id,
      invitationToken: invite.token,
      collegeId,
      adminEmail: admin.email,
      adminPassword: admin.password,
      governanceProfile: organisation.governanceProfile,
    };

    function idType(argument: string): string {
      return getNamedType(
        schema
          .getQueryType()!
          .getFields()
          .organisation.args.find((a) => a.name === argument)!.type,
      ).name;
    }
  });
  afterAll(() => api.close());

  it('no malformed argument of any query or mutation gets an internal error or an HTTP 500', async () => {
    const started = Date.now();
    const probes: Probe[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) probes.push(...probesFor('query', field, context));
    // logOut would end the session the other probes use: it runs last, on its own session.
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => f.name !== 'logOut');
    for (const field of mutations) probes.push(...probesFor('mutation', field, context));

    // Malformed requests as a whole: syntax, validation, limits, odd bodies, batches.
    const documents: [string, unknown][] = [
      ['syntax error', { query: 'query { me { id ' }],
      ['lone brace', { query: '}' }],
      ['NUL in the document', { query: 'query { me\u0000 { id } }' }],
      ['unknown field', { query: 'query { me { id notAField } }' }],
      ['unknown argument', { query: 'query { me(x: 1) { id } }' }],
      ['too many tokens', { query: `query { ${'me { id } '.repeat(1500)} }` }],
      ['too deep', { query: `query { ${'organisation(organisationId: "x") { '.repeat(12)}id${' }'.repeat(12)} }` }],
      ['empty query', { query: '' }],
      ['query not a string', { query: 42 }],
      ['variables not an object', { query: 'query { me { id } }', variables: 'abc' }],
      ['variables a list', { query: 'query { me { id } }', variables: [1] }],
      ['unknown operation name', { query: 'query A { me { id } }', operationName: 'B' }],
      ['two operations, no name', { query: 'query A { me { id } } query B { me { id } }' }],
      ['undeclared variable', { query: 'query { member(organisationId: $o, memberId: $m) { id } }' }],
      ['variable of the wrong type', { query: 'query Q($o: String!) { colleges(organisationId: $o) { id } }', variables: { o: 'x' } }],
      ['subscription', { query: 'subscription { me { id } }' }],
      ['batch with a syntax error', [{ query: 'query { me { id }' }, { query: 'query { me { id } }' }]],
      ['empty body', {}],
      ['null body', null],
    ];
    for (const [label, body] of documents) {
      probes.push({ operation: '(document)', target: 'request', label, body: body as Probe['body'] });
    }

    const failures: string[] = [];
    const untypedErrors: string[] = [];
    let sent = 0;
    const send = async (probe: Probe, bearer: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify(probe.body),
      });
      sent++;
      const text = await response.text();
      let internal = response.status >= 500;
      try {
        const json = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
        const error = json.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (error) internal = true;
        // Every refusal is typed and bilingual.
        const untyped = json.errors?.find((e) => !e.extensions?.code || !(e.extensions as { messages?: { fr?: string; en?: string } }).messages?.en);
        if (untyped) untypedErrors.push(`${probe.operation} ${probe.target} = ${probe.label}: ${JSON.stringify(untyped).slice(0, 300)}`);
      } catch {
        internal = true;
      }
      if (internal) failures.push(`${probe.operation} ${probe.target} = ${probe.label}: HTTP ${response.status} ${text.slice(0, 300)}`);
    };

    const queue = [...probes];
    const workers = Array.from({ length: 8 }, async () => {
      for (let probe = queue.shift(); probe; probe = queue.shift()) await send(probe, token);
    });
    await Promise.all(workers);
    const throwaway = await registerAccount(api);
    const logOut = schema.getMutationType()!.getFields().logOut;
    if (logOut)
      await send({ operation: 'logOut', target: '(none)', label: 'no arguments', body: { query: 'mutation { logOut }', variables: {} } }, throwaway.token);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`[fuzz] ${sent} requests sent in ${seconds} s, ${failures.length} internal errors (seed ${SEED})\n`);
    if (failures.length) process.stdout.write(`[fuzz] first internal errors:\n${failures.slice(0, 60).join('\n')}\n`);
    if (untypedErrors.length) process.stdout.write(`[fuzz] errors without a code or without both languages:\n${untypedErrors.slice(0, 30).join('\n')}\n`);
    expect(failures).toEqual([]);
    expect(untypedErrors).toEqual([]);
  }, 180_000);
});
