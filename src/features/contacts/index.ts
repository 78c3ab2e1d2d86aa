export { listContacts, contactEvents, regions, type Contact, type ContactEvent, type Region } from './contacts.ts';
export { filterContacts } from './filter-contacts.ts';
export { parseContactFilter, type ContactFilter } from './contact-filter.ts';
export { renderQuickListPdf } from './quick-list-pdf.ts';
export { telHref } from './tel-href.ts';
export { quickListResponse } from './ui/quick-list-route.ts';
export { default as ContactsPage } from './ui/contacts-page.astro';
