// The local authority notification: the school always tells the LA when it commissions AP (P11, DOMAIN.md §6.4).
import type { DefaultTemplate } from '../model';
import { heading, onlyIf, paragraph, table, title } from './blocks';

export const LA_NOTIFICATION: DefaultTemplate = {
  name: 'Local authority notification',
  documentType: 'LA notification',
  scope: 'placement',
  required: [
    'Pupil name',
    'UPN',
    'Date of birth',
    'Route',
    'Provider',
    'Start date',
    'School name',
    'Local authority',
    // Only where used: the off-site direction's notice date, the looked-after pupil's contacts (P8).
    'Parent notice date',
    'Social worker',
    'Virtual school email',
  ],
  blocks: [
    title('Notification of alternative provision'),
    paragraph('To: {{Local authority}} ({{LA notification email}})'),
    paragraph('From: {{School name}}, URN {{School URN}}'),
    paragraph('Date: {{Today}} · Our reference: {{Placement ID}}'),
    paragraph(
      'We are writing to tell you that we are commissioning alternative provision for the pupil below, as the Department for Education’s guidance “Arranging alternative provision” (February 2025) asks schools always to do. The pupil stays on our admission register throughout, and we stay responsible for their education and safety.',
    ),
    heading('The pupil'),
    table(
      ['Pupil', ''],
      ['Name', '{{Pupil name}}'],
      ['UPN', '{{UPN}}'],
      ['Date of birth', '{{Date of birth}}'],
      ['Year group', '{{Year group}}'],
      ['Special educational needs', '{{SEN status}}'],
      ['Looked after', '{{Looked after}}'],
    ),
    ...onlyIf(
      'Looked after',
      paragraph(
        'The pupil is looked after. Social worker: {{Social worker}} ({{Social worker email}}). Virtual school: {{Virtual school email}}. We are planning and reviewing the placement with them.',
      ),
    ),
    ...onlyIf(
      'SEN status = EHCP',
      paragraph(
        'The pupil has an education, health and care plan. Our SENDCO, {{SENDCO name}} ({{SENDCO email}}), makes sure that the placement delivers the provision it sets out, and looks at this at every review.',
      ),
    ),
    heading('The provider'),
    table(
      ['Provider', ''],
      ['Name', '{{Provider}}'],
      ['Registration', '{{Registration}}'],
      ['URN', '{{URN}}'],
      ['UKPRN', '{{UKPRN}}'],
      ['Setting type (census)', '{{Setting type}}'],
      ['Address', '{{Address}}'],
      ['Where this pupil is taught, if elsewhere', '{{Delivery site}}'],
      ['Other sites the provider uses', '{{Other sites}}'],
      ['Contact', '{{Contact name}}, {{Contact email}}, {{Contact phone}}'],
      ['Designated safeguarding lead', '{{DSL name}}, {{DSL email}}'],
    ),
    heading('The placement'),
    table(
      ['Placement', ''],
      ['Route', '{{Route}}'],
      ['Reason', '{{Reason}}'],
      ['Start date', '{{Start date}}'],
      ['Planned end date', '{{Planned end date}}'],
      ['Days and sessions', '{{Session timetable}}'],
      ['Hours per week', '{{Hours per week}}'],
      ['Attendance code', '{{Attendance code}}'],
      ['Transport', '{{Transport}}'],
      ['Transport checks', '{{Transport checks date}}'],
    ),
    ...onlyIf(
      'Route = Off-site direction',
      paragraph(
        'This is an off-site direction to improve behaviour under the Education (Educational Provision for Improving Behaviour) Regulations 2010. Written notice was given to the parents or carers on {{Parent notice date}}.',
      ),
    ),
    heading('Consent and safeguarding'),
    table(
      ['Step', 'Date'],
      ['Initial meeting with parents/carers, pupil and provider', '{{Initial meeting date}}'],
      ['Parent/carer agreement signed', '{{Parent agreement signed}}'],
      ['Provider agreement signed', '{{Provider agreement signed}}'],
      ['Pupil’s risk assessment', '{{Placements: Risk assessment date}}'],
      ['Provider’s risk assessment', '{{Providers: Risk assessment date}}'],
      ['Provider’s safeguarding confirmation received', '{{Safeguarding confirmation received}}'],
      ['Provider’s safeguarding confirmation expires', '{{Safeguarding confirmation expires}}'],
      ['Provider’s insurance expires', '{{Insurance expiry}}'],
      ['Our last quality assurance visit to the provider', '{{Last QA visit}}'],
    ),
    heading('Reviews'),
    paragraph(
      'We review the placement at least every half-term, and at least every {{Review every (weeks)}} weeks, with the pupil, the parents or carers and the provider. Planned review dates this school year: {{Review dates}}.',
    ),
    heading('Contact'),
    paragraph(
      'Please contact {{Head of Pastoral Care name}}, Head of Pastoral Care ({{Head of Pastoral Care email}}), with any questions. Our designated safeguarding lead is {{Settings: DSL name}} ({{Settings: DSL email}}).',
    ),
    paragraph('Yours faithfully,'),
    paragraph('{{Head teacher name}}, Head teacher, {{School name}}'),
  ],
};
