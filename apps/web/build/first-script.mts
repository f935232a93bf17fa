import type { Plugin, Rolldown } from 'vite';

type CodeSplittingGroup = Rolldown.CodeSplittingGroup;

/**
 * Builds each entry as a script of its own, placed in index.html before the app's script, in
 * the order given: a module script runs as soon as its own imports have arrived, so these, small,
 * run while the app's larger scripts still download and compile (Vite would otherwise bundle
 * every script of index.html into one entry). The app imports them too, so that they run first
 * whichever way the app starts (in `npm run dev`, only that way).
 */
export function firstScripts(entries: { name: string; entry: string }[]): { plugin: Plugin; chunkGroups: CodeSplittingGroup[] } {
  /** Each module's static imports, as parsed: the first scripts' code is told apart by them. */
  const staticImports = new Map<string, readonly string[]>();
  const graphs = new Map<string, Set<string>>();
  const graphOf = (entry: string): Set<string> => {
    let graph = graphs.get(entry);
    if (!graph) {
      graph = new Set();
      const next = [entry];
      while (next.length > 0) {
        const id = next.pop()!;
        if (graph.has(id)) continue;
        graph.add(id);
        next.push(...(staticImports.get(id) ?? []));
      }
      graphs.set(entry, graph);
    }
    return graph;
  };
  // Each first script's own modules (the libraries have their chunks) in one chunk with it: a
  // chunk per shared module would queue behind the browser's six connections to the api. An
  // earlier script's modules stay in its chunk, so it waits for no later script's code.
  const chunkGroups: CodeSplittingGroup[] = entries.map(({ name, entry }, index) => ({
    name: `${name}-app`,
    priority: 100 - index,
    tags: ['$initial'],
    test: (id: string) => id !== entry && !/node_modules/.test(id) && graphOf(entry).has(id),
    // Its libraries stay in their own chunks (the first script needs none of Mantine's).
    includeDependenciesRecursively: false,
  }));
  const plugin: Plugin = {
    name: 'collegial:first-script',
    moduleParsed(info) {
      staticImports.set(info.id, info.importedIds);
    },
    apply: 'build',
    options(options) {
      const input = options.input ?? {};
      const named =
        typeof input === 'string' ? { index: input } : Array.isArray(input) ? Object.fromEntries(input.map((file, i) => [`input${i}`, file])) : input;
      return { ...options, input: { ...named, ...Object.fromEntries(entries.map(({ name, entry }) => [name, entry])) } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const tags = entries.map(({ name, entry }) => {
          const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === name);
          if (!chunk) throw new Error(`${entry} was not built as the entry « ${name} »`);
          return `<script type="module" crossorigin src="/${chunk.fileName}"></script>\n    `;
        });
        // Just before the app's script: module scripts run in the order of the page.
        const appScript = html.indexOf('<script type="module"');
        if (appScript < 0) throw new Error('index.html has no module script to put the first scripts before');
        return `${html.slice(0, appScript)}${tags.join('')}${html.slice(appScript)}`;
      },
    },
  };
  return { plugin, chunkGroups };
}
