/**
 * `npm test`: builds when needed, runs the Vitest suite (unit + integration on SQLite and a
 * throwaway PostgreSQL), then the Playwright suite in the system Chromium, and prints one
 * closing line "N passed, N failed". REQUIRE_POSTGRES=1 and REQUIRE_BROWSER=1 turn a missing
 * PostgreSQL or Chromium into a failure instead of a notice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBuild } from './ensure-build.ts';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const requireBrowser = process.env['REQUIRE_BROWSER'] === '1';
const vitestReport = 'test-results/vitest.json';
const playwrightReport = 'test-results/playwright.json';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function readJson(file: string): Record<string, unknown> | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

function vitestCounts(): Counts | undefined {
  const report = readJson(vitestReport);
  if (!report) return undefined;
  return {
    passed: Number(report['numPassedTests'] ?? 0),
    // A test file that fails to load runs no tests but must still count as a failure.
    failed: Number(report['numFailedTests'] ?? 0) + Number(report['numFailedTestSuites'] ?? 0),
    skipped: Number(report['numPendingTests'] ?? 0) + Number(report['numTodoTests'] ?? 0),
  };
}

function playwrightCounts(): Counts | undefined {
  const stats = readJson(playwrightReport)?.['stats'] as Record<string, number> | undefined;
  if (!stats) return undefined;
  return {
    passed: (stats['expected'] ?? 0) + (stats['flaky'] ?? 0),
    failed: stats['unexpected'] ?? 0,
    skipped: stats['skipped'] ?? 0,
  };
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
ensureBuild();

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
const add = (counts: Counts | undefined, status: number, name: string) => {
  if (!counts) {
    process.stderr.write(`\n[gokui] ${name} produced no report (exit ${status}).\n`);
    broken = true;
    return;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  if (status !== 0 && counts.failed === 0) broken = true;
};

const vitestStatus = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
add(vitestCounts(), vitestStatus, 'Vitest');

if (existsSync(chromium)) {
  const playwrightStatus = run('playwright', ['test']);
  add(playwrightCounts(), playwrightStatus, 'Playwright');
} else if (requireBrowser) {
  process.stderr.write(`\n[gokui] REQUIRE_BROWSER=1 but Chromium was not found at ${chromium}.\n`);
  broken = true;
} else {
  process.stdout.write(`\n[gokui] Chromium not found at ${chromium}: browser tests not run.\n`);
}

const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${skipped}\n`);
process.exit(total.failed > 0 || broken ? 1 : 0);
