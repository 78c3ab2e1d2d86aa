import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './api.ts';
import { riskEvaluatePath, riskEvaluateRequestSchema, riskEvaluateResultSchema } from './openapi.ts';
import { riskFields } from './risk-input.ts';
import { matrixFiles } from './test-data.ts';

const matrix = matrixFiles().find((each) => each.default)!;
const body = {
  confidentiality: 2,
  integrity: 2,
  availability: 1,
  personalData: true,
  critical: false,
  threat: 3,
  vulnerability: 2,
};

describe('evaluateRequest', () => {
  it('answers importance, likelihood, value, level, the reason and the matrix', () => {
    expect(evaluateRequest(matrix, body, 'en')).toEqual({
      ok: true,
      body: {
        importance: 3,
        likelihood: 2,
        value: 6,
        level: 'high',
        forcedReason: 'personalData',
        matrix: 'gokui-default',
      },
    });
  });

  it('leaves forcedReason out when nothing was raised', () => {
    const outcome = evaluateRequest(matrix, { ...body, personalData: false }, 'en');
    expect(outcome).toEqual({
      ok: true,
      body: { importance: 2, likelihood: 2, value: 4, level: 'medium', matrix: 'gokui-default' },
    });
  });

  it('names every bad field with a message in the client’s language', () => {
    const outcome = evaluateRequest(matrix, { ...body, threat: 5, critical: 'no', extra: true }, 'ja');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.code).toBe('invalid_risk_input');
    expect(outcome.message).toContain('リスク計算');
    expect(outcome.details.map(({ field, code }) => [field, code])).toEqual([
      ['critical', 'wrong_type'],
      ['threat', 'out_of_range'],
      ['extra', 'unknown_field'],
    ]);
    expect(outcome.details[1]?.message).toBe('threat は 1、2、3 のどれかにしてください。');
  });
});

describe('OpenAPI fragment', () => {
  it('describes exactly the fields the API accepts and answers', () => {
    expect(Object.keys(riskEvaluateRequestSchema.properties)).toEqual([...riskFields]);
    expect([...riskEvaluateRequestSchema.required]).toEqual([...riskFields]);
    const ok = evaluateRequest(matrix, body, 'en');
    if (!ok.ok) throw new Error('expected a result');
    expect(Object.keys(riskEvaluateResultSchema.properties).sort()).toEqual(Object.keys(ok.body).sort());
  });

  it('has examples that the API really answers', () => {
    const post = riskEvaluatePath.post;
    const request = post.requestBody.content['application/json'].examples.customerList.value;
    const response = post.responses['200'].content['application/json'].examples.customerList.value;
    expect(evaluateRequest(matrix, request, 'en')).toEqual({ ok: true, body: response });
  });
});
