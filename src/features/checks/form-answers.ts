/** Form fields as answers: the first value of each name; names sent more than once are reported. */
export function pickAnswers(lists: Record<string, string[]>): {
  input: Record<string, unknown>;
  duplicates: string[];
} {
  // No prototype, so a field named __proto__ is kept (and reported as an unknown question).
  const input = Object.create(null) as Record<string, unknown>;
  const duplicates: string[] = [];
  for (const [name, values] of Object.entries(lists)) {
    input[name] = values[0];
    if (values.length > 1) duplicates.push(name);
  }
  return { input, duplicates };
}
