// The personalised plan: objectives, baseline, assessment, timeframe and next steps (P3, DOMAIN.md §6.3).
import type { DefaultTemplate } from '../model';
import { heading, onlyIf, paragraph, signatures, subheading, table, title, unless } from './blocks';

export const PERSONALISED_PLAN: DefaultTemplate = {
  name: 'Personalised plan',
  documentType: 'Personalised plan',
  scope: 'placement',
  // P3: objectives, a baseline to measure against, and how progress is assessed and monitored.
  required: [
    'Pupil name',
    'Provider',
    'Start date',
    'Planned end date',
    'Objectives',
    'Baseline',
    'Assessment arrangements',
  ],
  blocks: [
    title('Personalised plan for {{Pupil name}}'),
    paragraph('{{School name}} · placement {{Placement ID}} · written {{Today}}'),
    table(
      ['About the placement', ''],
      ['Pupil', '{{Pupil name}}'],
      ['Year group', '{{Year group}}'],
      ['Special educational needs', '{{SEN status}}'],
      ['Provider', '{{Provider}}'],
      ['Days and sessions', '{{Session timetable}}'],
      ['From', '{{Start date}}'],
      ['Until', '{{Planned end date}}'],
      ['School contact', '{{Head of Pastoral Care name}}, Head of Pastoral Care'],
    ),
    heading('Why this placement'),
    paragraph('{{Reason}}'),
    heading('What {{Pupil name}} is working towards'),
    // P10: targets are agreed at the initial meeting; said as agreed only once its date is recorded.
    ...onlyIf(
      'Initial meeting date',
      paragraph(
        'These are the objectives for improvement and attainment agreed at the initial meeting on {{Initial meeting date}}. We look at them together at every review.',
      ),
    ),
    ...unless(
      'Initial meeting date',
      paragraph(
        'These are the objectives for improvement and attainment we propose. We agree them with {{Pupil name}}, their parents or carers and the provider at the initial meeting, and look at them together at every review.',
      ),
    ),
    paragraph('{{Objectives}}'),
    heading('Where {{Pupil name}} is starting from'),
    paragraph('The baseline we will measure progress against:'),
    paragraph('{{Baseline}}'),
    heading('How progress is assessed and monitored'),
    paragraph('{{Assessment arrangements}}'),
    paragraph(
      'The provider tells the school about attendance at every session and reports on progress before each review. {{Head of Pastoral Care name}}, Head of Pastoral Care, keeps in regular touch with {{Pupil name}} and the provider throughout.',
    ),
    heading('Timeframe and reviews'),
    paragraph(
      'The placement runs from {{Start date}} to {{Planned end date}}. It is reviewed at least every half-term (every {{Review every (weeks)}} weeks at most) with {{Pupil name}}, {{Parent/carer name}} and the provider. At each review we ask: are the objectives being met, is {{Pupil name}} attending, and is the placement safe and meeting {{Pupil name}}’s needs?',
    ),
    ...onlyIf('Review dates', paragraph('Review dates this school year: {{Review dates}}.')),
    ...onlyIf(
      'SEN status = EHCP',
      subheading('Link to the EHCP'),
      paragraph(
        'This plan works towards the outcomes in {{Pupil name}}’s education, health and care plan. Our SENDCO, {{SENDCO name}}, makes sure that the placement delivers the provision the EHCP sets out, and what we learn at each review feeds into the EHCP’s annual review.',
      ),
    ),
    ...onlyIf(
      'SEN status = SEN support',
      subheading('Special educational needs support'),
      paragraph(
        '{{Pupil name}} has SEN support. Our SENDCO, {{SENDCO name}}, makes sure the provider has {{Pupil name}}’s support plan, so the same help continues on placement days.',
      ),
    ),
    ...onlyIf(
      'Looked after',
      subheading('Working with the social worker and the virtual school'),
      paragraph(
        'We share this plan with {{Pupil name}}’s social worker, {{Social worker}}, and the virtual school, and make sure it agrees with {{Pupil name}}’s personal education plan.',
      ),
    ),
    heading('Next steps'),
    ...onlyIf('Reintegration plan', paragraph('{{Reintegration plan}}')),
    ...unless(
      'Reintegration plan',
      paragraph(
        'To agree at the first review: whether {{Pupil name}} returns to school full time, or moves on to further education, training or work, and how we get there.',
      ),
    ),
    ...onlyIf(
      'Achievements',
      subheading('What {{Pupil name}} achieved'),
      paragraph('{{Achievements}}'),
    ),
    ...onlyIf(
      'Pupil’s own assessment',
      subheading('What {{Pupil name}} thought of the placement'),
      paragraph('{{Pupil’s own assessment}}'),
    ),
    heading('Agreed by'),
    signatures('Pupil', 'Parent/carer', 'For {{Provider}}', 'For {{School name}}'),
  ],
};
