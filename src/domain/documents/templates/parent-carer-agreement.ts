// The parent/carer agreement: the AP contract parents/carers sign at the initial meeting (P10, DOMAIN.md §6.1).
import type { DefaultTemplate, TemplateBlock } from '../model';
import { heading, onlyIf, paragraph, signatures, subheading, table, title, unless } from './blocks';

/**
 * Said after whoever arranges the transport (the school, the provider or the local authority): the
 * checks as done only once the school has recorded them, else what the school will do first. P7,
 * DOMAIN.md §5: transport is used only where every safeguarding check was carried out.
 */
const TRANSPORT_CHECKS: readonly TemplateBlock[] = [
  ...onlyIf(
    'Transport checks date',
    paragraph(
      'On {{Transport checks date}} the school confirmed that every safeguarding check on the driver and the vehicle was carried out.',
    ),
  ),
  ...unless(
    'Transport checks date',
    paragraph(
      'The school has not yet confirmed the safeguarding checks on the driver and the vehicle. We will check that every one is done before {{Pupil name}} first uses this transport, and {{Pupil name}} will not use it until they are.',
    ),
  ),
];

export const PARENT_CARER_AGREEMENT: DefaultTemplate = {
  name: 'Parent/carer agreement',
  documentType: 'Parent-carer agreement',
  scope: 'placement',
  // P10: parents/carers are told why, where and when before they sign.
  required: [
    'Pupil name',
    'Parent/carer name',
    'Reason',
    'Provider',
    'Address',
    'Start date',
    'Session timetable',
    'School name',
    // Required only where used: the off-site notice (2010 regulations) and the looked-after section (P8).
    'Contact name',
    'Number of days',
    'Social worker',
    'Virtual school email',
  ],
  blocks: [
    title('Our agreement about {{Pupil name}}’s alternative provision'),
    paragraph('{{School name}} · {{Today}}'),
    heading('Who this agreement is between'),
    paragraph(
      'This agreement is between {{School name}} (“the school”), {{Parent/carer name}} (“you”, as {{Pupil name}}’s parent or carer) and {{Pupil name}}. The school makes its own written agreement with {{Provider}} (“the provider”), saying what the provider will do; please ask if you would like to know more about it.',
    ),
    // P10: the initial meeting is said as held only once its date is recorded.
    ...onlyIf(
      'Initial meeting date',
      paragraph(
        'We met on {{Initial meeting date}} to talk about the placement, and we want you to be fully involved in it from start to finish.',
      ),
    ),
    ...unless(
      'Initial meeting date',
      paragraph(
        'Before the placement starts we will meet you, {{Pupil name}} and the provider to talk about it, and we want you to be fully involved in it from start to finish.',
      ),
    ),
    paragraph(
      'Please read this agreement, ask us about anything that is unclear, and sign it at the end.',
    ),
    heading('Why {{Pupil name}} is going to {{Provider}}'),
    paragraph(
      'We believe this placement is the right step for {{Pupil name}} now because: {{Reason}}',
    ),
    ...onlyIf(
      'Route = Off-site direction',
      subheading('Notice of an off-site direction'),
      paragraph(
        'The school is directing {{Pupil name}} to attend {{Provider}} to improve their behaviour. The law asks us to give you this written notice at least two school days before the first day. This notice is dated {{Today}}.',
      ),
      paragraph('Where {{Pupil name}} must attend: {{Provider}}, {{Address}}.'),
      paragraph('Who to report to on arrival: {{Contact name}}.'),
      paragraph(
        'When: from {{Start date}} to {{Planned end date}}, {{Number of days}} days in all, on {{Session timetable}}. The provider will give you its start and finish times for each session before the first day.',
      ),
      paragraph('Why: {{Reason}}'),
      paragraph('What we want the placement to achieve: {{Objectives}}'),
      paragraph(
        'You may ask the governing board in writing to review this direction. Please write to {{Head teacher name}} at the school. The governing board must hold a review when asked, unless it held one in the last 10 weeks.',
      ),
    ),
    heading('Where and when'),
    paragraph('{{Pupil name}} will attend {{Provider}}, {{Address}}.'),
    ...onlyIf('Delivery site', paragraph('Sessions take place at: {{Delivery site}}.')),
    ...onlyIf(
      'Other sites',
      paragraph(
        'The provider also uses these sites, and will tell the school before {{Pupil name}} goes to any of them: {{Other sites}}.',
      ),
    ),
    table(
      ['Timetable', ''],
      ['Days and sessions', '{{Session timetable}}'],
      ['Hours each week', '{{Hours per week}}'],
      ['First day', '{{Start date}}'],
      ['Planned last day', '{{Planned end date}}'],
    ),
    paragraph(
      'For the rest of the week {{Pupil name}} is expected in school as usual, unless we agree something different with you in writing.',
    ),
    heading('The plan'),
    paragraph(
      '{{Pupil name}} has a personalised plan, which we will go through with you. It says what we hope the placement will achieve, where {{Pupil name}} is starting from, and how we will all know that it is working.',
    ),
    table(
      ['The plan', ''],
      ['What we are working towards', '{{Objectives}}'],
      ['Where {{Pupil name}} is starting from', '{{Baseline}}'],
      ['How progress is checked', '{{Assessment arrangements}}'],
    ),
    ...onlyIf(
      'SEN status = EHCP',
      paragraph(
        'The plan is linked to {{Pupil name}}’s education, health and care plan (EHCP). Our SENDCO, {{SENDCO name}}, will make sure the placement gives {{Pupil name}} the support the EHCP sets out.',
      ),
    ),
    heading('Attendance'),
    paragraph(
      '{{Pupil name}} stays on the roll of {{School name}} throughout the placement, and the school stays responsible for {{Pupil name}}’s education. For every session {{Pupil name}} attends at the provider, the school marks its register with code {{Attendance code}} (attending approved education away from school). A missed session is recorded as an absence, just as it would be at school.',
    ),
    paragraph(
      'If {{Pupil name}} is ill or cannot attend, please tell both the provider and the school before the session starts. The provider tells us about attendance at every session, and we follow up every absence on the same day. If we cannot reach you and do not know where {{Pupil name}} is, we will follow our safeguarding procedures.',
    ),
    heading('Getting there, meals, equipment and behaviour'),
    ...onlyIf(
      'Transport = Parent/carer',
      paragraph(
        'By signing this agreement you agree to take {{Pupil name}} to and from the provider, or to arrange this.',
      ),
    ),
    ...onlyIf(
      'Transport = School',
      paragraph('The school arranges transport.'),
      ...TRANSPORT_CHECKS,
    ),
    ...onlyIf(
      'Transport = Provider',
      paragraph('The provider arranges transport.'),
      ...TRANSPORT_CHECKS,
    ),
    ...onlyIf(
      'Transport = Local authority',
      paragraph(
        'The local authority arranges transport. We will give you its details before the first day.',
      ),
      ...TRANSPORT_CHECKS,
    ),
    ...unless(
      'Transport',
      paragraph(
        'Please talk with us about how {{Pupil name}} will get to and from the provider, so that together we can make sure the journey is safe.',
      ),
    ),
    paragraph(
      'Meals: the provider will tell you whether lunch is provided. If {{Pupil name}} has free school meals, the school will make sure they still have them on placement days.',
    ),
    paragraph(
      'Equipment and clothing: the provider will tell you about any clothing, safety equipment or materials {{Pupil name}} needs. Please talk to us if the cost is a difficulty.',
    ),
    paragraph(
      'Behaviour: {{Pupil name}} is expected to follow the provider’s rules as well as the school’s behaviour policy. The provider will not send {{Pupil name}} home without speaking to the school first; only the school’s head teacher can suspend or exclude.',
    ),
    heading('Keeping {{Pupil name}} safe'),
    paragraph(
      'The school stays responsible for {{Pupil name}}’s safety while at the provider. Before the placement starts we obtain the provider’s written confirmation that it has made the same checks on its staff that we make on ours, and we check its risk assessment and insurance.',
    ),
    paragraph(
      'The provider’s designated safeguarding lead is {{DSL name}}; the school’s is {{Settings: DSL name}}. If you are ever worried about {{Pupil name}}’s safety, please tell either of them straight away. If any concern about {{Pupil name}}’s safety arises, we review the placement at once, and we will end it if that is what keeps {{Pupil name}} safe.',
    ),
    ...onlyIf(
      'Looked after',
      subheading('Working with {{Pupil name}}’s social worker and the virtual school'),
      paragraph(
        'Because {{Pupil name}} is looked after, we plan and review this placement with {{Pupil name}}’s social worker, {{Social worker}}, and the virtual school head ({{Virtual school email}}). Both are invited to every review, and we give each of them a copy of this agreement.',
      ),
    ),
    heading('Reviews'),
    paragraph(
      'We review the placement with you at least every half-term: is {{Pupil name}} attending, safe and making progress, and is the placement still meeting {{Pupil name}}’s needs? You and {{Pupil name}} are invited to every review, and the provider takes part.',
    ),
    ...onlyIf(
      'Review dates',
      paragraph(
        'Review dates this school year: {{Review dates}}. We will confirm each one with you beforehand.',
      ),
    ),
    ...unless(
      'Review dates',
      paragraph('We will agree the review dates with you at the start of the placement.'),
    ),
    heading('Afterwards'),
    ...onlyIf(
      'Reintegration plan',
      paragraph('What we plan for afterwards: {{Reintegration plan}}'),
    ),
    ...unless(
      'Reintegration plan',
      paragraph('We will agree with you at the first review what comes next for {{Pupil name}}.'),
    ),
    paragraph(
      'When the placement ends we record where {{Pupil name}} goes next (back to school, further education, training or work), what {{Pupil name}} achieved, and what {{Pupil name}} thought of the placement.',
    ),
    heading('Information and complaints'),
    paragraph(
      'The school and the provider share the information the placement needs: contact details, attendance, progress, and anything about health, special educational needs or safety that the provider must know to look after {{Pupil name}}. We share it securely and only for the placement, as our privacy notice explains. We also tell the local authority ({{Local authority}}) about the placement, as national guidance expects.',
    ),
    paragraph(
      'If you are unhappy with anything about the placement, please talk to {{Head of Pastoral Care name}}, our Head of Pastoral Care, first. If that does not put things right, our complaints procedure is on the school website or from the school office.',
    ),
    heading('What we each agree to'),
    table(
      ['Who', 'Agrees to'],
      [
        'The school',
        'keep {{Pupil name}} on roll and stay responsible for their education and safety; follow up every absence; review the placement with you at least every half-term; keep you informed',
      ],
      [
        '{{Parent/carer name}}',
        'make sure {{Pupil name}} attends every session on time; tell the provider and the school about any absence before the session; come to the reviews; tell us about any worry',
      ],
      [
        '{{Pupil name}}',
        'attend every session on time; follow the provider’s rules; work towards the plan; tell someone if anything is worrying them',
      ],
    ),
    heading('Signatures'),
    paragraph(
      'By signing, we each agree to the arrangements above, from {{Start date}} until the placement ends.',
    ),
    signatures('Parent/carer', 'Pupil', 'For {{School name}}'),
  ],
};
