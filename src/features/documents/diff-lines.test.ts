import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, diffSummary } from './diff-lines.ts';

const keep = (lines: ReturnType<typeof diffLines>, kinds: string[]) =>
  lines.filter((line) => kinds.includes(line.kind)).map((line) => line.text);

describe('diffLines', () => {
  it('marks added and removed lines and keeps the rest', () => {
    const lines = diffLines('第1条\n第2条 古い\n第3条', '第1条\n第2条 新しい\n第3条\n第4条');
    expect(lines).toEqual([
      { kind: 'same', text: '第1条' },
      { kind: 'removed', text: '第2条 古い' },
      { kind: 'added', text: '第2条 新しい' },
      { kind: 'same', text: '第3条' },
      { kind: 'added', text: '第4条' },
    ]);
    expect(diffSummary(lines)).toEqual({ added: 2, removed: 1 });
  });

  it('finds nothing to change between equal texts', () => {
    expect(diffSummary(diffLines('a\nb', 'a\nb'))).toEqual({ added: 0, removed: 0 });
    expect(diffLines('', '')).toEqual([]);
  });

  it('always rebuilds both texts and keeps a longest common part', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const lines = diffLines(before, after);
        expect(keep(lines, ['same', 'removed']).join('\n')).toBe(before);
        expect(keep(lines, ['same', 'added']).join('\n')).toBe(after);
        if (before === after) expect(diffSummary(lines)).toEqual({ added: 0, removed: 0 });
      }),
    );
  });
});
