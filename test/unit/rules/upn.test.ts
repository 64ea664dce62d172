// UPN format, check letter and LA number (DOMAIN.md §3.3; DfE unique pupil number guidance).
import { ENGLISH_LA_NUMBERS, localAuthorityOf } from '../../../src/domain/rules/la-numbers';
import { upnCheckLetter, upnProblems } from '../../../src/domain/rules/upn';
import { messages } from './fixtures';

describe('UPN check letter (DOMAIN.md §3.3)', () => {
  it('accepts the example B801200005001', () => {
    expect(upnCheckLetter('801200005001')).toBe('B');
    expect(upnProblems('B801200005001')).toEqual([]);
  });

  it('says which letter A801200005001 should have, naming the UPN column', () => {
    expect(messages(upnProblems('A801200005001'))).toEqual([
      'UPN: the check letter should be B, not A — check the UPN against the MIS',
    ]);
    expect(upnProblems('A801200005001')[0]).toMatchObject({ severity: 'error', column: 'UPN' });
  });

  it('counts a temporary UPN’s final letter as its place in the alphabet without I, O, S', () => {
    // 8·2+3·3+0·4+2·5+0+0+0+0+5·10+0+0+ (L = 10)·13 = 215; 215 mod 23 = 8 → J.
    expect(upnCheckLetter('83020000500L')).toBe('J');
    expect(upnProblems('J83020000500L')).toEqual([]);
    expect(messages(upnProblems('K83020000500L'))).toEqual([
      'UPN: the check letter should be J, not K — check the UPN against the MIS',
    ]);
    expect(messages(upnProblems('A83020000500O'))[0]).toMatch(
      /^UPN: a temporary UPN never ends in I, O or S/,
    );
  });

  it('reads a pasted UPN with spaces or in lower case', () => {
    expect(upnProblems(' b801 2000 05001 ')).toEqual([]);
  });

  it('says when the length or shape is wrong', () => {
    expect(messages(upnProblems('B80120000500'))[0]).toBe(
      "UPN: 'B80120000500' has 12 characters, not 13 (a letter then 12 digits) — check the UPN against the MIS",
    );
    expect(messages(upnProblems('B8012000O5001'))[0]).toMatch(/should be a letter then 12 digits/);
    expect(messages(upnProblems('8012000050011'))[0]).toMatch(/should be a letter then 12 digits/);
  });

  it('needs a real LA number in characters 2–4', () => {
    // 999 is no authority's number: the UPN is rejected even with the right check letter.
    const body = '999200005001';
    const upn = `${upnCheckLetter(body)}${body}`;
    expect(messages(upnProblems(upn))).toEqual([
      'UPN: characters 2–4 should be a local authority number, and no authority has 999 — check the UPN against the MIS',
    ]);
  });

  it('says nothing about a blank UPN (required fields report that)', () => {
    expect(upnProblems(undefined)).toEqual([]);
    expect(upnProblems('  ')).toEqual([]);
  });
});

describe('LA numbers (DfE list, with authorities since reorganised)', () => {
  it('has the 153 current English authorities, including the 2019–2023 unitaries', () => {
    expect(Object.keys(ENGLISH_LA_NUMBERS)).toHaveLength(153);
    expect(localAuthorityOf(830)).toBe('Derbyshire');
    expect(localAuthorityOf(839)).toBe('Bournemouth, Christchurch and Poole');
    expect(localAuthorityOf(942)).toBe('Cumberland');
    expect(localAuthorityOf(941)).toBe('West Northamptonshire');
  });

  it('still accepts numbers on UPNs issued before a reorganisation, and Welsh numbers', () => {
    expect(localAuthorityOf(909)).toMatch(/Cumbria/);
    expect(localAuthorityOf(928)).toMatch(/Northamptonshire/);
    expect(localAuthorityOf(681)).toBe('Cardiff');
    expect(localAuthorityOf(100)).toBeUndefined();
  });
});
