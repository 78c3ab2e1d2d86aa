/**
 * P7: time to generate the document pack as .docx and as PDF, in process (no HTTP). The pack is
 * the largest case: every switch on, both languages' structure, 4 documents (基本方針,
 * 規程, handbook) and the emergency manual (scripts/bench-manual.ts).
 */
import { buildManualBenchModel } from './bench-manual.ts';
import type { DocumentAnswers } from '../src/features/documents/answers.ts';
import { generateDocument } from '../src/features/documents/generate-document.ts';
import { readDocumentContents, testGuideLink } from '../src/features/documents/testing/read-contents.ts';
import { renderDocx } from '../src/server/exports/document/docx.ts';
import type { DocumentModel } from '../src/server/exports/document/model.ts';
import { renderDocumentPdf } from '../src/server/exports/document/pdf.ts';

const answers: DocumentAnswers = {
  firmName: '株式会社ベンチマーク製作所',
  representative: '代表取締役 山田太郎',
  securityOfficer: '総務部長 佐藤花子',
  effectiveDate: '2027-04-01',
  staffCount: 120,
  cloud: true,
  myNumber: true,
  byod: true,
  telework: true,
  website: true,
  software: true,
  outsourcing: true,
  serverRoom: true,
};

export interface PackTiming {
  documents: string[];
  count: number;
  /** Milliseconds for the whole pack: first (cold) run and median of the warm runs. */
  docx: { cold: number; median: number };
  pdf: { cold: number; median: number };
}

function buildPack(): DocumentModel[] {
  const contents = readDocumentContents();
  return [
    ...[...contents.values()].map((content) =>
      generateDocument({ content, answers, locale: 'ja', guideLink: testGuideLink }),
    ),
    buildManualBenchModel(),
  ];
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Generates and renders the pack `runs` times after one cold run. */
export async function benchDocumentPack(runs = 5): Promise<PackTiming> {
  const docxPack = async () => {
    for (const model of buildPack()) await renderDocx(model);
  };
  const pdfPack = async () => {
    for (const model of buildPack()) await renderDocumentPdf(model);
  };
  const docxCold = await time(docxPack);
  const pdfCold = await time(pdfPack);
  const docxRuns: number[] = [];
  const pdfRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    docxRuns.push(await time(docxPack));
    pdfRuns.push(await time(pdfPack));
  }
  const models = buildPack();
  return {
    documents: models.map((model) => model.title),
    count: models.length,
    docx: { cold: Math.round(docxCold), median: Math.round(median(docxRuns)) },
    pdf: { cold: Math.round(pdfCold), median: Math.round(median(pdfRuns)) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await benchDocumentPack(), null, 2)}\n`);
}
