// The provider agreement: the per-pupil service level agreement with the provider (P10, DOMAIN.md §6.2).
import type { DefaultTemplate } from '../model';
import { heading, onlyIf, paragraph, signatures, table, title, unless } from './blocks';

export const PROVIDER_AGREEMENT: DefaultTemplate = {
  name: 'Provider agreement',
  documentType: 'Provider agreement',
  scope: 'placement',
  required: [
    'Pupil name',
    'Provider',
    'Address',
    'Start date',
    'Planned end date',
    'Session timetable',
    'School name',
    // KCSIE: the provider names its designated safeguarding lead.
    'DSL name',
    'Social worker',
  ],
  blocks: [
    title('Service level agreement for alternative provision'),
    paragraph('{{School name}} and {{Provider}} · placement {{Placement ID}} · {{Today}}'),
    heading('1. Who this agreement is between, and for how long'),
    paragraph(
      'This agreement is between {{School name}} (“the school”, URN {{School URN}}) and {{Provider}} (“the provider”), {{Address}}. It covers one pupil’s placement, from {{Start date}} to {{Planned end date}}, unless it is ended sooner as section 10 explains.',
    ),
    table(
      ['The pupil', ''],
      ['Name', '{{Pupil name}}'],
      ['Date of birth', '{{Date of birth}}'],
      ['Year group', '{{Year group}}'],
      ['Special educational needs', '{{SEN status}}'],
      ['Looked after', '{{Looked after}}'],
      ['Parent/carer', '{{Parent/carer name}}'],
    ),
    paragraph(
      '{{Pupil name}} stays on the school’s roll throughout. The school stays responsible for {{Pupil name}}’s education and safety; this agreement says what the provider does on the school’s behalf.',
    ),
    heading('2. The service'),
    paragraph('Why the school is commissioning this placement: {{Reason}}'),
    paragraph(
      'The provider will teach the programme set out in the plan below, with a clear focus on education and achievement, working towards suitable qualifications where it can, and helping {{Pupil name}} towards the next step: a return to school, further education, training or work.',
    ),
    table(
      ['The plan', ''],
      ['Objectives', '{{Objectives}}'],
      ['Baseline', '{{Baseline}}'],
      ['How progress is assessed', '{{Assessment arrangements}}'],
      ['Next steps', '{{Reintegration plan}}'],
    ),
    table(
      ['Sessions and places', ''],
      ['Days and sessions', '{{Session timetable}}'],
      ['Hours each week', '{{Hours per week}}'],
      ['First day', '{{Start date}}'],
      ['Planned last day', '{{Planned end date}}'],
      ['Provider’s address', '{{Address}}'],
      ['Where sessions take place, if elsewhere', '{{Delivery site}}'],
      ['Other sites the provider uses', '{{Other sites}}'],
    ),
    paragraph(
      'The provider will not teach {{Pupil name}} at any address not shown above, or sub-contract any part of the placement, without the school’s written agreement first. Any sub-contractor meets the same terms, and the school must always know the address where {{Pupil name}} is being taught.',
    ),
    heading('3. Supervision'),
    paragraph(
      '{{Pupil name}} is supervised by suitably checked staff at all times, including breaks, travel between sites and any activity away from the premises. The provider never sends {{Pupil name}} home early, or leaves them unsupervised, without telling the school first.',
    ),
    heading('4. Safeguarding'),
    paragraph(
      'The provider follows Keeping Children Safe in Education and its own child protection policy. Its designated safeguarding lead is {{DSL name}} ({{DSL email}}); the school’s is {{Settings: DSL name}} ({{Settings: DSL email}}).',
    ),
    paragraph(
      'Before the placement starts, and again every year, the provider gives the school written confirmation that it has carried out on all its staff and volunteers the checks the school carries out on its own.',
    ),
    paragraph(
      'The provider tells the school’s designated safeguarding lead on the same day about any safeguarding concern, any allegation against a member of its staff or a volunteer, and any accident or incident involving {{Pupil name}}. Where a child is at immediate risk of harm it contacts the police or children’s social care at once, and then the school.',
    ),
    ...onlyIf(
      'Looked after',
      paragraph(
        '{{Pupil name}} is looked after. The provider works with {{Pupil name}}’s social worker, {{Social worker}}, and the virtual school, through the school, and contributes to {{Pupil name}}’s personal education plan.',
      ),
    ),
    heading('5. Attendance'),
    paragraph(
      'The provider records {{Pupil name}}’s attendance at every session and tells the school the same day. If {{Pupil name}} is late or does not arrive, the provider tells the school straight away, so that the school can follow it up at once.',
    ),
    paragraph(
      'The provider does not suspend, exclude or send {{Pupil name}} home as a sanction: only the school’s head teacher can suspend or exclude. The provider talks to the school first about any behaviour that worries it.',
    ),
    heading('6. Reporting and reviews'),
    paragraph(
      'The provider reports on {{Pupil name}}’s progress against the plan as agreed above, and sends a short written report before each review. The placement is reviewed at least every half-term with the school, the provider, {{Pupil name}} and {{Pupil name}}’s parents or carers.',
    ),
    ...onlyIf('Review dates', paragraph('Review dates this school year: {{Review dates}}.')),
    heading('7. Health and safety, risk assessment, insurance and transport'),
    paragraph(
      'The provider keeps a current risk assessment of its premises and activities, and of {{Pupil name}} where the school asks for one, and shares it with the school. It holds employer’s and public liability insurance throughout the placement and tells the school at once if its cover lapses or changes.',
    ),
    table(
      ['What the school holds', 'Date'],
      ['Provider’s risk assessment', '{{Providers: Risk assessment date}}'],
      ['Pupil’s risk assessment', '{{Placements: Risk assessment date}}'],
      ['Provider’s insurance runs until', '{{Insurance expiry}}'],
      ['Provider’s safeguarding confirmation received', '{{Safeguarding confirmation received}}'],
    ),
    paragraph('Who arranges transport to and from the provider: {{Transport}}.'),
    ...onlyIf(
      'Transport = Provider',
      paragraph(
        'The provider arranges transport and confirms in writing to the school that every driver has an enhanced DBS check and that each vehicle is insured and roadworthy. The school uses the transport only once these checks are done.',
      ),
    ),
    heading('8. Data protection'),
    paragraph(
      'Each party handles personal information about {{Pupil name}} lawfully under UK data protection law, keeps it secure, uses it only for this placement and shares it only as this agreement needs. When the placement ends, the provider returns or securely deletes it, except what the law requires it to keep.',
    ),
    heading('9. Charges'),
    ...onlyIf(
      'Weekly cost (£)',
      paragraph(
        'The school pays £{{Weekly cost (£)}} a week for the placement. The provider invoices the school monthly, listing the sessions delivered; the school does not pay for sessions the provider cancels.',
      ),
    ),
    ...unless(
      'Weekly cost (£)',
      paragraph('Charges are as agreed in writing between the school and the provider.'),
    ),
    heading('10. Ending the agreement'),
    paragraph(
      'The school may end this agreement at once on safeguarding grounds: whenever a concern about {{Pupil name}}’s safety arises, the school reviews the placement immediately and ends it unless every concern has been fully addressed. The school may also end it at once if the provider no longer meets these terms. Otherwise either party may end it with two weeks’ notice in writing.',
    ),
    heading('Signatures'),
    signatures('For {{Provider}}', 'For {{School name}}'),
  ],
};
