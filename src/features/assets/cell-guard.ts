/**
 * Formula neutralisation that round-trips. On export, text that a spreadsheet could read as a
 * formula (= + - @ tab CR first, possibly after apostrophes) gets one more leading apostrophe;
 * on import exactly one is taken off again. So a value that began with "=" is exported as inert
 * text and imported back as the same "=…" text, and a value that really begins with "'" stays
 * as it was.
 */
const guarded = /^'*[=+\-@\t\r]/;
const restorable = /^'+[=+\-@\t\r]/;

export function guardCell(text: string): string {
  return guarded.test(text) ? `'${text}` : text;
}

export function unguardCell(text: string): string {
  return restorable.test(text) ? text.slice(1) : text;
}
