/**
 * Whether a personal-data breach must be reported to the Personal Information Protection
 * Commission (PPC) and the persons told, under the Act on the Protection of Personal Information
 * as amended in 2022 (FACTS.md §8), and by when. Pure: no clock, no I/O — "today" is passed in.
 *
 * The duty applies to a leak, loss or damage of personal data, or the risk of one, when any of
 * these holds: special-care-required personal information (要配慮個人情報) is involved; misuse
 * could cause financial loss; it may have been done on purpose (e.g. unauthorised access); more
 * than 1,000 persons are involved. It does not apply when the data was protected by strong
 * encryption (or an equivalent measure) whose key was not leaked too.
 * Preliminary report (速報): promptly, about 3–5 days after discovery as a guide.
 * Final report (確報): within 30 days of discovery, 60 days when it may have been intentional.
 */

/** An answer to one question. "unsure" counts as a possible yes: the duty covers a risk of a leak too. */
export type AppiAnswer = 'yes' | 'no' | 'unsure';

export const appiAnswers = ['yes', 'no', 'unsure'] as const satisfies readonly AppiAnswer[];

/** The questions, in the order they are asked. */
export const appiQuestions = ['personal', 'sensitive', 'financial', 'intentional', 'over1000', 'encrypted'] as const;
export type AppiQuestion = (typeof appiQuestions)[number];

/** The four situations that make a report mandatory. */
export type AppiTrigger = 'sensitive' | 'financial' | 'intentional' | 'over1000';
export const appiTriggers = [
  'sensitive',
  'financial',
  'intentional',
  'over1000',
] as const satisfies readonly AppiTrigger[];

export type AppiAnswers = Record<AppiQuestion, AppiAnswer> & {
  /** The day the firm learnt of the leak, as a calendar date in Japan (YYYY-MM-DD). */
  discovered: string;
};

/** Days after discovery shown as the guide for the preliminary report (the guideline says about 3–5). */
export const PRELIMINARY_GUIDE_DAYS = 5;
export const FINAL_DAYS = 30;
export const FINAL_DAYS_INTENTIONAL = 60;

export interface AppiReportRequired {
  required: true;
  /** Situations answered "yes". */
  triggers: AppiTrigger[];
  /** Situations answered "unsure": they count, because a possible leak of that kind is covered too. */
  possibleTriggers: AppiTrigger[];
  discovered: string;
  /** The guide date for the preliminary report (discovery + 5 days). */
  preliminaryBy: string;
  /** The last day for the final report. */
  finalBy: string;
  finalDays: typeof FINAL_DAYS | typeof FINAL_DAYS_INTENTIONAL;
  /**
   * When intent is unknown the earlier deadline is given; this is the later one that applies if it
   * turns out the leak may have been caused on purpose.
   */
  finalByIfIntentional?: string;
  preliminaryOverdue: boolean;
  finalOverdue: boolean;
}

export interface AppiReportNotRequired {
  required: false;
  reason: 'no-personal-data' | 'encrypted' | 'no-trigger';
}

export type AppiAssessment = AppiReportRequired | AppiReportNotRequired;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date in the form YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date plus a number of days (calendar dates have no time zone, so UTC arithmetic is exact). */
export function addDays(date: string, days: number): string {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const japanDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Japan (UTC+9, no daylight saving) at the given instant, as YYYY-MM-DD. */
export function japanToday(now: Date): string {
  return japanDate.format(now);
}

/**
 * Decides whether the report is mandatory and computes the deadlines. Deadlines count calendar
 * days from the day after discovery: discovered 2026-11-25 → final report by 2026-12-25 (30 days)
 * or 2027-01-24 (60 days). `today` (Japan date) only decides whether a deadline has passed.
 */
export function assessAppiReport(answers: AppiAnswers, today: string): AppiAssessment {
  if (answers.personal === 'no') return { required: false, reason: 'no-personal-data' };
  if (answers.encrypted === 'yes') return { required: false, reason: 'encrypted' };
  const triggers = appiTriggers.filter((trigger) => answers[trigger] === 'yes');
  const possibleTriggers = appiTriggers.filter((trigger) => answers[trigger] === 'unsure');
  if (triggers.length === 0 && possibleTriggers.length === 0) return { required: false, reason: 'no-trigger' };

  const intentional = answers.intentional === 'yes';
  const finalDays = intentional ? FINAL_DAYS_INTENTIONAL : FINAL_DAYS;
  const preliminaryBy = addDays(answers.discovered, PRELIMINARY_GUIDE_DAYS);
  const finalBy = addDays(answers.discovered, finalDays);
  return {
    required: true,
    triggers,
    possibleTriggers,
    discovered: answers.discovered,
    preliminaryBy,
    finalBy,
    finalDays,
    ...(answers.intentional === 'unsure'
      ? { finalByIfIntentional: addDays(answers.discovered, FINAL_DAYS_INTENTIONAL) }
      : {}),
    preliminaryOverdue: today > preliminaryBy,
    finalOverdue: today > finalBy,
  };
}
