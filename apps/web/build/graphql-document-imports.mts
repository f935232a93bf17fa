import { dirname, relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call of the web app by an import of the one document it names
 * from the generated `gql/graphql.ts`, as GraphQL Code Generator's babel and swc plugins do.
 * Without it, `graphql()` looks documents up in a map of every operation of the app, so the
 * sign-in page would carry the documents of every page and grow with each feature.
 */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;

export function graphqlDocumentImports(sourceRoot: string): Plugin {
  const generated = `${sourceRoot}/gql/graphql`;
  return {
    name: 'collegial:graphql-document-imports',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.tsx?$/.test(file) || !file.startsWith(sourceRoot) || file.startsWith(`${sourceRoot}/gql/`) || !code.includes('graphql(')) return null;
      const imports = new Map<string, string>();
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) throw new Error(`${file}: a graphql() document without a named operation or fragment`);
        const [, keyword, name] = definition;
        const exported = keyword === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const local = `__graphql_${exported}`;
        imports.set(exported, local);
        return local;
      });
      if (imports.size === 0) return null;
      let specifier = relative(dirname(file), generated);
      if (!specifier.startsWith('.')) specifier = `./${specifier}`;
      const names = [...imports].map(([exported, local]) => `${exported} as ${local}`).join(', ');
      return { code: `import { ${names} } from '${specifier}';\n${replaced}`, map: null };
    },
  };
}
