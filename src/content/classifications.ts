/**
 * Classifications used across features (FACTS.md §10): 日本標準産業分類 大分類 A–T and the size
 * bands of the organisation form and the peer benchmark. One list, imported everywhere.
 */
export const industryCodes = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
] as const;

export type IndustryCode = (typeof industryCodes)[number];

export const sizeBands = ['micro', 'small', 'medium'] as const;

export type SizeBand = (typeof sizeBands)[number];
