import { defineConfig } from '@playwright/test';

// Other ports let two runs share a machine (E2E_WEB_PORT=3300 E2E_API_PORT=4300 pnpm --filter @continuite/e2e test).
export const E2E_WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
export const E2E_API_PORT = Number(process.env.E2E_API_PORT ?? 4100);

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: `http://localhost:${E2E_WEB_PORT}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium, never a downloaded browser; no background traffic on this closed network.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    // The curriculum plays once, on the desktop; the phone project covers the 360 px layout with the journeys.
    { name: 'phone', testIgnore: /curriculum-themes/, use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
  ],
});
