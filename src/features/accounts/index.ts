export { handleAppRequest, appRoutes } from './app-handlers.ts';
export { registerOrgTable, type OrgTable } from './org-data-registry.ts';
export { openOrgScope, requirePermission, type OrgScope } from './organizations.ts';
export { can, roles, type Role, type Action } from './permissions.ts';
export { recordAudit } from './audit.ts';
export { openOrgPage, openOrgSession, type OrgPage } from './org-page.ts';
export { default as AppShell } from './ui/app-shell.astro';
export { default as AppNotice } from './ui/views/notice.astro';
