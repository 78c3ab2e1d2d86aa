import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { hasControlCharacters, readForm, readFormInput, readFormLists, readQuery } from './request-body.ts';
import { parseFields } from './parse-fields.ts';

const post = (body: BodyInit, type?: string) =>
  new Request('http://localhost/app/x', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppError) return `${error.status} ${error.code}`;
    throw error;
  }
  return 'ok';
}

describe('readForm', () => {
  it('reads URL-encoded and multipart forms, values in NFC', async () => {
    const decomposed = 'パ'.normalize('NFD');
    const encoded = await readForm(
      post(`name=${encodeURIComponent(decomposed)}&n=1`, 'application/x-www-form-urlencoded'),
    );
    expect(encoded).toEqual({ name: 'パ', n: '1' });
    const data = new FormData();
    data.set('name', decomposed);
    data.set('file', new File(['abc'], 'a.csv'));
    const input = await readFormInput(new Request('http://localhost/x', { method: 'POST', body: data }));
    expect(input.values).toEqual({ name: 'パ' });
    expect(await input.files['file']?.text()).toBe('abc');
  });

  it('refuses JSON, plain text and missing types with 415, a broken multipart body with 400', async () => {
    expect(await codeOf(readForm(post('{"a":1}', 'application/json')))).toBe('415 unsupported_media_type');
    expect(await codeOf(readForm(post('a=1', 'text/plain')))).toBe('415 unsupported_media_type');
    expect(await codeOf(readForm(post('a=1')))).toBe('415 unsupported_media_type');
    expect(await codeOf(readForm(post('--x\r\nbroken', 'multipart/form-data; boundary=x')))).toBe('400 bad_request');
    expect(await codeOf(readForm(post('a=1', 'multipart/form-data')))).toBe('400 bad_request');
  });

  it('refuses a body over the limit with 413 before parsing it', async () => {
    const body = 'a='.padEnd(2_000, 'x');
    expect(await codeOf(readForm(post(body, 'application/x-www-form-urlencoded'), { maxBytes: 1_000 }))).toBe(
      '413 payload_too_large',
    );
  });

  it('reads fields named like Object.prototype keys as ordinary fields', async () => {
    const body = 'constructor=a&toString=b&__proto__=c&__proto__=d';
    const { values, lists } = await readFormLists(post(body, 'application/x-www-form-urlencoded'));
    expect(Object.keys(lists)).toEqual(['constructor', 'toString', '__proto__']);
    expect(lists['__proto__']).toEqual(['c', 'd']);
    expect(values['constructor']).toBe('a');
    expect(Object.getPrototypeOf(await readForm(post(body, 'application/x-www-form-urlencoded')))).toBeNull();
  });

  it('reads query parameters the same way', () => {
    expect(readQuery(new URL(`http://localhost/x?q=${encodeURIComponent('カ\u3099')}`))).toEqual({ q: 'ガ' });
  });
});

describe('parseFields', () => {
  const schema = z.object({ name: z.string().trim().min(1).max(10), password: z.string().min(1) });

  it('names every field that holds control characters and keeps the other values (not secrets)', () => {
    const result = parseFields(schema, { name: 'a\u0000b', password: 'secret', note: 'ok' });
    expect(result).toEqual({
      ok: false,
      errors: { name: 'form.error.controlCharacters' },
      values: { name: 'a\u0000b', note: 'ok' },
    });
  });

  it('turns zod issues into one message per field', () => {
    const result = parseFields(schema, { name: '' }, (field) =>
      field === 'name' ? 'form.error.name' : 'form.error.required',
    );
    expect(result).toMatchObject({ ok: false, errors: { name: 'form.error.name', password: 'form.error.required' } });
  });

  it('dispatches form intents with a discriminated union', () => {
    const intents = z.discriminatedUnion('intent', [
      z.object({ intent: z.literal('rename'), name: z.string().min(1) }),
      z.object({ intent: z.literal('leave') }),
    ]);
    expect(parseFields(intents, { intent: 'leave' })).toEqual({ ok: true, value: { intent: 'leave' } });
    expect(parseFields(intents, { intent: 'nonsense' })).toMatchObject({
      ok: false,
      errors: { intent: 'form.error.invalid' },
    });
  });

  it('control characters are refused except tab, line feed and carriage return (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const expected = [...text].some((ch) => {
          const code = ch.codePointAt(0)!;
          return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
        });
        expect(hasControlCharacters(text)).toBe(expected);
      }),
    );
  });
});
