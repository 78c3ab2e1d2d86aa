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
  type AppiAnswers,
  type AppiAssessment,
  type AppiTrigger,
} from './appi.ts';
