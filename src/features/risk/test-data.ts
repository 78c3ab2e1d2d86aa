/** Test helper: reads the data files as the build does, without Astro. Used only by *.test.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { riskMatrixSchema } from '../../content/risk-schemas.ts';

const contentDir = join(import.meta.dirname, '../../content');

/** Every entry of every YAML list in a content folder, checked with the schema. */
export function readContentList<T extends z.ZodType>(folder: string, schema: T): z.infer<T>[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => (parse(readFileSync(join(dir, name), 'utf8')) as unknown[]).map((entry) => schema.parse(entry)));
}

export const matrixFiles = () => readContentList('risk-matrices', riskMatrixSchema);
