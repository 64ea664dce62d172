// Settings: the names and defaults of DOMAIN.md §4, read from Setting · Value rows.
import { parseSettings, SETTINGS, type SettingRow } from '../../src/domain/sheets/settings';

const rows = (pairs: [unknown, unknown][]): SettingRow[] =>
  pairs.map(([name, value], i) => ({ rowNumber: i + 2, name, value }));

describe('Settings', () => {
  it('declares the defaults of DOMAIN.md §4', () => {
    expect(SETTINGS.reminderHour.defaultValue).toBe(7);
    expect(SETTINGS.reviewReminderDays.defaultValue).toBe(10);
    expect(SETTINGS.expiryWarningDays.defaultValue).toBe(30);
    expect(SETTINGS.emailMode.defaultValue).toBe('Send');
    expect(SETTINGS.emailDetail.defaultValue).toBe('Minimal');
    expect(SETTINGS.emailMode.choices).toEqual(['Send', 'Dry run']);
    expect(SETTINGS.emailDetail.choices).toEqual(['Minimal', 'Full']);
  });

  it('reads an empty sheet as all defaults', () => {
    const { settings, problems } = parseSettings([]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      reminderHour: 7,
      reviewReminderDays: 10,
      expiryWarningDays: 30,
      emailMode: 'Send',
      emailDetail: 'Minimal',
      schoolName: undefined,
    });
  });

  it('reads what staff typed, matching names whatever the case or spacing', () => {
    const { settings, problems } = parseSettings(
      rows([
        ['School name', 'Hilltop Academy'],
        ['  reminder HOUR ', 8],
        ['Email mode', 'dry run'],
        ['DSL email', ' dsl@hilltop.example.sch.uk '],
        ['Template: parent agreement', '1AbCdEf'],
        ['', 'a stray value'],
      ]),
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      schoolName: 'Hilltop Academy',
      reminderHour: 8,
      emailMode: 'Dry run',
      dslEmail: 'dsl@hilltop.example.sch.uk',
    });
  });

  it('falls back to the default and names the setting when a value cannot be read', () => {
    const { settings, problems } = parseSettings(
      rows([
        ['Reminder hour', 'seven'],
        ['Expiry warning days', '#N/A'],
        ['Email detail', 'Everything'],
      ]),
    );
    expect(settings.reminderHour).toBe(7);
    expect(settings.expiryWarningDays).toBe(30);
    expect(settings.emailDetail).toBe('Minimal');
    expect(problems.map((p) => p.column)).toEqual([
      'Reminder hour',
      'Expiry warning days',
      'Email detail',
    ]);
    expect(problems[0]?.message).toBe("Reminder hour: 'seven' is not a number");
  });

  it('uses the first row when a setting is listed twice, and says so', () => {
    const { settings, problems } = parseSettings(
      rows([
        ['Reminder hour', 6],
        ['Reminder hour', 9],
      ]),
    );
    expect(settings.reminderHour).toBe(6);
    expect(problems).toEqual([
      {
        column: 'Reminder hour',
        message: 'Reminder hour is on Settings twice (rows 2 and 3); the add-on uses row 2',
      },
    ]);
  });

  it('rejects an hour that is not on the clock', () => {
    expect(parseSettings(rows([['Reminder hour', 25]])).problems[0]?.message).toBe(
      'Reminder hour: 25 should be between 0 and 23',
    );
  });
});
