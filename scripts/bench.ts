/**
 * `npm run bench`: measures the performance budgets of PRODUCT.md §5 that exist so far, on
 * 127.0.0.1 only, bounded in time, and writes docs/benchmarks.md.
 *   P1  JS shipped by each prerendered page (gzip bytes)
 *   P3  requests/s of the home page vs a bare node:http server sending the same bytes
 *   P7  the emergency manual alone as .docx and PDF (the full pack adds the policy documents later)
 *   P9  start to first response, and RSS after the load
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchManualDocuments } from './bench-documents.ts';
import { ensureBuild } from './ensure-build.ts';
import { startServer } from '../tests/support/server.ts';

const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 50;
const root = new URL('..', import.meta.url).pathname;

interface LoadResult {
  requestsPerSec: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function autocannon(url: string): LoadResult {
  const result = spawnSync(
    'autocannon',
    ['--json', '-c', String(CONNECTIONS), '-d', String(DURATION_S), '--renderStatusCodes', 'false', url],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`autocannon failed: ${result.stderr}`);
  const json = JSON.parse(result.stdout) as {
    requests: { average: number };
    latency: { p99: number };
    errors: number;
    non2xx: number;
  };
  return { requestsPerSec: json.requests.average, p99: json.latency.p99, errors: json.errors, non2xx: json.non2xx };
}

/** A bare node:http server in its own process that answers every request with the given bytes. */
async function startBareServer(body: Buffer, headers: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'gokui-bench-'));
  writeFileSync(join(dir, 'body'), body);
  const script = `
    const http = require('node:http');
    const body = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'body'))});
    const headers = ${JSON.stringify(headers)};
    const server = http.createServer((req, res) => { res.writeHead(200, headers); res.end(body); });
    server.listen(0, '127.0.0.1', () => console.log('port=' + server.address().port));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /port=(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listHtml(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Gzip bytes of all JavaScript a prerendered page loads: external module scripts and inline ones. */
function pageJsBytes(htmlFile: string, clientDir: string): number {
  const html = readFileSync(htmlFile, 'utf8');
  let bytes = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const src = /src="([^"]+)"/.exec(attributes)?.[1];
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const code = src ? readFileSync(join(clientDir, src)) : Buffer.from(match[2] ?? '');
    if (code.length > 0) bytes += gzipSync(code).length;
  }
  for (const match of html.matchAll(/<astro-island[^>]*component-url="([^"]+)"/g)) {
    bytes += gzipSync(readFileSync(join(clientDir, match[1] ?? ''))).length;
  }
  return bytes;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

interface LighthouseResult {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** Lighthouse 13 through npx (fetched from the npm registry on first use), against loopback only. */
function runLighthouse(base: string, paths: string[]): LighthouseResult[] {
  if (process.env['BENCH_LIGHTHOUSE'] === '0') return [];
  const results: LighthouseResult[] = [];
  for (const path of paths) {
    const out = join(tmpdir(), `gokui-lighthouse-${process.pid}.json`);
    const run = spawnSync(
      'npx',
      [
        '-y',
        'lighthouse@13',
        `${base}${path}`,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
        timeout: 180_000,
      },
    );
    if (run.status !== 0) {
      process.stderr.write(`bench: lighthouse failed on ${path}: ${run.stderr.slice(-500)}\n`);
      return results;
    }
    const categories = (JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> })
      .categories;
    const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
    results.push({
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    });
    rmSync(out, { force: true });
  }
  return results;
}

ensureBuild();
const dataDir = mkdtempSync(join(tmpdir(), 'gokui-bench-data-'));
const spawnedAt = performance.now();
const server = await startServer({ GOKUI_DATA_DIR: dataDir });
await fetch(`${server.url}/healthz`);
const startupMs = Math.round(performance.now() - spawnedAt);

process.stdout.write(`bench: ${DURATION_S}s at ${CONNECTIONS} connections per target, 127.0.0.1 only\n`);
const throughput: { path: string; bytes: number; gokui: LoadResult; baseline: LoadResult }[] = [];
for (const path of ['/', '/guide/mission1/1-2/']) {
  const page = await fetch(`${server.url}${path}`);
  const body = Buffer.from(await page.arrayBuffer());
  const headers: Record<string, string> = {};
  page.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers[name] = value;
  });
  const gokui = autocannon(`${server.url}${path}`);
  const bare = await startBareServer(body, headers);
  const baseline = autocannon(bare.url);
  bare.stop();
  throughput.push({ path, bytes: body.length, gokui, baseline });
}
const rss = rssMb(server.child.pid ?? 0);
const lighthouse = runLighthouse(server.url, ['/', '/guide/', '/guide/mission1/1-2/']);
await server.stop();
rmSync(dataDir, { recursive: true, force: true });

const documents = await benchManualDocuments(root);

const clientDir = join(root, 'dist', 'client');
const pages = listHtml(clientDir).map((file) => ({
  page: '/' + relative(clientDir, file).replace(/index\.html$/, ''),
  js: pageJsBytes(file, clientDir),
}));

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const today = new Date().toISOString().slice(0, 10);
const pass = (ok: boolean) => (ok ? 'pass' : '**FAIL**');

const report = `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.ts) on ${today}.
Machine: ${machine}. Load: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per target, 127.0.0.1 only.
Budgets: PRODUCT.md §5. Figures vary a few percent between runs on a shared machine.

