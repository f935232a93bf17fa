import { buildSchema, getOperationAST, parse } from 'graphql';
import { presetProfile } from '@collegial/governance';
import { InputRejection } from '../errors/input-rejection';
import { checkOperationInput } from './input-guard.plugin';

const schema = buildSchema(`
  scalar JSONObject
  input Change { name: String, tags: [String!] }
  type Query { profile(p: JSONObject!): Int, change(input: Change!): Int, note(text: String): Int }
`);

function check(query: string, variables: Record<string, unknown> = {}): void {
  const document = parse(query);
  checkOperationInput(schema, document, getOperationAST(document)!, variables);
}

describe('the input guard', () => {
  it('accepts every governance preset as a JSON argument', () => {
    for (const kind of ['association', 'scop', 'scic', 'other', 'steeringCommittee'] as const) {
      expect(() => check('query Q($p: JSONObject!) { profile(p: $p) }', { p: presetProfile(kind) })).not.toThrow();
    }
  });

  it('refuses NUL in a JSON key or value, deep or huge JSON', () => {
    const deep = Array.from({ length: 30 }).reduce<Record<string, unknown>>((inner) => ({ inner }), {});
    for (const p of [{ '\u0000': 1 }, { a: ['ok', 'x\u0000'] }, deep, { list: Array.from({ length: 6000 }, () => 1) }]) {
      expect(() => check('query Q($p: JSONObject!) { profile(p: $p) }', { p })).toThrow(InputRejection);
    }
  });

  it('names the field, inline or in a variable, in lists too', () => {
    expect(() => check('query { change(input: { tags: ["a", "b\\u0000"] }) }')).toThrow(/input\.tags\[1\]/);
    expect(() => check('query Q($t: String) { note(text: $t) }', { t: 'x'.repeat(1001) })).toThrow(/« text » est trop long/);
    expect(() => check('query Q($t: String) { note(text: $t) }', { t: 'x'.repeat(1000) })).not.toThrow();
  });
});
