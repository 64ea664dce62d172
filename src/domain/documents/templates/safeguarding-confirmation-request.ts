// The letter asking a provider for written confirmation of its staff checks (P12, KCSIE, DOMAIN.md §6.5).
import type { DefaultTemplate } from '../model';
import { heading, onlyIf, paragraph, signatures, table, title } from './blocks';

const ANSWER = ['Check', 'Done for everyone? (Yes / No)', 'Notes'];

export const SAFEGUARDING_CONFIRMATION_REQUEST: DefaultTemplate = {
  name: 'Safeguarding confirmation request',
  documentType: 'Safeguarding confirmation request',
  // One letter per provider, whoever it teaches: the checks are on its staff, not on a pupil.
  scope: 'provider',
  required: ['Provider', 'Address', 'Contact name', 'School name', 'Settings: DSL name'],
  blocks: [
    title('Request for written confirmation of safeguarding checks'),
    paragraph('{{School name}} · {{Today}}'),
    paragraph('To: {{Contact name}}, {{Provider}}, {{Address}}'),
    paragraph('Dear {{Contact name}},'),
    paragraph(
      'Thank you for working with us. When we place a pupil with you, the pupil stays on our roll and our school stays responsible for their safety. Keeping Children Safe in Education asks us to have your written confirmation that you carry out the same checks on your staff that we carry out on ours.',
    ),
    paragraph(
      'Please complete the form below, sign it and return it to {{Settings: DSL name}}, our designated safeguarding lead, at {{Settings: DSL email}}. We cannot start or continue a placement with you until we have it, and we will ask you to confirm again each year.',
    ),
    paragraph('Thank you for your help.'),
    paragraph('Yours sincerely,'),
    paragraph('{{Settings: DSL name}}, Designated safeguarding lead, {{School name}}'),
    heading('1. Checks on your staff and volunteers'),
    paragraph(
      'Please confirm each check for every member of staff and every volunteer who works with, or has access to, our pupils, including anyone at another of your sites or working for a sub-contractor.',
    ),
    table(
      ANSWER,
      ['Identity checked', '', ''],
      ['Enhanced DBS certificate, with a check of the children’s barred list', '', ''],
      ['Right to work in the UK', '', ''],
      ['References taken up before the person started', '', ''],
      ['Prohibition from teaching check, for anyone who teaches', '', ''],
      ['Section 128 check, for managers and proprietors', '', ''],
      ['Further checks for anyone who has lived or worked outside the UK', '', ''],
      ['Qualifications checked, where the role needs them', '', ''],
      ['Every check recorded on a single central record', '', ''],
    ),
    heading('2. Your safeguarding arrangements'),
    paragraph('We have written in what we hold; please correct anything that has changed.'),
    table(
      ['Question', 'Your answer'],
      [
        'Your designated safeguarding lead: name and contact details',
        '{{DSL name}}, {{DSL email}}',
      ],
      ['Your child protection policy: date last reviewed (please send us a copy)', ''],
      ['Your procedure for allegations against staff and volunteers: date last reviewed', ''],
      ['Your risk assessments of your premises and activities: date last reviewed', ''],
      [
        'The addresses of every site where our pupils may be taught',
        '{{Address}}; {{Other sites}}',
      ],
    ),
    heading('3. Insurance'),
    ...onlyIf(
      'Insurance expiry',
      paragraph('Our records show your insurance runs until {{Insurance expiry}}; please confirm.'),
    ),
    table(
      ['Insurance', 'Your answer'],
      ['Insurer', ''],
      ['Policy number', ''],
      ['Cover (employer’s and public liability)', ''],
      ['Expiry date', ''],
    ),
    heading('4. Attendance'),
    paragraph(
      'We must follow up any absence on the same day, so we need to hear about attendance at every session as soon as it is known.',
    ),
    table(
      ['Attendance', 'Your answer'],
      ['The time by which you will send each morning’s attendance', ''],
      ['The time by which you will send each afternoon’s attendance', ''],
      ['Who will telephone us when a pupil does not arrive', ''],
    ),
    heading('5. Your confirmation'),
    paragraph(
      'I confirm that the checks above have been carried out and recorded for every member of staff and every volunteer who works with, or has access to, pupils placed by {{School name}}, and that I will tell the school at once if anything in this form changes.',
    ),
    signatures('For {{Provider}} (proprietor, manager or designated safeguarding lead)'),
  ],
};
