import type { incident as ja } from '../ja/incident.ts';

/** English UI strings: incident navigator (/incident). The type makes a missing key a compile error. */
export const incident: Record<keyof typeof ja, string> = {
  'incident.title': 'Under attack?',
  'incident.metaDescription':
    'What to do now, what not to do, whom to call and the legal deadlines when you suspect a cyber attack or a data leak.',
  'incident.lead':
    'Stay calm and choose what fits. You will see what to do now, whom to contact and any legal deadlines, in that order.',
  'incident.firstTitle': 'Whatever happened, do these three things first',
  'incident.first.record': 'Note the time and what you noticed, and photograph the screen with a phone',
  'incident.first.keep': 'Leave the power on, and keep e-mails and files; delete nothing',
  'incident.first.report': 'Do not handle it alone: tell the person in charge (the first responder) at once',
  'incident.damageLevel':
    'If customers, partners or shareholders are affected, or personal data has leaked, it is damage level 3: the top executive (usually the president) and the incident manager take charge.',
  'incident.chooseTitle': 'What happened?',
  'incident.allContacts': 'See all desks for help and reporting',
  'incident.back': 'Choose a different event',
  'incident.region': 'Desks for',
  'incident.regionCurrent': '(shown)',
  'incident.jumpLabel': 'On this page',
  'incident.jumpContacts': 'Phone numbers to call',
  'incident.doTitle': 'Do this now',
  'incident.dontTitle': 'Do not',
  'incident.dontMark': 'Don’t',
  'incident.contactsTitle': 'Whom to contact',
  'incident.contactsLead': 'Desks for {region}, those you can phone first.',
  'incident.contactsNone': 'No desk deals with this event in particular. See the full list for general advice.',
  'incident.contactsAll': 'See every desk for this event, including general advice',
  'incident.dutiesTitle': 'Legal duties and deadlines',
  'incident.laws': 'Laws involved',
  'incident.nextTitle': 'Once things are under control',
  'incident.guideTitle': 'More in the guidebook',
  'incident.relatedTitle': 'Also check',
  'incident.recordTitle': 'Keep a record',
  'incident.recordBody':
    'Write down who did what and when, and whom you contacted, with the times. You will need it for reports and notifications, and for the review afterwards.',
  'incident.recordTime': 'Time',
  'incident.recordWhat': 'What happened, what was done, whom we contacted',
  'incident.recordWho': 'By',
  'incident.printTitle': 'Keep it on paper',
  'incident.printHint':
    'Print this answer on A4 with your browser’s print command (Ctrl+P or Command+P on a computer; "Print" in the share menu on a phone). Menus and forms are left out, and phone numbers are printed large.',
  'incident.printedFrom': '{url} (shown on {date})',
  'incident.sources': 'Sources',
  'incident.reviewedAt': 'Content reviewed on {date}',
  'incident.invalidQuery':
    'Some of the options in the address were not valid, so the standard view (desks for Tokyo) is shown.',
  'incident.appi.title': 'Personal data: must you report it?',
  'incident.appi.lead':
    'Answer six questions and give the day you found out. You will see whether the law requires a report to the Personal Information Protection Commission and notice to the people concerned, and by when. If you do not know an answer, choose "Not sure": a possible leak is covered too, so the check then leans towards a report being required.',
  'incident.appi.q.personal': 'Does the information that leaked (or may have leaked) include personal data?',
  'incident.appi.h.personal':
    'Information that identifies a person, such as customers, staff or contacts at partners: names, addresses, e-mail addresses, photos of faces and the like.',
  'incident.appi.q.sensitive': 'Does it include special-care-required personal information?',
  'incident.appi.h.sensitive':
    'Information that needs particular care, such as medical history, health check results, disabilities or criminal records.',
  'incident.appi.q.financial': 'Does it include data whose misuse could cause financial loss?',
  'incident.appi.h.financial': 'For example credit card numbers, or online-banking IDs and passwords.',
  'incident.appi.q.intentional': 'Could someone have caused it on purpose?',
  'incident.appi.h.intentional':
    'For example unauthorised access, ransomware, theft or an employee taking data. A mis-addressed e-mail or an item left behind is a "No".',
  'incident.appi.q.over1000': 'Are more than 1,000 people involved?',
  'incident.appi.h.over1000': 'If you cannot tell whether it is more than 1,000, choose "Not sure".',
  'incident.appi.q.encrypted': 'Was all of the data protected by strong encryption, with the key kept safe?',
  'incident.appi.h.encrypted':
    'Choose "Yes" only if it was encrypted with a recognised secure method and the key or password needed to decrypt it did not leak with it. If you are not certain, choose "Not sure".',
  'incident.appi.yes': 'Yes',
  'incident.appi.no': 'No',
  'incident.appi.unsure': 'Not sure',
  'incident.appi.discovered': 'Day you found out about the leak (or possible leak)',
  'incident.appi.discoveredHint': 'The day anyone in the firm first knew. Example: 2026-11-25',
  'incident.appi.submit': 'Check whether a report is required',
  'incident.appi.errorSummary': 'There is a problem. Please correct the following.',
  'incident.appi.error.choose': 'Choose "Yes", "No" or "Not sure".',
  'incident.appi.error.date': 'Enter the date in the form 2026-11-25.',
  'incident.appi.error.future': 'The date cannot be later than today. Enter the day you found out.',
  'incident.appi.resultTitle': 'Result',
  'incident.appi.requiredTitle': 'A report is required',
  'incident.appi.requiredBody':
    'The law requires a report to the Personal Information Protection Commission and notice to the people concerned.',
  'incident.appi.reasons': 'Why',
  'incident.appi.trigger.sensitive': 'It includes special-care-required personal information',
  'incident.appi.trigger.financial': 'It includes data whose misuse could cause financial loss',
  'incident.appi.trigger.intentional': 'It may have been caused on purpose',
  'incident.appi.trigger.over1000': 'More than 1,000 people are involved',
  'incident.appi.possible': '(possibly)',
  'incident.appi.discoveredOn': 'Found out on {date}',
  'incident.appi.preliminary':
    'Preliminary report: promptly; as a guide, by {date} (within about 3–5 days of finding out)',
  'incident.appi.final': 'Final report: by {date} (within {days} days of finding out)',
  'incident.appi.finalIfIntentional':
    'If it turns out the leak may have been caused on purpose, the final report is due by {date} (within 60 days).',
  'incident.appi.overdue': 'This date has passed. Report now, even though it is late.',
  'incident.appi.how':
    'Reports are made through the report form on the Personal Information Protection Commission’s website (in some industries, to the ministry in charge). Anything still unknown at the preliminary report is added in the final report.',
  'incident.appi.notify':
    'Tell the people concerned promptly, as the situation allows. If you cannot reach them, publish the facts and set up an enquiry point, or take a similar alternative measure.',
  'incident.appi.contractor':
    'If you handle the personal data for another company that outsourced the work to you, tell that company at once. Once you have told it, your firm no longer has its own duty to report.',
  'incident.appi.notRequiredTitle': 'No legal duty to report',
  'incident.appi.notRequired.no-trigger':
    'From your answers, none of the four situations that make a report compulsory applies. Still, keep a record of what happened and what you did, and consider telling the people concerned and apologising. If the situation changes, for example more people are involved or card numbers turn out to be included, check again.',
  'incident.appi.notRequired.no-personal-data':
    'No personal data is involved, so the reporting duty of the Act on the Protection of Personal Information does not apply. If the information was entrusted to you by a partner, tell them. Keep a record of what happened and what you did.',
  'incident.appi.notRequired.encrypted':
    'The data was protected by strong encryption and the key did not leak, so the reporting duty does not apply. If you have doubts about the encryption method or how the key was kept, check with the Personal Information Protection Commission. Keep a record of what happened and what you did.',
  'incident.appi.disclaimer':
    'This result is a guide based on your answers. If you are unsure, ask the Personal Information Protection Commission or a lawyer.',
  'incident.recordOpen': 'Open an incident record (sign in)',
  'incident.recordOpenHint':
    'If your organisation uses Gokui, open a record of this incident to keep the timeline, whom you informed and the legal deadlines in one place. Your answers on this page are carried over.',
};
