import { describe, expect, it } from 'vitest';
import { acceptanceBasis, assessAsset, residualOf } from './asset-risk.ts';
import { makeAsset, standardMatrix } from './test-assets.ts';

const matrix = standardMatrix();

describe('assessAsset', () => {
  it('raises importance for personal data and says why', () => {
    const assessment = assessAsset(
      matrix,
      makeAsset({ confidentiality: 1, integrity: 1, availability: 1, personal: true }),
    );
    expect(assessment.importance).toEqual({ importance: 3, ratedImportance: 1, forcedReason: 'personalData' });
    expect(assessment.inherent).toBeUndefined();
  });

  it('rates the inherent risk once threat and vulnerability are chosen', () => {
    const assessment = assessAsset(matrix, makeAsset({ confidentiality: 3, threat: 3, vulnerability: 3 }));
    expect(assessment.inherent).toMatchObject({ importance: 3, likelihood: 3, value: 9, level: 'high' });
  });
});

describe('residualOf', () => {
  it('uses the ratings after measures with the same importance', () => {
    const asset = makeAsset({
      confidentiality: 3,
      threat: 3,
      vulnerability: 3,
      treatment: 'reduce',
      residualThreat: 3,
      residualVulnerability: 1,
    });
    expect(residualOf(matrix, asset)).toMatchObject({ importance: 3, likelihood: 1, value: 3, level: 'medium' });
  });

  it('keeps the inherent risk when the firm accepts it without rating again', () => {
    const asset = makeAsset({ threat: 2, vulnerability: 2, treatment: 'accept' });
    expect(residualOf(matrix, asset)).toEqual(assessAsset(matrix, asset).inherent);
  });

  it('is unknown while measures are planned but not rated', () => {
    expect(residualOf(matrix, makeAsset({ threat: 2, vulnerability: 2, treatment: 'reduce' }))).toBeUndefined();
    expect(residualOf(matrix, makeAsset({ treatment: 'accept' }))).toBeUndefined();
  });
});

describe('acceptanceBasis', () => {
  it('changes when anything the risk depends on changes, not for wording', () => {
    const asset = makeAsset({ threat: 2, vulnerability: 2, treatment: 'accept' });
    const reworded = { ...asset, note: 'changed', measures: 'more' };
    expect(acceptanceBasis(reworded)).toBe(acceptanceBasis(asset));
    expect(acceptanceBasis({ ...asset, threat: 3 })).not.toBe(acceptanceBasis(asset));
    expect(acceptanceBasis({ ...asset, myNumber: true })).not.toBe(acceptanceBasis(asset));
    expect(acceptanceBasis({ ...asset, confidentiality: 3 })).not.toBe(acceptanceBasis(asset));
  });
});
