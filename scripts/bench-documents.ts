/**
 * P7 for the emergency manual: time to render the full manual (all seven chapters, a filled-in
 * firm) as .docx and as PDF through the shared document pipeline, in-process, median of runs
 * after a warm-up (the first PDF loads the Japanese font).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { manualEntrySchema, type ManualCard, type ManualChapter } from '../src/content/manual-schemas.ts';
import { parseStep, type ManualAnswers, type ManualStepId } from '../src/features/manual/manual-answers.ts';
import { buildManualDocument, buildWallCard, wallCardDocument } from '../src/features/manual/manual-document.ts';
import { t } from '../src/i18n/index.ts';
import { renderDocx } from '../src/server/exports/document/docx.ts';
import { renderDocumentPdf } from '../src/server/exports/document/pdf.ts';
import { manualStepFields } from '../tests/support/manual-steps.ts';

export interface DocumentTimings {
  docxMs: number;
  pdfMs: number;
  cardPdfMs: number;
  pdfPages: number;
  runs: number;
}

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] ?? 0);
}

export async function benchManualDocuments(root: string, runs = 5): Promise<DocumentTimings> {
  const entries = (parse(readFileSync(`${root}/src/content/manual/manual.yaml`, 'utf8')) as unknown[]).map((entry) =>
    manualEntrySchema.parse(entry),
  );
  const chapters = entries.filter((e): e is ManualChapter => e.kind === 'chapter');
  const card = entries.find((e): e is ManualCard => e.kind === 'card');
  if (!card) throw new Error('manual content has no wall card');
  const answers: ManualAnswers = {};
  for (const [step, fields] of Object.entries(manualStepFields('ベンチマーク株式会社'))) {
    const parsed = parseStep(step as ManualStepId, fields);
    if (!parsed.ok) throw new Error(`bench answers for ${step} are invalid`);
    answers[step as ManualStepId] = parsed.value;
  }
  const text = {
    locale: 'ja' as const,
    t: (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) => t('ja', key, vars),
    date: (iso: string) => iso.slice(0, 10),
  };
  const version = {
    number: 1,
    createdAt: new Date().toISOString(),
    createdByName: '山田 一郎',
    approvedAt: null,
    approvedByName: null,
  };
  const model = buildManualDocument(answers, chapters, 'ベンチマーク株式会社', version, text);
  const cardModel = wallCardDocument(buildWallCard(answers, card, 'ベンチマーク株式会社', text), text);
  const pdf = await renderDocumentPdf(model);
  return {
    docxMs: await median(runs, () => renderDocx(model)),
    pdfMs: await median(runs, () => renderDocumentPdf(model)),
    cardPdfMs: await median(runs, () => renderDocumentPdf(cardModel)),
    pdfPages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    runs,
  };
}
