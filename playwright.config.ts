import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from './scripts/chromium.ts';

// Browser downloads do not work on our machines: use Debian's Chromium when it is there (the test
// script installs it with apt-get when missing), else Playwright's own browser.
const launchOptions = existsSync(DEBIAN_CHROMIUM)
  ? { executablePath: DEBIAN_CHROMIUM, args: [...CHROMIUM_FLAGS] }
  : {};

// E2E_PORT lets several test runs share a machine: each gets its own port and build folder.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_PORT ? `.e2e-dist/${PORT}` : 'dist';

export default defineConfig({
  testDir: 'e2e',
  // Shared, noisy 2-core machines: a full-page accessibility scan can take several seconds there.
  timeout: 60_000,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    // A trace costs about a fifth of the suite's time on these two-core machines (its DOM snapshot
    // at every action), so it is recorded only when asked for: E2E_TRACE=1 keeps one per failure.
    // A failing test always leaves its last screenshot.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, launchOptions },
    },
  ],
  // The production build, served as a user would get it.
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
