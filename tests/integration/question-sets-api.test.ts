/** The question-set API over HTTP on the built server (PRODUCT.md §7 "API contracts"). */
import { describe, expect, it } from 'vitest';
import { useEngineServer } from '../support/engines.ts';
import { schemaProblems } from '../support/openapi-schema.ts';

const ids = Array.from({ length: 25 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);

/** Answers with the given numbers of yes, partial and unknown answers in question order; the rest "no". */
function answers(counts: { yes?: number; partial?: number; unknown?: number }): Record<string, string> {
  const pattern = [
    ...Array<string>(counts.yes ?? 0).fill('yes'),
    ...Array<string>(counts.partial ?? 0).fill('partial'),
    ...Array<string>(counts.unknown ?? 0).fill('unknown'),
  ];
  return Object.fromEntries(ids.map((id, i) => [id, pattern[i] ?? 'no']));
}

describe('question-set API', () => {
  const server = useEngineServer('sqlite');

  const score = (body: unknown, init: { headers?: Record<string, string>; id?: string; slash?: boolean } = {}) =>
    fetch(`${server.url}/api/v1/question-sets/${init.id ?? 'five-minute-check'}/score${init.slash ? '/' : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('lists the question sets', async () => {
    const response = await fetch(`${server.url}/api/v1/question-sets`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as { questionSets: unknown[] };
    expect(body.questionSets).toContainEqual(
      expect.objectContaining({ id: 'five-minute-check', version: 1, questionCount: 25, min: -25, max: 100 }),
    );
    expect(schemaProblems(body.questionSets[0], 'QuestionSetSummary')).toEqual([]);
  });

  it('returns one set with its questions q01…q25, choices and bands', async () => {
    const response = await fetch(`${server.url}/api/v1/question-sets/five-minute-check`);
    expect(response.status).toBe(200);
    const set = (await response.json()) as {
      parts: { id: string; questions: { id: string; choices: { id: string; points: number }[] }[] }[];
      bands: { id: string; min: number; max: number }[];
    };
    expect(schemaProblems(set, 'QuestionSet')).toEqual([]);
    expect(set.parts.map((part) => part.id)).toEqual(['basic', 'employee', 'organization']);
    expect(set.parts.flatMap((part) => part.questions.map((q) => q.id))).toEqual(ids);
    expect(set.parts[0]!.questions[0]!.choices.map((c) => [c.id, c.points])).toEqual([
      ['yes', 4],
      ['partial', 2],
      ['no', 0],
      ['unknown', -1],
    ]);
  });

  it('answers 404 in the error shape for an unknown set', async () => {
    for (const response of [
      await fetch(`${server.url}/api/v1/question-sets/no-such-set`),
      await score({ answers: answers({ yes: 25 }) }, { id: 'no-such-set' }),
    ]) {
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toContain('no-such-set');
      expect(schemaProblems(body, 'Error')).toEqual([]);
    }
  });

  it.each([
    { total: 100, band: 'perfect', counts: { yes: 25 }, review: [] },
    { total: 98, band: 'mostly', counts: { yes: 24, partial: 1 }, review: [] },
    { total: 70, band: 'mostly', counts: { yes: 17, partial: 1 }, review: [] },
    { total: 69, band: 'insufficient', counts: { yes: 17, partial: 1, unknown: 1 }, review: ['q19'] },
    { total: 50, band: 'insufficient', counts: { yes: 12, partial: 1 }, review: [] },
    { total: 49, band: 'critical', counts: { yes: 12, partial: 1, unknown: 1 }, review: ['q14'] },
    { total: -25, band: 'critical', counts: { unknown: 25 }, review: ids },
  ])('scores a total of $total as "$band"', async ({ total, band, counts, review }) => {
    const response = await score({ answers: answers(counts) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ total, max: 100, band, review });
    expect(body['parts']).toEqual([
      expect.objectContaining({ id: 'basic', max: 20 }),
      expect.objectContaining({ id: 'employee', max: 52 }),
      expect.objectContaining({ id: 'organization', max: 28 }),
    ]);
    expect(schemaProblems(body, 'ScoreResult')).toEqual([]);
  });

  it('names every offending id: missing, unknown, extra and an unknown choice', async () => {
    const sent: Record<string, unknown> = { ...answers({ yes: 25 }), q04: 'sometimes', q10: 4, q26: 'yes', notes: 'x' };
    delete sent['q07'];
    delete sent['q25'];
    const response = await score({ answers: sent });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; message: string; details: { id: string; code: string }[] };
    };
    expect(body.error.code).toBe('invalid_answers');
    expect(body.error.message).not.toBe('');
    expect(body.error.details.map(({ id, code }) => [id, code])).toEqual([
      ['q04', 'invalid_choice'],
      ['q07', 'missing'],
      ['q10', 'invalid_choice'],
      ['q25', 'missing'],
      ['q26', 'unknown_question'],
      ['notes', 'unknown_question'],
    ]);
    expect(schemaProblems(body, 'Error')).toEqual([]);
  });

  it('refuses an empty answer set by naming all 25 questions', async () => {
    const response = await score({ answers: {} });
    const body = (await response.json()) as { error: { details: { id: string }[] } };
    expect(response.status).toBe(400);
    expect(body.error.details.map((detail) => detail.id)).toEqual(ids);
  });

  it('refuses a body that is not JSON, not of the right shape, or not sent as JSON', async () => {
    const notJson = await score('{"answers": ');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('invalid_json');

    const wrongShape = await score({ answer: answers({ yes: 25 }) });
    expect(wrongShape.status).toBe(400);
    expect(((await wrongShape.json()) as { error: { code: string } }).error.code).toBe('invalid_request');

    const form = await score('q01=yes', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
  });

  it('accepts a byte-order mark like the risk API, and refuses prototype keys and control characters by path', async () => {
    const withBom = await score(`\uFEFF${JSON.stringify({ answers: answers({ yes: 25 }) })}`);
    expect(withBom.status).toBe(200);
    const proto = await score(`{"answers":{"__proto__":"yes"}}`);
    expect(proto.status).toBe(400);
    expect(((await proto.json()) as { error: unknown }).error).toMatchObject({
      code: 'invalid_request',
      details: [{ path: 'answers.__proto__', code: 'forbidden_key' }],
    });
    const control = await score({ answers: { ...answers({ yes: 25 }), q01: 'yes\u0000' } });
    expect(control.status).toBe(400);
    expect(((await control.json()) as { error: { code: string } }).error.code).toBe('control_characters');
    for (const path of ['/api/v1/risk/evaluate', '/api/v1/question-sets/five-minute-check/score']) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '\uFEFF{}',
      });
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code, path).not.toBe('invalid_json');
    }
  });

  it('answers in Japanese when the client prefers it', async () => {
    const response = await score({ answers: {} }, { headers: { 'accept-language': 'ja,en;q=0.5' } });
    const body = (await response.json()) as { error: { message: string; details: { message: string }[] } };
    expect(body.error.message).toMatch(/[\u3040-\u30ff]/);
    expect(body.error.details[0]!.message).toBe('q01の答えを選んでください。');
  });

  it('answers 405 with Allow for other methods', async () => {
    const get = await fetch(`${server.url}/api/v1/question-sets/five-minute-check/score`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const del = await fetch(`${server.url}/api/v1/question-sets/five-minute-check`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET');
  });

  it('refuses a cross-site POST from a browser', async () => {
    const response = await score({ answers: answers({ yes: 25 }) }, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
  });

  it('answers alike through the server entry and through Astro (trailing slash), with the same headers', async () => {
    // The server entry answers `…/score` itself (budget P4); `…/score/` still goes through Astro.
    const bodies = [{ answers: answers({ yes: 20, partial: 3 }) }, { answers: { q01: 'maybe' } }, '{"answers": '];
    for (const body of bodies) {
      const direct = await score(body);
      const viaAstro = await score(body, { slash: true });
      expect(direct.status).toBe(viaAstro.status);
      expect(await direct.text()).toBe(await viaAstro.text());
      for (const header of ['content-type', 'cache-control', 'x-content-type-options', 'content-security-policy']) {
        expect(direct.headers.get(header), header).toBe(viaAstro.headers.get(header));
      }
    }
  });

  it('refuses a body above the size limit on the direct route, also when sent without a length', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ answers: {}, padding: 'x'.repeat(9 * 1024 * 1024) }));
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < big.length; at += 64 * 1024) controller.enqueue(big.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/api/v1/question-sets/five-minute-check/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string; details: unknown[] } }).error).toMatchObject({
      code: 'payload_too_large',
      details: [],
    });
    // The server is still there for the next client.
    expect((await score({ answers: answers({ yes: 25 }) })).status).toBe(200);
  });

  it('serves the OpenAPI 3.1 document describing these endpoints', async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/question-sets', '/question-sets/{id}', '/question-sets/{id}/score']),
    );
  });
});
