// The LA notification and safeguarding request emails: a covering note, then the default template filled.
import {
  laNotificationEmail,
  safeguardingRequestEmail,
} from '../../../src/domain/sidebar/email-message';
import { awkwardProviderValues, awkwardValues, SCHOOL_SETTINGS } from '../documents/fixtures';

const SCHOOL = SCHOOL_SETTINGS.schoolName ?? '';
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('the LA notification email', () => {
  const result = laNotificationEmail(
    awkwardValues(),
    { placementId: 'AP-0007', rowNumber: 2 },
    SCHOOL,
  );
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const { draft } = result;

  it('names the Placement ID, never the pupil, in its subject', () => {
    expect(draft.subject).toBe(`Notification of alternative provision AP-0007 – ${SCHOOL}`);
    expect(draft.subject).not.toContain('Aoife');
  });

  it('opens with a covering note, then the notification filled exactly as the document is', () => {
    expect(draft.body).toMatch(
      /^Dear colleague,\n\nWe are notifying you that St Aidan’s & St Hild’s/,
    );
    expect(draft.body).toContain(
      'Notification of alternative provision\nTo: Derbyshire (ap.notifications@derbyshire.example.gov.uk)',
    );
    expect(draft.body).toContain("Name | Aoife O'Brien");
    expect(draft.body).toContain('The pupil is looked after. Social worker: Dana Okafor');
    expect(draft.body).not.toMatch(/\{\{#|\{\{\/if/);
  });

  it('escapes every character in the HTML body', () => {
    const values = awkwardValues({ 'Pupil name': HOSTILE });
    const hostile = laNotificationEmail(values, { placementId: 'AP-0007', rowNumber: 2 }, SCHOOL);
    if (!hostile.ok) throw new Error('refused');
    expect(hostile.draft.body).toContain(HOSTILE);
    expect(hostile.draft.htmlBody).not.toContain('<img');
    expect(hostile.draft.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('refuses, naming each blank required value, as generating the document would', () => {
    const refused = laNotificationEmail(
      awkwardValues({ UPN: '', 'Social worker': '' }),
      { placementId: 'AP-0007', rowNumber: 2 },
      SCHOOL,
    );
    expect(refused).toEqual({
      ok: false,
      problems: [
        'Local authority notification for AP-0007 (Placements row 2): UPN is blank — fill it in on Placements, then try again',
        'Local authority notification for AP-0007 (Placements row 2): Social worker is blank — fill it in on Placements, then try again',
      ],
    });
  });
});

describe('the safeguarding confirmation request email', () => {
  it("greets the provider's DSL and carries the request filled for the provider", () => {
    const result = safeguardingRequestEmail(
      awkwardProviderValues(),
      { name: 'Riverside Skills Centre', rowNumber: 3, dslName: 'Sam Guard' },
      SCHOOL,
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.draft.subject).toBe(`Safeguarding confirmation request – ${SCHOOL}`);
    expect(result.draft.body).toMatch(/^Dear Sam Guard,\n\n/);
    expect(result.draft.body).toContain('Request for written confirmation of safeguarding checks');
    expect(result.draft.body).toContain(
      'To: Robin Tutor, Riverside Skills Centre, Unit 4, Mill Lane',
    );
  });
});
