export {
  loadIncidentGuide,
  isIncidentEventId,
  incidentPath,
  type IncidentEvent,
  type IncidentEventId,
  type IncidentGuide,
} from './incident-guide.ts';
export {
  assessAppiReport,
  addDays,
  japanToday,
  isCalendarDate,
  appiQuestions,
  appiAnswers,
  PRELIMINARY_GUIDE_DAYS,
  type AppiAnswer,
  type AppiQuestion,
  type AppiAnswers,
  type AppiAssessment,
  type AppiTrigger,
} from './appi.ts';
export { contactsForEvent } from './event-contacts.ts';
export { default as IncidentIndexPage } from './ui/incident-index-page.astro';
export { default as IncidentEventPage } from './ui/incident-event-page.astro';
