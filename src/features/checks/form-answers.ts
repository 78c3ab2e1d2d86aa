/** Form fields as answers: the first value of each name; names sent more than once are reported. */
export function readFormAnswers(form: FormData): { input: Record<string, unknown>; duplicates: string[] } {
  // No prototype, so a field named __proto__ is kept (and reported as an unknown question).
  const input = Object.create(null) as Record<string, unknown>;
  const duplicates: string[] = [];
  for (const [name, value] of form.entries()) {
    if (Object.prototype.hasOwnProperty.call(input, name)) {
      if (!duplicates.includes(name)) duplicates.push(name);
      continue;
    }
    input[name] = typeof value === 'string' ? value : null;
  }
  return { input, duplicates };
}
