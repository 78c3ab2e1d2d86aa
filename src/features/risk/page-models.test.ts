import { describe, expect, it } from 'vitest';
import { assetCategorySchema, assetStarterSchema } from '../../content/risk-schemas.ts';
import { calculatorModel, starterModel } from './page-models.ts';
import { matrixFiles, readContentList } from './test-data.ts';

const matrices = matrixFiles();
const categories = readContentList('asset-categories', assetCategorySchema);
const assets = readContentList('asset-starters', assetStarterSchema);
const url = (query: string) => new URL(`http://localhost/risk?${query}`);
const complete = 'confidentiality=1&integrity=2&availability=1&threat=3&vulnerability=3';

describe('calculatorModel', () => {
  it('shows an empty form with the default matrix on first visit', () => {
    const model = calculatorModel(url(''), matrices, assets);
    expect(model.status).toBe(200);
    expect(model.matrix.id).toBe('gokui-default');
    expect(model.problems).toEqual([]);
    expect(model.result).toBeUndefined();
  });

  it('evaluates a complete form with the chosen matrix', () => {
    const standard = calculatorModel(url(`${complete}&matrix=gokui-default`), matrices, assets);
    expect(standard.result).toMatchObject({ importance: 2, likelihood: 3, value: 6, level: 'high' });
    const strict = calculatorModel(
      url(`confidentiality=2&integrity=1&availability=1&threat=2&vulnerability=3&matrix=gokui-strict`),
      matrices,
      assets,
    );
    expect(strict.matrix.id).toBe('gokui-strict');
    expect(strict.result).toMatchObject({ value: 4, level: 'high' });
  });

  it('answers 400 with every problem in form order, keeping the matrix usable', () => {
    const model = calculatorModel(
      url('asset=nothing&matrix=unknown&vulnerability=9&confidentiality=2'),
      matrices,
      assets,
    );
    expect(model.status).toBe(400);
    expect(model.matrix.id).toBe('gokui-default');
    expect(model.problems.map((problem) => `${problem.field}:${problem.code}`)).toEqual([
      'integrity:missing',
      'availability:missing',
      'threat:missing',
      'vulnerability:out_of_range',
      'matrix:out_of_range',
      'asset:out_of_range',
    ]);
    expect(model.form.values.ratings).toEqual({ confidentiality: 2 });
    expect(model.result).toBeUndefined();
  });

  it('opens for a starter asset with its ratings filled in and nothing judged missing', () => {
    const model = calculatorModel(
      url('confidentiality=3&integrity=2&availability=2&personalData=yes&asset=customer-list'),
      matrices,
      assets,
    );
    expect(model.status).toBe(200);
    expect(model.asset?.name.ja).toBe('顧客名簿');
    expect(model.problems).toEqual([]);
    expect(model.form.values).toEqual({
      ratings: { confidentiality: 3, integrity: 2, availability: 2 },
      personalData: true,
      critical: false,
    });
  });
});

describe('starterModel', () => {
  const starter = (query: string) =>
    starterModel(new URL(`http://localhost/risk/starter-assets?${query}`), categories, assets);

  it('lists every asset without a filter, grouped by category', () => {
    const model = starter('');
    expect(model.status).toBe(200);
    expect(model.count).toBe(assets.length);
    expect(model.groups[0]?.category.id).toBe('sales');
  });

  it('filters by a JSIC letter', () => {
    const model = starter('industry=P');
    expect(model.industry).toBe('P');
    const ids = model.groups.flatMap((group) => group.assets.map((asset) => asset.id));
    expect(ids).toContain('care-records');
    expect(ids).not.toContain('drawings');
    expect(model.count).toBe(ids.length);
  });

  it('refuses an unknown letter, two letters or another parameter with 400 and shows everything', () => {
    for (const query of ['industry=Z', 'industry=e', 'industry=E&industry=D', 'sort=name']) {
      const model = starter(query);
      expect(model.status, query).toBe(400);
      expect(model.industry, query).toBeUndefined();
      expect(model.count, query).toBe(assets.length);
    }
  });
});
