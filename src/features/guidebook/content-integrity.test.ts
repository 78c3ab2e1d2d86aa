import { describe, expect, it } from 'vitest';
import { findContentProblems, type IntegrityInput } from './content-integrity.ts';

function validInput(): IntegrityInput {
  return {
    missionIds: ['mission1', 'mission2'],
    sectionsJa: [
      {
        entryId: 'mission1/1-2',
        id: '1-2',
        mission: 'mission1',
        order: 2,
        kind: 'threat',
        threats: [],
        actions: ['2-4'],
        glossary: ['ransomware'],
        references: ['ipa'],
      },
      {
        entryId: 'mission2/2-4',
        id: '2-4',
        mission: 'mission2',
        order: 4,
        kind: 'action',
        doNow: [{ id: 'back-up' }, { id: 'test-restore' }],
        threats: ['1-2'],
        actions: [],
        glossary: ['backup'],
        references: [],
      },
    ],
    sectionsEn: [
      { entryId: 'mission1/1-2', id: '1-2' },
      { entryId: 'mission2/2-4', id: '2-4', doNow: [{ id: 'back-up' }, { id: 'test-restore' }] },
    ],
    glossaryIds: ['ransomware', 'backup'],
    referenceIds: ['ipa'],
  };
}

describe('findContentProblems', () => {
  it('accepts consistent content', () => {
    expect(findContentProblems(validInput())).toEqual([]);
  });

  it('reports a missing English file and an orphan English file', () => {
    const input = validInput();
    input.sectionsEn = [
      { entryId: 'mission2/2-4', id: '2-4', doNow: [{ id: 'back-up' }, { id: 'test-restore' }] },
      { entryId: 'mission1/1-9', id: '1-9' },
    ];
    const problems = findContentProblems(input);
    expect(problems).toContainEqual(expect.stringContaining('1-2.en.md is missing'));
    expect(problems).toContainEqual(expect.stringContaining('1-9.en.md: has no Japanese file'));
  });

  it('reports doNow items that differ between languages', () => {
    const input = validInput();
    input.sectionsEn[1] = { entryId: 'mission2/2-4', id: '2-4', doNow: [{ id: 'test-restore' }, { id: 'back-up' }] };
    expect(findContentProblems(input)).toEqual([expect.stringContaining('doNow ids differ')]);
  });

  it('reports broken cross-links of every kind', () => {
    const input = validInput();
    input.sectionsJa[0]!.actions = ['2-99'];
    input.sectionsJa[0]!.glossary = ['no-such-term'];
    input.sectionsJa[0]!.references = ['no-such-ref'];
    input.sectionsJa[1]!.threats = ['2-4'];
    const problems = findContentProblems(input);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/"2-99", which is not an action/);
    expect(problems.join('\n')).toMatch(/glossary term "no-such-term"/);
    expect(problems.join('\n')).toMatch(/reference "no-such-ref"/);
    expect(problems.join('\n')).toMatch(/"2-4", which is not a threat/);
  });

  it('reports an unknown mission, a misplaced file and duplicate ids or orders', () => {
    const input = validInput();
    input.sectionsJa.push({
      entryId: 'mission2/2-4b',
      id: '2-4',
      mission: 'mission9',
      order: 4,
      kind: 'action',
      threats: [],
      actions: [],
      glossary: [],
      references: [],
    });
    input.sectionsEn.push({ entryId: 'mission2/2-4b', id: '2-4' });
    const text = findContentProblems(input).join('\n');
    expect(text).toMatch(/unknown mission "mission9"/);
    expect(text).toMatch(/folder "mission2" but names mission "mission9"/);
    expect(text).toMatch(/section id "2-4" is also used/);
    expect(text).toMatch(/file name and id "2-4" differ/);
  });
});
