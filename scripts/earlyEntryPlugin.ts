import type { Plugin } from 'vite';

/** The module that starts a `?graph=` import (src/ui/open/earlyImport.ts), as its own build entry. */
export const EARLY_ENTRY = { name: 'early', path: 'src/ui/open/earlyImport.ts' } as const;

/**
 * Loads the early entry's chunk from index.html ahead of the app's bundle. Vite joins all of an HTML
 * page's module scripts into one entry, so the small module that starts the import worker would
 * otherwise wait until the browser has loaded and compiled the whole app (hundreds of ms here).
 * The app imports the same module, which the browser evaluates once. Build only: in development
 * main.tsx imports it first.
 */
export function earlyEntryPlugin(): Plugin {
  return {
    name: 'dossier-early-entry',
    apply: 'build',
    config: () => ({
      build: { rollupOptions: { input: { index: 'index.html', [EARLY_ENTRY.name]: EARLY_ENTRY.path } } },
    }),
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === EARLY_ENTRY.name,
        );
        const app = html.indexOf('<script type="module"');
        if (!chunk || app < 0) return html;
        // Module scripts run in document order: this one first.
        const early = `<script type="module" crossorigin src="/${chunk.fileName}"></script>\n    `;
        return html.slice(0, app) + early + html.slice(app);
      },
    },
  };
}
