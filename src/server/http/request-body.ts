/**
 * The request pipeline's reading half: every page form, upload and JSON API body is read here,
 * once, the same way. A body that is too large, of another type or unreadable becomes an
 * AppError (413, 415, 400) that the caller's outcome turns into a translated page or the JSON
 * error; text comes out normalised to Unicode NFC. Control characters are kept so the field
 * that holds them can be named (parse-fields.ts, readJson) rather than silently stripped.
 */
import { MAX_BODY_BYTES } from '../limits.ts';
import { AppError, type ErrorDetail } from '../errors.ts';

/** String fields of a form or query, normalised to NFC. */
export type FormValues = Record<string, string>;

export interface FormInput {
  values: FormValues;
  /** File fields with content; an empty file input is left out. */
  files: Record<string, File>;
}

/** C0 controls and DEL, except tab, line feed and carriage return (a textarea sends CR LF). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * The body as bytes, refused with 413 past `maxBytes` whether or not the client sent a length
 * (a chunked body is counted as it arrives). The adapter cuts bodies past the server-wide limit
 * with an error of its own, which means the same.
 */
export async function readBodyBytes(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new AppError('payload_too_large');
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new AppError('payload_too_large');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof Error && /size limit/i.test(error.message)) throw new AppError('payload_too_large');
    throw new AppError('bad_request');
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * A posted form (URL-encoded or multipart) with its files. Any other content type is 415, a
 * broken body 400. Field names and values are NFC; the last value of a repeated name wins
 * except for `multiple` fields, which `readFormList` reads.
 */
export async function readFormInput(request: Request, options: { maxBytes?: number } = {}): Promise<FormInput> {
  const data = await readFormData(request, options.maxBytes);
  const values = fieldRecord<string>();
  const files = fieldRecord<File>();
  for (const [name, value] of data.entries()) {
    const key = name.normalize('NFC');
    if (typeof value === 'string') values[key] = value.normalize('NFC');
    else if (value.size > 0) files[key] = value;
  }
  return { values, files };
}

/** readFormInput without the files. */
export async function readForm(request: Request, options: { maxBytes?: number } = {}): Promise<FormValues> {
  return (await readFormInput(request, options)).values;
}

/** Every value of a repeated field (checkbox groups), NFC. */
export async function readFormLists(
  request: Request,
  options: { maxBytes?: number } = {},
): Promise<{ values: FormValues; lists: Record<string, string[]> }> {
  const data = await readFormData(request, options.maxBytes);
  const values = fieldRecord<string>();
  const lists = fieldRecord<string[]>();
  for (const [name, value] of data.entries()) {
    if (typeof value !== 'string') continue;
    const key = name.normalize('NFC');
    const text = value.normalize('NFC');
    values[key] = text;
    (lists[key] ??= []).push(text);
  }
  return { values, lists };
}

/**
 * A record for fields by name without a prototype: a field named `constructor` or `__proto__`
 * is an ordinary name, not a method of every object (which made `lists[name].push` fail).
 */
function fieldRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

async function readFormData(request: Request, maxBytes?: number): Promise<FormData> {
  const type = mediaType(request);
  if (!FORM_TYPES.has(type)) throw new AppError('unsupported_media_type');
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': request.headers.get('content-type')! },
    }).formData();
  } catch {
    throw new AppError('bad_request');
  }
}

/** Query parameters read like form fields (NFC), the last of a repeated name winning. */
export function readQuery(url: URL): FormValues {
  const values = fieldRecord<string>();
  for (const [name, value] of url.searchParams) values[name.normalize('NFC')] = value.normalize('NFC');
  return values;
}

/** Keys that would reach an object's prototype if code ever copied them onto one. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A JSON body: 415 unless `application/json`, 413 past the limit, 400 `invalid_json` when it
 * does not parse (a leading byte-order mark is allowed), 400 `control_characters` or
 * `invalid_request` naming each offending path. Strings and keys come out NFC.
 */
export async function readJson(request: Request, options: { maxBytes?: number } = {}): Promise<unknown> {
  if (mediaType(request) !== 'application/json') throw new AppError('unsupported_media_type');
  const bytes = await readBodyBytes(request, options.maxBytes);
  return parseJsonText(new TextDecoder().decode(bytes));
}

/** The JSON rules of readJson over text already read (the server entry's direct routes). */
export function parseJsonText(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new AppError('invalid_json');
  }
  const problems: ErrorDetail[] = [];
  const clean = normaliseJson(parsed, '', problems);
  if (problems.length > 0) {
    const code = problems.some((p) => p.code === 'control_characters') ? 'control_characters' : 'invalid_request';
    throw new AppError(code, { details: problems.slice(0, 50) });
  }
  return clean;
}

function normaliseJson(value: unknown, path: string, problems: ErrorDetail[]): unknown {
  if (typeof value === 'string') {
    if (hasControlCharacters(value)) problems.push({ path, code: 'control_characters' });
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((item, index) => normaliseJson(item, `${path}[${index}]`, problems));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [rawKey, item] of Object.entries(value)) {
      const key = rawKey.normalize('NFC');
      const here = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: here, code: 'forbidden_key' });
        continue;
      }
      if (hasControlCharacters(key)) problems.push({ path: here, code: 'control_characters' });
      out[key] = normaliseJson(item, here, problems);
    }
    return out;
  }
  return value;
}
