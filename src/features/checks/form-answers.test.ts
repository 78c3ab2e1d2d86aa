import { describe, expect, it } from 'vitest';
import { readFormAnswers } from './form-answers.ts';

describe('readFormAnswers', () => {
  it('takes the first value of each field and reports fields sent twice', () => {
    const form = new FormData();
    form.append('q01', 'yes');
    form.append('q02', 'no');
    form.append('q01', 'no');
    form.append('q01', 'partial');
    expect(readFormAnswers(form)).toEqual({ input: { q01: 'yes', q02: 'no' }, duplicates: ['q01'] });
  });

  it('turns an uploaded file into a value no choice can match', () => {
    const form = new FormData();
    form.append('q01', new Blob(['yes']), 'yes.txt');
    expect(readFormAnswers(form).input).toEqual({ q01: null });
  });

  it('keeps a field named like an Object.prototype key as its own answer', () => {
    const form = new FormData();
    form.append('constructor', 'yes');
    form.append('toString', 'yes');
    form.append('__proto__', 'yes');
    const { input, duplicates } = readFormAnswers(form);
    expect(Object.keys(input)).toEqual(['constructor', 'toString', '__proto__']);
    expect(duplicates).toEqual([]);
  });
});
