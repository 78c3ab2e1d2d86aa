import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { SERVER_NODE_FLAGS } from './src/server/node-flags.ts';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
}

const port = Number(process.env['E2E_PORT'] ?? 4391);
const dataDir = mkdtempSync(join(tmpdir(), 'gokui-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // axe on the longest pages (glossary, starter list) takes tens of seconds on a busy 2-core machine.
  timeout: 60_000,
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node ${SERVER_NODE_FLAGS.join(' ')} src/server/main.ts`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Every spec signs up its own users from 127.0.0.1: more than a real client address would.
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      GOKUI_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SIGN_UP_RATE_LIMIT_PER_HOUR: '1000',
    },
  },
});
