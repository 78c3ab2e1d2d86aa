import { accounts } from './en/accounts.ts';
import { assets } from './en/assets.ts';
import { checks } from './en/checks.ts';
import { checkResults } from './en/check-results.ts';
import { contacts } from './en/contacts.ts';
import { core } from './en/core.ts';
import { guide } from './en/guide.ts';
import { incident } from './en/incident.ts';
import { incidents } from './en/incidents.ts';
import { manual } from './en/manual.ts';
import { risk } from './en/risk.ts';
import { documents } from './en/documents.ts';
import type { MessageKey } from './ja.ts';

/** English UI strings. The type makes a missing key a compile error. */
export const en: Record<MessageKey, string> = {
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
};