| budget | what | measured | budget | result |
|---|---|---|---|---|
${throughput
  .map(({ path, bytes, gokui, baseline }) => {
    const ratio = gokui.requestsPerSec / baseline.requestsPerSec;
    const errors = gokui.errors + gokui.non2xx;
    return `| P3 | \`${path}\` (${bytes} bytes) vs bare \`node:http\` sending the same bytes | ${Math.round(gokui.requestsPerSec)} vs ${Math.round(baseline.requestsPerSec)} req/s = ${(ratio * 100).toFixed(1)} %; p99 ${gokui.p99} ms; ${errors} errors | ≥ 50 %, 0 errors | ${pass(ratio >= 0.5 && errors === 0)} |`;
  })
  .join('\n')}
| P7 | emergency manual alone (7 chapters, ${documents.pdfPages} PDF pages, a filled-in firm) as .docx, median of ${documents.runs} | ${documents.docxMs} ms | ≤ 500 ms (full pack) | ${pass(documents.docxMs <= 500)} |
| P7 | the same manual as PDF (Noto Sans JP embedded), median of ${documents.runs} | ${documents.pdfMs} ms | ≤ 2,000 ms (full pack) | ${pass(documents.pdfMs <= 2000)} |
| P7 | its one-page wall card as PDF, median of ${documents.runs} | ${documents.cardPdfMs} ms | (part of the pack) | ${pass(documents.cardPdfMs <= 2000)} |
| P9 | spawn to first /healthz response | ${startupMs} ms | ≤ 1,500 ms | ${pass(startupMs <= 1500)} |
| P9 | RSS after the P3 load | ${rss} MB | ≤ 200 MB | ${pass(rss <= 200)} |

## P1 — JavaScript shipped by prerendered pages (gzip)

${pages.length} prerendered pages (guidebook, glossary, references, home; ja and en). Largest: ${Math.max(0, ...pages.map((p) => p.js))} bytes of JavaScript. Budget: 0 bytes for a page without an interactive part. ${pass(pages.every((p) => p.js === 0))}
${pages
  .filter((p) => p.js > 0)
  .map((p) => `- \`${p.page}\`: ${p.js} bytes`)
  .join('\n')}

## P10 — Lighthouse (mobile, simulated throttling)

${
  lighthouse.length === 0
    ? 'Not run (set BENCH_LIGHTHOUSE=1 and make `npx lighthouse` available).'
    : `| page | performance | accessibility | best practices | SEO | result |
|---|---|---|---|---|---|
${lighthouse
  .map(
    (r) =>
      `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${pass(r.performance >= 95 && r.accessibility === 100 && r.bestPractices === 100 && r.seo === 100)} |`,
  )
  .join('\n')}`
}

Budgets not measured yet (their features do not exist yet): P2, P4, P5, P6, P8; P10 for the 5-minute check. P7 covers the emergency manual only until the policy generator (issue 8) adds the rest of the pack.
`;
writeFileSync(join(root, 'docs', 'benchmarks.md'), report);
process.stdout.write(report);
