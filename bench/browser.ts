import { chromium, type Browser } from '@playwright/test';

/**
 * Debian's Chromium as the benchmark and the profiler run it: headless, the flags that work on these
 * machines, and software WebGL (SwiftShader) so Cytoscape's WebGL renderer can be measured too.
 */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}
