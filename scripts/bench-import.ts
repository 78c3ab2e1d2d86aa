/**
 * P8: import of a generated 5,000-row .xlsx through the server, as a user does it — upload, parse
 * and validate into the staged preview, render the preview, commit in one transaction.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { t, type MessageKey } from '../src/i18n/index.ts';
import { signUpWithOrganization } from '../tests/support/browserless-client.ts';

export const P8_ROWS = 5000;
export const P8_BUDGET_MS = 3000;

/** A register file as people fill it in: every importable column, Japanese headings. */
async function registerXlsx(rows: number): Promise<Uint8Array<ArrayBuffer>> {
  const columns = [
    ['category', (i: number) => ['営業', '経理', '人事', '総務'][i % 4]],
    ['name', (i: number) => `情報資産 ${i + 1}`],
    ['note', () => '取引先の連絡先と取引の記録'],
    ['users', () => '営業部の全員'],
    ['department', () => '営業部'],
    ['media', () => '業務PC、クラウドサービス'],
    ['personal', (i: number) => (i % 2 ? '有' : '無')],
    ['sensitive', () => '無'],
    ['myNumber', () => '無'],
    ['critical', (i: number) => (i % 7 ? '無' : '有')],
    ['confidentiality', (i: number) => 1 + (i % 3)],
    ['integrity', (i: number) => 1 + ((i + 1) % 3)],
    ['availability', () => 2],
    ['retention', () => '5年'],
    ['registeredOn', () => '2026-04-01'],
    ['threat', (i: number) => 1 + (i % 3)],
    ['vulnerability', (i: number) => 1 + ((i + 2) % 3)],
    ['treatment', () => '低減'],
    ['measures', () => '週に1回バックアップを取り、閲覧できる人を限る'],
    ['measureSections', () => '2-4, 2-6'],
    ['residualThreat', () => 1],
    ['residualVulnerability', () => 1],
  ] as const;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台帳');
  sheet.addRow(columns.map(([id]) => t('ja', `assets.col.${id}` as MessageKey)));
  for (let i = 0; i < rows; i++) sheet.addRow(columns.map(([, value]) => value(i)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface ImportResult {
  /** CPU time the server process spent on the three requests: what the machine's load cannot inflate. */
  serverCpuMs: number;
  uploadMs: number;
  previewMs: number;
  commitMs: number;
  totalMs: number;
  imported: number;
  bytes: number;
  /** Median time of the dashboard, the register and the risk map with all rows stored. */
  dashboardMs: number;
  registerMs: number;
  riskMapMs: number;
}

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** P8 against a running server, as a user would do it. */
export async function measureImport(base: string, pid: number): Promise<ImportResult> {
  const bytes = await registerXlsx(P8_ROWS);
  const client = await signUpWithOrganization(base, `bench-${Date.now()}`, 'Bench Ltd');
  // A user opens the import page before choosing the file; the clock starts at the upload.
  await (await client.get('/app/assets/import')).arrayBuffer();
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  const upload = await client.postFile('/app/assets/import', { field: 'file', name: 'register.xlsx', bytes });
  const uploaded = performance.now();
  const previewPath = upload.headers.get('location') ?? '';
  if (upload.status !== 303) throw new Error(`P8 upload answered ${upload.status}`);
  const preview = await client.get(previewPath);
  await preview.arrayBuffer();
  const previewed = performance.now();
  const commit = await client.post(previewPath, { intent: 'commit' });
  const committed = performance.now();
  const serverCpuMs = cpuMs(pid) - cpuBefore;
  if (commit.status !== 303) throw new Error(`P8 commit answered ${commit.status}`);
  const api = (await (await client.get('/api/v1/org/assets')).json()) as { assets: unknown[] };
  // The pages that read the whole register, once it holds all the rows: median of 5 after one warm-up.
  const pageMs = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const begin = performance.now();
      const response = await client.get(path);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`P8: ${path} answered ${response.status}`);
      if (i > 0) times.push(performance.now() - begin);
    }
    return Math.round(times.sort((a, b) => a - b)[2]!);
  };
  const dashboardMs = await pageMs('/app');
  const registerMs = await pageMs('/app/assets');
  const riskMapMs = await pageMs('/app/assets/risks');
  return {
    dashboardMs,
    registerMs,
    riskMapMs,
    serverCpuMs,
    uploadMs: Math.round(uploaded - started),
    previewMs: Math.round(previewed - uploaded),
    commitMs: Math.round(committed - previewed),
    totalMs: Math.round(committed - started),
    imported: api.assets.length,
    bytes: bytes.length,
  };
}
