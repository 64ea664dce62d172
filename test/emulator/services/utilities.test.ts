// Utilities: SimpleDateFormat dates by zone, sleep on the virtual clock, base64, digests, helpers.
import { directExecution } from '../../../emulator/core/direct';
import { Utilities } from '../../../emulator/services/utilities';
import { Workspace } from '../../../emulator/workspace';

const REF = 'https://developers.google.com/apps-script/reference/utilities/utilities';

function setUp() {
  const workspace = new Workspace();
  return { workspace, u: new Utilities(directExecution(workspace)) };
}
const alg = (name: string) => name as unknown as GoogleAppsScript.Utilities.DigestAlgorithm;

describe(`Utilities.formatDate (${REF}#formatDate(Date,String,String); letters per java.text.SimpleDateFormat)`, () => {
  const { u } = setUp();
  const summer = new Date('2026-07-04T12:05:09.007Z');

  it('renders numeric and text fields in the given zone', () => {
    expect(u.formatDate(summer, 'Europe/London', 'EEE, d MMM yyyy HH:mm:ss Z')).toBe(
      'Sat, 4 Jul 2026 13:05:09 +0100',
    );
    expect(u.formatDate(summer, 'Europe/London', 'EEEE d MMMM yy')).toBe('Saturday 4 July 26');
    expect(u.formatDate(summer, 'Europe/London', 'y M d H m s S SSS')).toBe(
      '2026 7 4 13 5 9 7 007',
    );
    expect(u.formatDate(summer, 'America/New_York', 'h:mm a z')).toBe('8:05 AM EDT');
    expect(u.formatDate(summer, 'Europe/London', 'hh a, u, D')).toBe('01 PM, 6, 185');
  });

  it('the zone decides the calendar date (23:30 UTC is the next day in Europe/Paris)', () => {
    const late = new Date('2026-01-15T23:30:00Z');
    expect(u.formatDate(late, 'Etc/UTC', 'yyyy-MM-dd')).toBe('2026-01-15');
    expect(u.formatDate(late, 'Europe/Paris', 'yyyy-MM-dd')).toBe('2026-01-16');
  });

  it('follows the BST change on the last Sunday of March and of October', () => {
    const pattern = 'yyyy-MM-dd HH:mm z';
    expect(u.formatDate(new Date('2026-03-29T00:30:00Z'), 'Europe/London', pattern)).toBe(
      '2026-03-29 00:30 GMT',
    );
    expect(u.formatDate(new Date('2026-03-29T01:30:00Z'), 'Europe/London', pattern)).toBe(
      '2026-03-29 02:30 BST',
    );
    expect(u.formatDate(new Date('2026-10-25T00:30:00Z'), 'Europe/London', pattern)).toBe(
      '2026-10-25 01:30 BST',
    );
    expect(u.formatDate(new Date('2026-10-25T01:30:00Z'), 'Europe/London', pattern)).toBe(
      '2026-10-25 01:30 GMT',
    );
    expect(u.formatDate(summer, 'Europe/London', 'zzzz')).toBe('British Summer Time');
  });

  it('ISO 8601 X, XX, XXX give Z at UTC and the offset elsewhere', () => {
    expect(u.formatDate(summer, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-07-04T12:05:09Z');
    expect(u.formatDate(summer, 'Asia/Kolkata', 'X|XX|XXX')).toBe('+05|+0530|+05:30');
  });

  it("quoted text is literal and '' is a quote", () => {
    expect(u.formatDate(summer, 'UTC', "'Week of' d MMM, ''yy''")).toBe("Week of 4 Jul, '26'");
    expect(u.formatDate(summer, 'UTC', "'o''clock' H")).toBe("o'clock 12");
  });

  it('custom GMT offsets work; an unknown zone falls back to GMT as Java’s TimeZone does ([open] on Apps Script)', () => {
    expect(u.formatDate(summer, 'GMT+2', 'HH:mm z')).toBe('14:05 GMT+02:00');
    expect(u.formatDate(summer, 'Mars/Olympus', 'HH:mm')).toBe('12:05');
  });

  it('an illegal pattern letter or a non-date throws ([open]: Apps Script’s wording)', () => {
    expect(() => u.formatDate(summer, 'UTC', 'yyyy-bb')).toThrow("Illegal pattern character 'b'");
    expect(() => u.formatDate('2026' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      'Invalid argument: date',
    );
  });
});

describe(`Utilities.sleep (${REF}#sleep(Integer))`, () => {
  it('advances the virtual clock by the milliseconds asked', () => {
    const { workspace, u } = setUp();
    const before = workspace.clock.now();
    u.sleep(2500);
    expect(workspace.clock.now() - before).toBe(2500);
  });

  it('the maximum is 300000 ms; more throws here ([open]: what Google does past it)', () => {
    const { u } = setUp();
    expect(() => u.sleep(300001)).toThrow('Invalid argument: milliseconds');
    expect(() => u.sleep(300000)).not.toThrow();
  });
});

describe(`Utilities encoding and digests (${REF})`, () => {
  const { u } = setUp();

  it('getUuid returns a version-4 UUID string, different each time', () => {
    const id = u.getUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(id);
  });

  it('base64Encode takes a string (UTF-8) or signed bytes; base64Decode returns signed bytes', () => {
    expect(u.base64Encode('Hello')).toBe('SGVsbG8=');
    expect(u.base64Encode('é')).toBe('w6k=');
    expect(u.base64Encode([-61, -87])).toBe('w6k=');
    expect(u.base64Decode('w6k=')).toEqual([-61, -87]);
  });

  it('web-safe base64 uses - and _ (padding kept: [open])', () => {
    expect(u.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(u.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });

  it(`computeDigest returns signed bytes like Java (${REF}#computeDigest(DigestAlgorithm,String))`, () => {
    const md5 = u.computeDigest(alg('MD5'), 'abc');
    expect(md5).toHaveLength(16);
    expect(md5[0]).toBe(0x90 - 256);
    expect(u.computeDigest(alg('SHA_256'), 'abc')[0]).toBe(0xba - 256);
    expect(() => u.computeDigest(alg('MD2'), 'abc')).toThrow(/not supported/);
  });

  it('computeHmacSha256Signature matches the RFC 4231-style known answer', () => {
    const sig = u.computeHmacSha256Signature('The quick brown fox jumps over the lazy dog', 'key');
    const hex = sig.map((b) => ((b as number) & 0xff).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
  });

  it(`formatString does sprintf-style %s %d %f with width and precision (${REF}#formatString(String,Object...))`, () => {
    expect(u.formatString('%s is %d, %.2f%%', 'Ada', 14.9, 3.14159)).toBe('Ada is 14, 3.14%');
    expect(u.formatString('[%05d][%-4s][%3s]', 42, 'ab', 'c')).toBe('[00042][ab  ][  c]');
  });

  it('parseCsv handles quoted delimiters, doubled quotes and newlines', () => {
    expect(u.parseCsv('a,"b,c"\n"d""e",f')).toEqual([
      ['a', 'b,c'],
      ['d"e', 'f'],
    ]);
    expect(u.parseCsv('x;y', ';')).toEqual([['x', 'y']]);
  });

  it('newBlob holds bytes, content type and name', () => {
    const blob = u.newBlob('héllo', 'text/plain', 'note.txt');
    expect(blob.getDataAsString()).toBe('héllo');
    expect(blob.getBytes()).toHaveLength(6);
    expect([blob.getContentType(), blob.getName()]).toEqual(['text/plain', 'note.txt']);
  });

  it('Charset and DigestAlgorithm are enums of their names', () => {
    expect(u.Charset).toEqual({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
    expect(u.DigestAlgorithm.SHA_256).toBe('SHA_256');
    expect(u.base64Encode('é', 'US_ASCII' as unknown as GoogleAppsScript.Utilities.Charset)).toBe(
      'Pw==',
    );
  });
});
