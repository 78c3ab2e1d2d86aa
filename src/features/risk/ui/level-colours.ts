/**
 * Colours of the risk levels (大 red, 中 yellow, 小 blue), for SVG presentation attributes.
 * level-badge.astro uses the same values in CSS. Text colours reach 4.5:1 on each fill.
 */
import type { RiskLevel } from '../matrix.ts';

export const levelColours: Record<RiskLevel, { fill: string; text: string; border: string }> = {
  high: { fill: '#b3261e', text: '#ffffff', border: '#8c1d17' },
  medium: { fill: '#ffd43b', text: '#1a1a1a', border: '#8a6d00' },
  low: { fill: '#1c5fa8', text: '#ffffff', border: '#0f3f75' },
};
