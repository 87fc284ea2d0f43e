/**
 * Debian's Chromium and the launch flags that work on these machines (browser downloads do not),
 * shared by the end-to-end tests (playwright.config.ts) and the benchmark (bench/browser.ts).
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
