import type { Plugin } from 'vite';

/**
 * Builds `entry` as a script of its own, placed in index.html before the app's script: a module
 * script runs as soon as its own imports have arrived, so this one, small, runs while the app's
 * larger scripts still download and compile (Vite would otherwise bundle every script of
 * index.html into one entry). The app imports it too, so that it runs first whichever way the app
 * starts (in `npm run dev`, only that way).
 */
export function firstScript(entry: string, name: string): Plugin {
  return {
    name: 'collegial:first-script',
    apply: 'build',
    options(options) {
      const input = options.input ?? {};
      const named =
        typeof input === 'string' ? { index: input } : Array.isArray(input) ? Object.fromEntries(input.map((file, i) => [`input${i}`, file])) : input;
      return { ...options, input: { ...named, [name]: entry } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === name);
        if (!chunk) throw new Error(`${entry} was not built as the entry « ${name} »`);
        // Just before the app's script: module scripts run in the order of the page.
        const appScript = html.indexOf('<script type="module"');
        if (appScript < 0) throw new Error('index.html has no module script to put the first script before');
        return `${html.slice(0, appScript)}<script type="module" crossorigin src="/${chunk.fileName}"></script>\n    ${html.slice(appScript)}`;
      },
    },
  };
}
