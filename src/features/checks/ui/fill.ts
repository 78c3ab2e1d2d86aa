/** Fills {name} placeholders of a UI string passed to an island (islands do not load the dictionaries). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
