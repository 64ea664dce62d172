// What the default documents say was done follows what the sheet records (issue 11; P7, P10, DOMAIN.md §5–§6).
import { renderText } from '../../../src/domain/documents/render';
import { PARENT_CARER_AGREEMENT, PERSONALISED_PLAN } from '../../../src/domain/documents/templates';
import { awkwardValues } from './fixtures';

const agreement = (cells: Parameters<typeof awkwardValues>[0] = {}) =>
  renderText(PARENT_CARER_AGREEMENT.blocks, awkwardValues(cells));

const NOT_YET =
  "The school has not yet confirmed the safeguarding checks on the driver and the vehicle. We will check that every one is done before Aoife O'Brien first uses this transport, and Aoife O'Brien will not use it until they are.";
const CONFIRMED =
  'On 9 January 2026 the school confirmed that every safeguarding check on the driver and the vehicle was carried out.';

describe('the parent/carer agreement on transport (P7)', () => {
  it.each(['Provider', 'School', 'Local authority'])(
    'Transport %s with no Transport checks date: says the checks are still to do, never that they were done',
    (transport) => {
      const text = agreement({ Transport: transport });
      expect(text).toContain(NOT_YET);
      expect(text).not.toMatch(/has checked|carried out|have been done|has been done/);
    },
  );

  it.each(['Provider', 'School', 'Local authority'])(
    'Transport %s with a Transport checks date: says when the school confirmed them',
    (transport) => {
      const text = agreement({ Transport: transport, 'Transport checks date': '2026-01-09' });
      expect(text).toContain(CONFIRMED);
      expect(text).not.toContain('not yet confirmed');
    },
  );

  it('names who arranges the transport', () => {
    expect(agreement({ Transport: 'Provider' })).toContain('The provider arranges transport.');
    expect(agreement({ Transport: 'School' })).toContain('The school arranges transport.');
    expect(agreement({ Transport: 'Local authority' })).toContain(
      'The local authority arranges transport. We will give you its details before the first day.',
    );
  });

  it.each(['Parent/carer', 'None', ''])(
    'Transport %p: no sentence about checks on a driver, even with a date typed',
    (transport) => {
      const text = agreement({ Transport: transport, 'Transport checks date': '2026-01-09' });
      expect(text).not.toContain('driver and the vehicle');
    },
  );

  it('a family journey is something to agree, not something already agreed', () => {
    expect(agreement({ Transport: 'Parent/carer' })).toContain(
      "By signing this agreement you agree to take Aoife O'Brien to and from the provider",
    );
    expect(agreement({ Transport: '' })).toContain(
      "Please talk with us about how Aoife O'Brien will get to and from the provider",
    );
  });
});

describe('the initial meeting is said as held only once its date is recorded (P10)', () => {
  it('the agreement', () => {
    expect(agreement()).toContain('We met on 7 January 2026 to talk about the placement');
    const before = agreement({ 'Initial meeting date': '' });
    expect(before).toContain('Before the placement starts we will meet you');
    expect(before).not.toContain('We met');
  });

  it('the personalised plan', () => {
    const plan = (cells = {}) => renderText(PERSONALISED_PLAN.blocks, awkwardValues(cells));
    expect(plan()).toContain('agreed at the initial meeting on 7 January 2026');
    const before = plan({ 'Initial meeting date': '' });
    expect(before).toContain('These are the objectives for improvement and attainment we propose.');
    expect(before).not.toContain('agreed at the initial meeting');
  });
});
