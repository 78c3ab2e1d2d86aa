import { describe, expect, it } from 'vitest';
import { evaluateRisk, type RiskInput } from '../../src/features/risk/matrix.ts';
import { matrixFiles } from '../../src/features/risk/test-data.ts';
import { useEngineServer } from '../support/engines.ts';

const valid: RiskInput = {
  confidentiality: 2,
  integrity: 2,
  availability: 1,
  personalData: true,
  critical: false,
  threat: 3,
  vulnerability: 2,
};

describe('POST /api/v1/risk/evaluate on the built server', () => {
  const server = useEngineServer('sqlite', { API_RATE_LIMIT_PER_MINUTE: '100000' });
  const evaluate = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/v1/risk/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('answers 200 with importance, likelihood, value, level and the reason for a raised importance', async () => {
    const response = await evaluate(valid);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      importance: 3,
      likelihood: 2,
      value: 6,
      level: 'high',
      forcedReason: 'personalData',
      matrix: 'gokui-default',
    });
    const plain = await evaluate({ ...valid, personalData: false, threat: 1 });
    expect(await plain.json()).toEqual({
      importance: 2,
      likelihood: 1,
      value: 2,
      level: 'low',
      matrix: 'gokui-default',
    });
  });

  it('agrees with the default matrix for every one of the 972 inputs', async () => {
    const matrix = matrixFiles().find((each) => each.default)!;
    const inputs: RiskInput[] = [];
    for (const confidentiality of [1, 2, 3] as const)
      for (const integrity of [1, 2, 3] as const)
        for (const availability of [1, 2, 3] as const)
          for (const personalData of [false, true])
            for (const critical of [false, true])
              for (const threat of [1, 2, 3] as const)
                for (const vulnerability of [1, 2, 3] as const)
                  inputs.push({
                    confidentiality,
                    integrity,
                    availability,
                    personalData,
                    critical,
                    threat,
                    vulnerability,
                  });
    expect(inputs).toHaveLength(972);
    for (let start = 0; start < inputs.length; start += 16) {
      const batch = inputs.slice(start, start + 16);
      const answers = await Promise.all(batch.map(async (input) => (await evaluate(input)).json()));
      batch.forEach((input, index) => {
        const expected = evaluateRisk(matrix, input);
        expect(answers[index], JSON.stringify(input)).toMatchObject({
          importance: expected.importance,
          likelihood: expected.likelihood,
          value: expected.value,
          level: expected.level,
        });
      });
    }
  });

  it('answers 400 naming every out-of-range, wrong-type, missing and extra field', async () => {
    const response = await evaluate({
      confidentiality: 4,
      integrity: '2',
      availability: 0,
      personalData: 1,
      threat: 2.5,
      vulnerability: 3,
      owner: 'me',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as {
      error: { code: string; message: string; details: { field: string; code: string; message: string }[] };
    };
    expect(body.error.code).toBe('invalid_risk_input');
    expect(body.error.message).toMatch(/not valid/);
    expect(body.error.details.map(({ field, code }) => [field, code])).toEqual([
      ['confidentiality', 'out_of_range'],
      ['integrity', 'wrong_type'],
      ['availability', 'out_of_range'],
      ['personalData', 'wrong_type'],
      ['critical', 'missing'],
      ['threat', 'wrong_type'],
      ['owner', 'unknown_field'],
    ]);
    expect(body.error.details[4]?.message).toBe('critical is missing.');
  });

  it('answers in Japanese when the client prefers it', async () => {
    const response = await evaluate({ ...valid, threat: 9 }, { 'accept-language': 'ja,en;q=0.5' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; details: { message: string }[] } };
    expect(body.error.message).toContain('リスク計算の入力に問題があります');
    expect(body.error.details).toEqual([
      { field: 'threat', code: 'out_of_range', message: 'threat は 1、2、3 のどれかにしてください。' },
    ]);
  });

  it('refuses a body that is not a JSON object, broken JSON and other content types', async () => {
    const array = await evaluate([valid]);
    expect(array.status).toBe(400);
    expect(await array.json()).toMatchObject({
      error: { code: 'invalid_risk_input', details: [{ field: '$', code: 'not_object' }] },
    });
    const broken = await evaluate('{"confidentiality": 1,');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_json' } });
    const form = await fetch(`${server.url}/api/v1/risk/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'confidentiality=1',
    });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('allows only POST', async () => {
    const response = await fetch(`${server.url}/api/v1/risk/evaluate`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('refuses a cross-site POST from a browser', async () => {
    const response = await evaluate(valid, { origin: 'https://evil.example', cookie: 'a=1' });
    expect(response.status).toBe(403);
  });
});

describe('risk pages on the built server', () => {
  const server = useEngineServer('sqlite');

  it('answers a bad calculator input with 400, a translated summary and the good values kept', async () => {
    const response = await fetch(
      `${server.url}/en/risk?matrix=gokui-default&confidentiality=7&integrity=2&availability=1&threat=3&vulnerability=1`,
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('There is a problem with your answers');
    expect(html).toContain('Please choose Confidentiality again');
    expect(html).toMatch(/id="risk-integrity-2"[^>]*checked/);
    expect(html).not.toContain('data-testid="risk-result"');
  });

  it('renders a result with the highlighted heat-map cell', async () => {
    const response = await fetch(
      `${server.url}/risk?matrix=gokui-default&confidentiality=1&integrity=1&availability=1&critical=yes&threat=2&vulnerability=3`,
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-testid="risk-result"');
    expect(html).toMatch(/data-importance="3" data-likelihood="2" data-level="high" data-current="true"/);
    expect(html).toContain('事故が重大な結果につながるため、重要度を1から3に引き上げました。');
  });

  it('does not reflect an unknown asset or matrix id into the page', async () => {
    const payload = '<script>alert(1)</script>';
    const response = await fetch(
      `${server.url}/risk?asset=${encodeURIComponent(payload)}&matrix=${encodeURIComponent(payload)}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain(payload);
  });

  it('lists the starter assets, and refuses an unknown industry with 400', async () => {
    const ok = await fetch(`${server.url}/en/risk/starter-assets?industry=D`);
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).toContain('Site photos and construction records');
    expect(html).not.toContain('Patient and client records');
    const bad = await fetch(`${server.url}/en/risk/starter-assets?industry=Z`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('The industry you chose is not valid');
  });
});
