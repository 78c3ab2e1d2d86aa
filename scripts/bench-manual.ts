/**
 * The emergency manual for the P7 pack (scripts/bench-documents.ts): the full manual, seven
 * chapters 4-1 … 4-7 from src/content/manual, with a filled-in firm, built the way the builder
 * builds it (the answers go through the step parser).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { manualEntrySchema, type ManualChapter } from '../src/content/manual-schemas.ts';
import { parseStep, type ManualAnswers, type ManualStepId } from '../src/features/manual/manual-answers.ts';
import { buildManualDocument } from '../src/features/manual/manual-document.ts';
import { t } from '../src/i18n/index.ts';
import type { DocumentModel } from '../src/server/exports/document/model.ts';
import { manualStepFields } from '../tests/support/manual-steps.ts';

const root = new URL('..', import.meta.url).pathname;

export function buildManualBenchModel(): DocumentModel {
  const entries = (parse(readFileSync(`${root}src/content/manual/manual.yaml`, 'utf8')) as unknown[]).map((entry) =>
    manualEntrySchema.parse(entry),
  );
  const chapters = entries.filter((e): e is ManualChapter => e.kind === 'chapter');
  const answers: ManualAnswers = {};
  for (const [step, fields] of Object.entries(manualStepFields('株式会社ベンチマーク製作所'))) {
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
    createdAt: '2027-04-01T00:00:00.000Z',
    createdByName: '山田太郎',
    approvedAt: null,
    approvedByName: null,
  };
  return buildManualDocument({ answers, chapters, firmName: '株式会社ベンチマーク製作所', version }, text);
}
