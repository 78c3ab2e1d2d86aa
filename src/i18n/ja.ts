import { accounts } from './ja/accounts.ts';
import { assets } from './ja/assets.ts';
import { checks } from './ja/checks.ts';
import { checkResults } from './ja/check-results.ts';
import { contacts } from './ja/contacts.ts';
import { core } from './ja/core.ts';
import { guide } from './ja/guide.ts';
import { incident } from './ja/incident.ts';
import { incidents } from './ja/incidents.ts';
import { manual } from './ja/manual.ts';
import { risk } from './ja/risk.ts';
import { documents } from './ja/documents.ts';

/**
 * Japanese UI strings, the source language, composed from one file per area so that features
 * can add their strings without touching each other's. Every key must exist in en.ts too.
 */
export const ja = {
  ...core,
  ...guide,
  ...contacts,
  ...accounts,
  ...incident,
  ...incidents,
  ...manual,
  ...checks,
  ...checkResults,
  ...risk,
  ...documents,
  ...assets,
} as const;

export type MessageKey = keyof typeof ja;
