import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { InputRejection } from '../errors/input-rejection';

const UUID_FORMAT = /^(?:\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))$/i;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** A UUID in its canonical form (lower case, no braces), or a refusal. */
export function canonicalUuid(value: unknown, nodes?: ValueNode): string {
  const match = typeof value === 'string' ? UUID_FORMAT.exec(value) : null;
  if (!match) {
    throw new InputRejection(
      {
        fr: `« ${shown(value)} » n'est pas un identifiant valide : un UUID est attendu (par exemple 3f2b8c1e-9d4a-4e6f-8b21-5c7d9e0a1f34).`,
        en: `"${shown(value)}" is not a valid identifier: a UUID is expected (e.g. 3f2b8c1e-9d4a-4e6f-8b21-5c7d9e0a1f34).`,
      },
      { nodes },
    );
  }
  return (match[1] ?? match[2]).toLowerCase();
}

/**
 * Every id the api takes. Upper-case and braced forms are accepted and made canonical
 * (lower case, no braces) before any resolver or guard sees them; anything else is
 * BAD_USER_INPUT, so no malformed id ever reaches PostgreSQL.
 */
export const UUIDScalar = new GraphQLScalarType<string, string>({
  name: 'UUID',
  description: 'A UUID, e.g. 3f2b8c1e-9d4a-4e6f-8b21-5c7d9e0a1f34 (upper case and {braces} accepted, answered in lower case).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc9562',
  serialize: (value) => canonicalUuid(value),
  parseValue: (value) => canonicalUuid(value),
  parseLiteral: (ast) => canonicalUuid(ast.kind === Kind.STRING ? ast.value : `${'value' in ast ? String(ast.value) : ast.kind}`, ast),
});
