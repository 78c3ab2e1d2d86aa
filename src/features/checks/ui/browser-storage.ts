/**
 * What the islands keep in this browser (localStorage), never sent anywhere: the last result a
 * user chose to keep, and the answers of a check they have not finished. Storage may be
 * unavailable (private mode, settings): every access is guarded.
 */
export interface KeptResult {
  setId: string;
  version: number;
  /** The answers as in the result URL (see encodeAnswers). */
  code: string;
  savedAt: string;
}

export interface Draft {
  version: number;
  answers: Record<string, string>;
}

const keptKey = (setId: string) => `gokui.check.${setId}.result`;
const draftKey = (setId: string) => `gokui.check.${setId}.draft`;

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    const target = storage();
    if (!target) return false;
    if (value === undefined) target.removeItem(key);
    else target.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readKeptResult(setId: string): KeptResult | undefined {
  const value = read(keptKey(setId));
  if (!isRecord(value)) return undefined;
  const { version, code, savedAt } = value;
  if (typeof version !== 'number' || typeof code !== 'string' || typeof savedAt !== 'string') return undefined;
  return { setId, version, code, savedAt };
}

export function writeKeptResult(result: KeptResult | undefined, setId: string): boolean {
  return write(keptKey(setId), result);
}

export function readDraft(setId: string): Draft | undefined {
  const value = read(draftKey(setId));
  if (!isRecord(value) || typeof value['version'] !== 'number' || !isRecord(value['answers'])) return undefined;
  const answers: Record<string, string> = {};
  for (const [key, answer] of Object.entries(value['answers'])) if (typeof answer === 'string') answers[key] = answer;
  return { version: value['version'], answers };
}

export function writeDraft(setId: string, draft: Draft | undefined): boolean {
  return write(draftKey(setId), draft);
}
