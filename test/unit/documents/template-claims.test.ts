// Every default template says a check, agreement or notice WAS done only where a column records it (issue 11; P7, P10–P12).
import type { DefaultTemplate } from '../../../src/domain/documents/model';
import { onlyIf, paragraph, unless } from '../../../src/domain/documents/templates/blocks';
import { DEFAULT_TEMPLATES } from '../../../src/domain/documents/templates';
import { completedWords, templateSentences, untiedClaims } from './completed-claims';

/**
 * Sentences that use a "done" word but promise or ask rather than report, each with why. Matched
 * exactly, so an edit to one of them is read again.
 */
const COMMITMENTS: ReadonlyMap<string, string> = new Map([
  [
    'Before the placement starts we obtain the provider’s written confirmation that it has made the same checks on its staff that we make on ours, and we check its risk assessment and insurance.',
    'a duty the school takes on (P12), not a report that the confirmation came',
  ],
  [
    'Before the placement starts, and again every year, the provider gives the school written confirmation that it has carried out on all its staff and volunteers the checks the school carries out on its own.',
    'a term of the agreement: what the provider will confirm (P12)',
  ],
  [
    'I confirm that the checks above have been carried out and recorded for every member of staff and every volunteer who works with, or has access to, pupils placed by {{School name}}, and that I will tell the school at once if anything in this form changes.',
    'the declaration the provider signs: its signature makes it true, not the school',
  ],
]);

const isCommitment = (sentence: string) => COMMITMENTS.has(sentence);

const template = (...blocks: DefaultTemplate['blocks']): DefaultTemplate => ({
  name: 'Test letter',
  documentType: 'Test letter',
  scope: 'placement',
  required: ['Parent notice date'],
  blocks,
});

describe('finding sentences that say something was done', () => {
  it.each([
    ['The school has checked that every check has been carried out.', ['checked', 'carried out']],
    ['We agreed that this is right.', ['agreed']],
    ['These are the objectives agreed at the initial meeting.', ['agreed']],
    ['Our SENDCO, {{SENDCO name}}, has shared the plan.', ['shared']],
    ['The school confirmed on {{Transport checks date}} that it was done.', ['confirmed', 'done']],
  ])('finds %p', (sentence, words) => {
    expect(completedWords(sentence)).toEqual(words);
  });

  it.each([
    'The school will check every safeguarding check before transport is used.',
    'The school has not yet confirmed the checks on the driver and the vehicle.',
    'The provider confirms in writing that each vehicle is insured.',
    'The school uses the transport only once these checks are done.',
    'Provider’s safeguarding confirmation received | {{Safeguarding confirmation received}}',
    'By signing, we each agree to the arrangements above.',
  ])('leaves alone %p: a promise, a negation or a label', (sentence) => {
    expect(completedWords(sentence)).toEqual([]);
  });

  it('fails an unconditional "has checked", and one kept when the column is blank', () => {
    const claim = 'The school has checked the transport.';
    expect(untiedClaims(template(paragraph(claim)))).toEqual([
      { template: 'Test letter', word: 'checked', sentence: claim },
    ]);
    expect(untiedClaims(template(...unless('Transport checks date', paragraph(claim))))).toEqual([
      expect.objectContaining({ word: 'checked' }),
    ]);
    expect(untiedClaims(template(...onlyIf('Transport = Provider', paragraph(claim))))).toEqual([
      expect.objectContaining({ word: 'checked' }),
    ]);
  });

  it('accepts a claim inside {{#if Column}} on the column that records it, even nested', () => {
    const claim = 'The school has checked the transport.';
    const nested = onlyIf(
      'Transport = Provider',
      ...onlyIf('Transport checks date', paragraph(claim)),
    );
    expect(untiedClaims(template(...nested))).toEqual([]);
    expect(untiedClaims(template(...onlyIf('LA notified', paragraph(claim))))).toEqual([
      expect.objectContaining({ word: 'checked' }),
    ]);
  });

  it('accepts a claim that shows a required column’s date: generation stops when it is blank', () => {
    const given = 'Written notice was given on {{Parent notice date}}.';
    expect(untiedClaims(template(paragraph(given)))).toEqual([]);
    const notRequired = { ...template(paragraph(given)), required: [] };
    expect(untiedClaims(notRequired)).toEqual([expect.objectContaining({ word: 'given' })]);
  });
});

describe('the default templates (DOMAIN.md §6)', () => {
  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s says a step was done only where the column that records it is filled',
    (_name, t) => {
      expect(untiedClaims(t, isCommitment)).toEqual([]);
    },
  );

  it('lists as commitments only sentences the templates still hold', () => {
    const sentences = new Set(
      DEFAULT_TEMPLATES.flatMap((t) => templateSentences(t).map((s) => s.text)),
    );
    expect([...COMMITMENTS.keys()].filter((s) => !sentences.has(s))).toEqual([]);
  });
});
