import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call of the web app by an import of the one document it names,
 * as GraphQL Code Generator's babel and swc plugins do. Without it, `graphql()` looks documents
 * up in a map of every operation of the app, so the sign-in page would carry the documents of
 * every page and grow with each feature.
 *
 * Each document is its own module (`virtual:graphql-document/<Name>`), cut from the generated
 * `gql/graphql.ts`: a module goes to one chunk, and that file, shared by the first script and
 * the pages, would put every page's documents in the first script.
 */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const VIRTUAL = 'virtual:graphql-document/';
/** A generated document: one line, its JSON then its TypeScript type. */
const GENERATED_DOCUMENT = (name: string) => new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode<`, 'm');

export function graphqlDocumentImports(sourceRoot: string): Plugin {
  const generated = `${sourceRoot}/gql/graphql.ts`;
  return {
    name: 'collegial:graphql-document-imports',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const name = id.slice(VIRTUAL.length + 1);
      this.addWatchFile(generated);
      const document = GENERATED_DOCUMENT(name).exec(readFileSync(generated, 'utf8'))?.[1];
      if (!document) throw new Error(`${name} is not in ${relative(sourceRoot, generated)}: run \`npm run codegen\``);
      return `export const ${name} = ${document};\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.tsx?$/.test(file) || !file.startsWith(sourceRoot) || file.startsWith(`${sourceRoot}/gql/`) || !code.includes('graphql(')) return null;
      const imports = new Map<string, string>();
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) throw new Error(`${file}: a graphql() document without a named operation or fragment`);
        const [, keyword, name] = definition;
        const exported = keyword === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        imports.set(exported, `__graphql_${exported}`);
        return `__graphql_${exported}`;
      });
      if (imports.size === 0) return null;
      const statements = [...imports].map(([exported, local]) => `import { ${exported} as ${local} } from '${VIRTUAL}${exported}';`).join('\n');
      return { code: `${statements}\n${replaced}`, map: null };
    },
  };
}
