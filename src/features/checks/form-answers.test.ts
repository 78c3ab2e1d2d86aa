import { describe, expect, it } from 'vitest';
import { pickAnswers } from './form-answers.ts';

const listsOf = (fields: [string, string][]) => {
  const lists = Object.create(null) as Record<string, string[]>;
  for (const [name, value] of fields) (lists[name] ??= []).push(value);
  return lists;
};

describe('pickAnswers', () => {
  it('takes the first value of each field and reports fields sent twice', () => {
    const lists = listsOf([
      ['q01', 'yes'],
      ['q02', 'no'],
      ['q01', 'no'],
      ['q01', 'partial'],
    ]);
    expect(pickAnswers(lists)).toEqual({ input: { q01: 'yes', q02: 'no' }, duplicates: ['q01'] });
  });

  it('keeps a field named like an Object.prototype key as its own answer', () => {
    const lists = listsOf([
      ['constructor', 'yes'],
      ['toString', 'yes'],
      ['__proto__', 'yes'],
    ]);
    const { input, duplicates } = pickAnswers(lists);
    expect(Object.keys(input)).toEqual(['constructor', 'toString', '__proto__']);
    expect(duplicates).toEqual([]);
  });
});
