import './org-tables.ts';

export {
  handleIncidentList,
  handleNewIncident,
  handleIncidentDetail,
  newIncidentUrl,
  incidentReportResponse,
  type PageOutcome,
} from './ui/incident-pages.ts';
export { default as IncidentListView } from './ui/incident-list.astro';
export { default as IncidentNewView } from './ui/incident-new.astro';
export { default as IncidentDetailView } from './ui/incident-detail.astro';
/** For the action plan (C11): the action items that lessons learned produced. */
export { listIncidentActionItems, type IncidentActionItem } from './incident-store.ts';
export { computeIncidentDeadlines, type IncidentDeadlines, type Countdown } from './incident-deadlines.ts';
