import { getCollection } from 'astro:content';
import type { ManualCard, ManualChapter } from '../../content/manual-schemas.ts';
import { manualStepIds } from './manual-answers.ts';

export interface ManualContent {
  chapters: ManualChapter[];
  card: ManualCard;
}

let cached: Promise<ManualContent> | undefined;

/** The manual's fixed text; the build fails when a chapter or the card is missing. */
export function loadManualContent(): Promise<ManualContent> {
  cached ??= (async () => {
    const entries = (await getCollection('manual')).map((entry) => entry.data);
    const chapters = entries.filter((e): e is ManualChapter => e.kind === 'chapter').sort((a, b) => a.order - b.order);
    const card = entries.find((e): e is ManualCard => e.kind === 'card');
    const missing = manualStepIds.filter((id) => !chapters.some((c) => c.id === id));
    if (!card || missing.length > 0) throw new Error(`manual content incomplete: ${missing.join(', ') || 'wall card'}`);
    return { chapters, card };
  })();
  return cached;
}
