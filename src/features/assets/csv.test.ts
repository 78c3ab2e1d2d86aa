import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from './csv.ts';

describe('CSV', () => {
  it('writes a BOM, quotes what needs quoting and ends lines with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'd"e', 'f\ng', 1]])).toBe('\uFEFFa,"b,c","d""e","f\ng",1\r\n');
  });

  it('reads back what it wrote', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'あ', ',', '"', '\n', '\r\n', ' ', '=') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 0;
        const square = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
        expect(parseCsv(writeCsv(square))).toEqual(square);
      }),
    );
  });

  it('reads files saved without BOM and with LF only', () => {
    expect(parseCsv('x,y\n1,2\n')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
  });
});
