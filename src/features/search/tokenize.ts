/**
 * Tokens for search in Japanese and English. Japanese has no spaces between words, so
 * Intl.Segmenter splits it into words; NFKC folds full-width letters and digits (ＵＳＢ → USB)
 * and lower-casing makes USB, usb and Usb the same token.
 */
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

// Particles and auxiliaries that match almost every Japanese document and carry no meaning alone.
const stopwords = new Set([
  'の',
  'に',
  'を',
  'は',
  'が',
  'と',
  'で',
  'へ',
  'も',
  'や',
  'か',
  'な',
  'て',
  'た',
  'だ',
  'し',
  'する',
  'です',
  'ます',
  'こと',
  'もの',
  'ため',
  'よう',
  'これ',
  'それ',
  'あり',
  'ない',
  'いる',
  'ある',
  'から',
  'まで',
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'for',
  'is',
  'are',
  'be',
  'it',
  'by',
  'with',
  'as',
  'at',
]);

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const katakana = /^[\u30a0-\u30ff]+$/;

/**
 * Word tokens of a text. ICU splits long katakana loanwords (ランサムウェア → ラン|サム|ウェア), so
 * a run of adjacent katakana words is also kept whole, which makes the loanword itself findable.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1) tokens.push(run.join(''));
    run = [];
  };
  for (const { segment, isWordLike } of segmenter.segment(normalizeText(text))) {
    const token = segment.trim();
    if (isWordLike && katakana.test(token)) run.push(token);
    else endRun();
    if (isWordLike && token !== '' && !stopwords.has(token)) tokens.push(token);
  }
  endRun();
  return tokens;
}
