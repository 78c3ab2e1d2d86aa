/**
 * Cross-checks of the guidebook content that a per-entry schema cannot express: both languages
 * present and aligned, and every cross-link pointing at something that exists. Pure, so the
 * build (through loadGuidebook) and unit tests run the same rules.
 */
export interface IntegrityInput {
  missionIds: string[];
  sectionsJa: {
    entryId: string;
    id: string;
    mission: string;
    order: number;
    kind: string;
    doNow?: { id: string }[] | undefined;
    threats: string[];
    actions: string[];
    glossary: string[];
    references: string[];
  }[];
  sectionsEn: { entryId: string; id: string; doNow?: { id: string }[] | undefined }[];
  glossaryIds: string[];
  referenceIds: string[];
}

export function findContentProblems(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const missions = new Set(input.missionIds);
  const glossary = new Set(input.glossaryIds);
  const references = new Set(input.referenceIds);
  const english = new Map(input.sectionsEn.map((entry) => [entry.entryId, entry]));
  const japanese = new Map(input.sectionsJa.map((entry) => [entry.entryId, entry]));
  const kindOf = new Map<string, string>();
  const seenIds = new Map<string, string>();
  const seenOrders = new Set<string>();

  for (const section of input.sectionsJa) {
    const where = `sections/${section.entryId}.ja.md`;
    const folder = section.entryId.split('/')[0];
    if (!missions.has(section.mission)) problems.push(`${where}: unknown mission "${section.mission}"`);
    if (folder !== section.mission)
      problems.push(`${where}: lies in folder "${folder}" but names mission "${section.mission}"`);
    if (section.entryId.split('/')[1] !== section.id)
      problems.push(`${where}: file name and id "${section.id}" differ`);
    const earlier = seenIds.get(section.id);
    if (earlier) problems.push(`${where}: section id "${section.id}" is also used by ${earlier}`);
    seenIds.set(section.id, where);
    const orderKey = `${section.mission}#${section.order}`;
    if (seenOrders.has(orderKey)) problems.push(`${where}: order ${section.order} is used twice in ${section.mission}`);
    seenOrders.add(orderKey);
    kindOf.set(section.id, section.kind);
  }

  for (const section of input.sectionsJa) {
    const where = `sections/${section.entryId}.ja.md`;
    const en = english.get(section.entryId);
    if (!en) {
      problems.push(`${where}: the English file ${section.entryId}.en.md is missing`);
    } else {
      if (en.id !== section.id)
        problems.push(`sections/${section.entryId}.en.md: id "${en.id}" differs from "${section.id}"`);
      const jaItems = (section.doNow ?? []).map((item) => item.id).join(',');
      const enItems = (en.doNow ?? []).map((item) => item.id).join(',');
      if (jaItems !== enItems) problems.push(`${where}: doNow ids differ between ja [${jaItems}] and en [${enItems}]`);
    }
    const doNowIds = (section.doNow ?? []).map((item) => item.id);
    if (new Set(doNowIds).size !== doNowIds.length) problems.push(`${where}: a doNow id is repeated`);
    for (const id of section.threats) {
      if (kindOf.get(id) !== 'threat') problems.push(`${where}: threats lists "${id}", which is not a threat section`);
    }
    for (const id of section.actions) {
      if (kindOf.get(id) !== 'action') problems.push(`${where}: actions lists "${id}", which is not an action section`);
    }
    for (const id of section.glossary) {
      if (!glossary.has(id)) problems.push(`${where}: glossary term "${id}" does not exist`);
    }
    for (const id of section.references) {
      if (!references.has(id)) problems.push(`${where}: reference "${id}" does not exist`);
    }
  }

  for (const entry of input.sectionsEn) {
    if (!japanese.has(entry.entryId)) problems.push(`sections/${entry.entryId}.en.md: has no Japanese file`);
  }
  return problems;
}
