import type { core as ja } from '../ja/core.ts';

/** English UI strings: core. The type makes a missing key a compile error. */
export const core: Record<keyof typeof ja, string> = {
  'site.name': 'Gokui',
  'site.tagline': 'Practical cyber security for small and medium enterprises',
  'site.description':
    'A free tool that brings together cyber security for small firms: read the guide, check where you stand, prepare, and respond.',
  'nav.skip': 'Skip to main content',
  'nav.primary': 'Main menu',
  'nav.home': 'Home',
  'nav.incident': 'Under attack?',
  'nav.incidentHint': 'What to do now and whom to call',
  'nav.languageSwitch': '日本語',
  'nav.languageSwitchLabel': 'このページを日本語で読む',
  'home.title': 'The first step to protecting your firm from cyber attacks',
  'home.lead':
    'Find out where you stand with a five-minute self-check, learn the measures in the guidebook, and decide in advance whom to call if something happens. No account needed.',
  'home.incidentTitle': 'If you think you have been attacked',
  'home.incidentBody': 'Before you switch anything off in a hurry, check what to do first and whom to contact.',
  'home.missionMapTitle': 'The guidebook at a glance',
  'home.missionMapLead': 'The guidebook has seven missions and an appendix. Start wherever you need.',
  'footer.sources':
    'Based on public material such as the Tokyo Metropolitan Government guidebook for SME cyber security and the IPA Information Security Guidelines for SMEs, written in our own words.',
  'footer.project': 'Gokui is an open-source project.',
  'error.404.title': 'Page not found',
  'error.404.body': 'The page you are looking for may have moved or been removed. Please check the address.',
  'error.500.title': 'Something went wrong',
  'error.500.body': 'Sorry for the trouble. Please try again in a moment. What you entered may not have been sent.',
  'api.invalidJson': 'The request body could not be read as JSON.',
  'api.unsupportedMediaType': 'Send the request with Content-Type: application/json.',
  'api.methodNotAllowed': 'This URL accepts only {allow}.',
  'api.rateLimited': 'Too many requests in a short time. Wait about {seconds} seconds and try again.',
  'error.backHome': 'Back to the home page',
  'error.forbiddenOrigin':
    'This request came from another site, so it was not accepted. Please reload the page and try again.',
  'error.payloadTooLarge': 'The data you sent is too large. Please make the file smaller and try again.',
  'nav.check': '5-minute check',
  'nav.risk': 'Risk',
  'home.toolsTitle': 'Tools you can use on your own',
  'home.riskBody':
    'For each piece of information you want to protect (customer list, accounting data and so on), see how much is at risk: high, medium or low. You can start from a list of typical assets.',
  'home.riskOpen': 'Calculate a risk',
  'home.riskStarters': 'See typical information assets',
  'home.accountBody': 'To save results and share them within your firm, create an organisation.',
  'home.accountOpen': 'Sign in or create an organisation',
  'nav.guide': 'Guidebook',
  'nav.glossary': 'Glossary',
  'nav.references': 'References',
  'nav.contacts': 'Contacts',
  'nav.search': 'Search',
  'nav.breadcrumb': 'You are here',
  'home.openGuide': 'Read the guidebook',
};
