/**
 * The legal deadline countdowns of an incident record: the APPI preliminary (速報) and final (確報)
 * reports (FACTS.md §8), as dates and days left. The decision and the dates come from the
 * navigator's APPI computation, so the record and the anonymous answer page never disagree.
 * Pure: "today" (a Japan calendar date) is passed in.
 */
import { addDays, assessAppiReport, type AppiAnswers, type AppiAssessment } from '../incident/index.ts';

/** The earliest day of the 3–5 day guide for the preliminary report. */
export const PRELIMINARY_EARLIEST_DAYS = 3;

export interface Countdown {
  kind: 'preliminary' | 'final' | 'finalIfIntentional';
  /** The last day (YYYY-MM-DD). */
  by: string;
  /** For the preliminary report: the start of the 3–5 day guide. */
  from?: string;
  /** Calendar days from today to `by`; 0 on the day itself, negative once passed. */
  daysLeft: number;
  /** For final reports: 30 or 60. */
  days?: number;
}

export interface IncidentDeadlines {
  /** null while the APPI questions have not been answered. */
  assessment: AppiAssessment | null;
  countdowns: Countdown[];
}

/** Whole calendar days from one date to another (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * @param answers    the six APPI answers, or null when not answered yet
 * @param discovered the Japan date the firm learnt of the incident
 * @param today      today's Japan date
 */
export function computeIncidentDeadlines(
  answers: Omit<AppiAnswers, 'discovered'> | null,
  discovered: string,
  today: string,
): IncidentDeadlines {
  if (!answers) return { assessment: null, countdowns: [] };
  const assessment = assessAppiReport({ ...answers, discovered }, today);
  if (!assessment.required) return { assessment, countdowns: [] };
  const countdowns: Countdown[] = [
    {
      kind: 'preliminary',
      from: addDays(discovered, PRELIMINARY_EARLIEST_DAYS),
      by: assessment.preliminaryBy,
      daysLeft: daysBetween(today, assessment.preliminaryBy),
    },
    {
      kind: 'final',
      by: assessment.finalBy,
      days: assessment.finalDays,
      daysLeft: daysBetween(today, assessment.finalBy),
    },
  ];
  if (assessment.finalByIfIntentional) {
    countdowns.push({
      kind: 'finalIfIntentional',
      by: assessment.finalByIfIntentional,
      days: 60,
      daysLeft: daysBetween(today, assessment.finalByIfIntentional),
    });
  }
  return { assessment, countdowns };
}
