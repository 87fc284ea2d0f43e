import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: everything from the page's own origin, nothing
 * from elsewhere. Inline styles are allowed because Cytoscape adds a <style> element at run time
 * and React, Cytoscape and the timeline set style attributes (checked: without 'unsafe-inline' the
 * built app reports style-src violations); images from data: and blob: URLs are the app's own (note badges on the canvas,
 * exports); workers from blob: cover bundlers that inline a worker. No inline or remote script.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

// Browsers ignore frame-ancestors in a <meta> policy (and warn about it): it is sent as a header only.
const HEADER_ONLY = new Set(['frame-ancestors']);

export const cspHeader = (): string => CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
export const cspMeta = (): string =>
  CSP_DIRECTIVES.filter(([k]) => !HEADER_ONLY.has(k))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/**
 * Writes the policy into the built index.html as a <meta http-equiv>, so it holds wherever the
 * files are served. Build only: the dev server needs Vite's inline HMR scripts. `vite preview`
 * also sends it as a header (vite.config.ts), with frame-ancestors.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'dossier-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
