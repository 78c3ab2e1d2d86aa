export { registerDocumentTables } from './org-tables.ts';
export { readPolicyStatus } from './documents-store.ts';
export {
  diffRoute,
  documentRoute,
  documentsRoute,
  downloadRoute,
  publicPolicyRoute,
  versionRoute,
} from './ui/documents-routes.ts';
export { default as DocumentsPage } from './ui/documents-page.astro';
export { default as DocumentPage } from './ui/document-page.astro';
export { default as VersionPage } from './ui/version-page.astro';
export { default as DiffPage } from './ui/diff-page.astro';
export { default as PublicPolicyPage } from './ui/public-policy-page.astro';
export { default as DocumentsFailure } from './ui/failure-page.astro';
