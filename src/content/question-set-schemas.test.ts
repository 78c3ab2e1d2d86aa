import { describe, expect, it } from 'vitest';
import { questionSetSchema } from './question-set-schemas.ts';
import { readFiveMinuteData } from '../features/checks/testing/five-minute-set.ts';

type Data = {
  choices: { id: string; points: number }[];
  parts: { id: string; questions: Record<string, unknown>[] }[];
  bands: { id: string; min: number; max: number }[];
  [key: string]: unknown;
};

const fresh = () => structuredClone(readFiveMinuteData()) as Data;
const messages = (data: unknown) => {
  const result = questionSetSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('question set schema', () => {
  it('accepts the five-minute check', () => {
    expect(messages(fresh())).toEqual([]);
  });

  it('rejects unknown keys and a missing translation', () => {
    const data = fresh();
    data['colour'] = 'red';
    (data.parts[0]!.questions[0]!['text'] as Record<string, string>)['en'] = ' ';
    const found = messages(data);
    expect(found).toContainEqual(expect.stringContaining('Unrecognized key'));
    expect(found).toContainEqual(expect.stringMatching(/^parts\.0\.questions\.0\.text\.en/));
  });

  it('rejects duplicate question ids and a related action outside Mission2', () => {
    const data = fresh();
    data.parts[1]!.questions[0]!['id'] = 'q01';
    data.parts[0]!.questions[1]!['actions'] = ['1-2'];
    const found = messages(data);
    expect(found).toContainEqual(expect.stringContaining('question "q01" is defined twice'));
    expect(found).toContainEqual(expect.stringMatching(/^parts\.0\.questions\.1\.actions\.0/));
  });

  it('rejects bands that leave a gap, overlap or miss the ends of the range', () => {
    const gap = fresh();
    gap.bands.find((band) => band.id === 'mostly')!.min = 71;
    expect(messages(gap)).toContainEqual(expect.stringContaining('no band covers 70…70'));
    const overlap = fresh();
    overlap.bands.find((band) => band.id === 'insufficient')!.max = 70;
    expect(messages(overlap)).toContainEqual(expect.stringContaining('overlap'));
    const low = fresh();
    low.bands.find((band) => band.id === 'critical')!.min = -24;
    expect(messages(low)).toContainEqual(expect.stringContaining('lowest total -25'));
    const high = fresh();
    high.bands.find((band) => band.id === 'perfect')!.max = 99;
    high.bands.find((band) => band.id === 'perfect')!.min = 99;
    high.bands.find((band) => band.id === 'mostly')!.max = 98;
    expect(messages(high)).toContainEqual(expect.stringContaining('highest total 100'));
  });

  it('rejects a condition on a later question or on a choice the question lacks', () => {
    const later = fresh();
    later.parts[0]!.questions[0]!['condition'] = { question: 'q02', anyOf: ['yes'] };
    expect(messages(later)).toContainEqual(expect.stringContaining('not an earlier question'));
    const choice = fresh();
    choice.parts[0]!.questions[1]!['condition'] = { question: 'q01', anyOf: ['sometimes'] };
    expect(messages(choice)).toContainEqual(expect.stringContaining('does not have'));
  });

  it('rejects SECURITY ACTION principles naming a question that does not exist', () => {
    const data = fresh();
    data['securityAction'] = { principles: ['q01', 'q02', 'q03', 'q04', 'q99'] };
    expect(messages(data)).toContainEqual(expect.stringContaining('"q99"'));
  });
});
