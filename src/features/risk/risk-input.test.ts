import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRiskForm, parseRiskRequest, prefillQuery, riskFields } from './risk-input.ts';

const valid = {
  confidentiality: 2,
  integrity: 3,
  availability: 1,
  personalData: true,
  critical: false,
  threat: 3,
  vulnerability: 2,
};

describe('parseRiskRequest', () => {
  it('accepts the seven fields', () => {
    expect(parseRiskRequest(valid)).toEqual({ ok: true, input: valid });
  });

  it('names every bad field at once, in form order, with what is wrong', () => {
    const result = parseRiskRequest({
      confidentiality: 0,
      integrity: '2',
      availability: 2.5,
      personalData: 'yes',
      threat: 4,
      vulnerability: null,
      colour: 'red',
      extra: 1,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'confidentiality', code: 'out_of_range' },
        { field: 'integrity', code: 'wrong_type' },
        { field: 'availability', code: 'wrong_type' },
        { field: 'personalData', code: 'wrong_type' },
        { field: 'critical', code: 'missing' },
        { field: 'threat', code: 'out_of_range' },
        { field: 'vulnerability', code: 'wrong_type' },
        { field: 'colour', code: 'unknown_field' },
        { field: 'extra', code: 'unknown_field' },
      ],
    });
  });

  it('reports every field of an empty object as missing', () => {
    const result = parseRiskRequest({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(riskFields.map((field) => ({ field, code: 'missing' })));
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, [], 'x', 3, true]) {
      expect(parseRiskRequest(body)).toEqual({ ok: false, problems: [{ field: '$', code: 'not_object' }] });
    }
  });

  it('does not treat inherited names as fields', () => {
    const body = JSON.parse('{"__proto__": {"threat": 1}, "constructor": 1}') as unknown;
    const result = parseRiskRequest(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({ field: 'threat', code: 'missing' });
      expect(result.problems).toContainEqual({ field: 'constructor', code: 'unknown_field' });
    }
  });

  it('accepts exactly the valid bodies (property)', () => {
    const anyValue = fc.oneof(
      fc.integer({ min: -2, max: 5 }),
      fc.double(),
      fc.boolean(),
      fc.string(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...riskFields, 'other'), anyValue), (body) => {
        const result = parseRiskRequest(body);
        const fine =
          riskFields.every((field) => field in body) &&
          !('other' in body) &&
          ['confidentiality', 'integrity', 'availability', 'threat', 'vulnerability'].every((field) =>
            [1, 2, 3].includes(body[field] as number),
          ) &&
          typeof body['personalData'] === 'boolean' &&
          typeof body['critical'] === 'boolean';
        expect(result.ok).toBe(fine);
        if (!result.ok) {
          // Every field named is really wrong, and nothing is named twice.
          const named = result.problems.map((problem) => problem.field);
          expect(new Set(named).size).toBe(named.length);
        }
      }),
    );
  });
});

describe('parseRiskForm', () => {
  const form = (query: string) => parseRiskForm(new URLSearchParams(query), ['matrix', 'asset']);

  it('starts empty without a query', () => {
    expect(form('')).toEqual({
      submitted: false,
      values: { ratings: {}, personalData: false, critical: false },
      extras: { matrix: undefined, asset: undefined },
      problems: [],
    });
  });

  it('reads a complete form; unticked boxes mean no', () => {
    const result = form(
      'matrix=gokui-default&confidentiality=2&integrity=3&availability=1&personalData=yes&threat=3&vulnerability=2',
    );
    expect(result.problems).toEqual([]);
    expect(result.input).toEqual(valid);
    expect(result.extras['matrix']).toBe('gokui-default');
  });

  it('asks for every missing choice once the form is sent', () => {
    const result = form('matrix=gokui-default&confidentiality=2&threat=');
    expect(result.problems).toEqual([
      { field: 'integrity', code: 'missing' },
      { field: 'availability', code: 'missing' },
      { field: 'threat', code: 'missing' },
      { field: 'vulnerability', code: 'missing' },
    ]);
    expect(result.values.ratings).toEqual({ confidentiality: 2 });
    expect(result.input).toBeUndefined();
  });

  it('keeps the good values and names the bad ones', () => {
    const result = form(
      'matrix=x&confidentiality=7&integrity=2&availability=3&personalData=maybe&threat=1&threat=2&vulnerability=1',
    );
    expect(result.problems).toEqual([
      { field: 'confidentiality', code: 'out_of_range' },
      { field: 'personalData', code: 'out_of_range' },
      { field: 'threat', code: 'out_of_range' },
    ]);
    expect(result.values).toEqual({
      ratings: { integrity: 2, availability: 3, vulnerability: 1 },
      personalData: false,
      critical: false,
    });
  });

  it('lets a prefill link leave fields out but not send bad ones', () => {
    expect(form('confidentiality=3&personalData=yes').problems).toEqual([]);
    expect(form('confidentiality=3&personalData=yes').submitted).toBe(false);
    expect(form('confidentiality=4').problems).toEqual([{ field: 'confidentiality', code: 'out_of_range' }]);
  });

  it('round-trips a prefill query', () => {
    const query = prefillQuery(
      { confidentiality: 3, integrity: 1, personalData: true, critical: false },
      { asset: 'customer-list' },
    );
    expect(query).toBe('confidentiality=3&integrity=1&personalData=yes&asset=customer-list');
    const result = form(query);
    expect(result.values).toEqual({
      ratings: { confidentiality: 3, integrity: 1 },
      personalData: true,
      critical: false,
    });
    expect(result.extras['asset']).toBe('customer-list');
  });
});
