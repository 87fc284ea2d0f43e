import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from '../scripts/chromium';

/**
 * Debian's Chromium as the benchmark and the profiler run it: headless, the flags the tests use, and
 * software WebGL (SwiftShader) so Cytoscape's WebGL renderer can be measured too.
 */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: DEBIAN_CHROMIUM,
    args: ['--headless', ...CHROMIUM_FLAGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}
