import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from './cell-guard.ts';

describe('formula neutralisation', () => {
  it('makes text that starts a formula inert', () => {
    for (const text of ['=SUM(A1:A9)', '+81-3', '-1', '@cmd', '\t=1', '\r=1', "'=already"]) {
      expect(guardCell(text).startsWith("'")).toBe(true);
    }
    expect(guardCell('顧客名簿')).toBe('顧客名簿');
    expect(guardCell("'quoted")).toBe("'quoted");
  });

  it('round-trips every text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', "'", '\t', '\r', 'a', 'あ') }), (text) => {
        expect(unguardCell(guardCell(text))).toBe(text);
        expect(guardCell(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
