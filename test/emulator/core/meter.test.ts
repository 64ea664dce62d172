// CallMeter: which call loses its reply (by index or by method), and that reset forgets it.
import { VirtualClock } from '../../../emulator/core/clock';
import { AppsScriptError } from '../../../emulator/core/emulated';
import { CallMeter, SERVER_ERROR } from '../../../emulator/core/meter';

// PLATFORM.md "Several people in one sheet": "A google.script.run reply can be lost after the
// server finished: every data-changing call must be safe to send twice." The same holds for each
// service call: the write can land while the reply (or the execution) fails.

/** Runs one call as the runtime does: record, run, afterCall. Returns what the script would see. */
function call(meter: CallMeter, method: string, effects: string[]): string {
  try {
    const n = meter.record(method);
    effects.push(method);
    meter.afterCall(n);
    return 'ok';
  } catch (e) {
    return e instanceof AppsScriptError ? `${e.name}: ${e.message}` : String(e);
  }
}

function meter(): CallMeter {
  return new CallMeter(new VirtualClock('2026-11-30T08:00:00Z'));
}

describe('lost replies', () => {
  it('loseReplyAt(N): the N-th call runs, then throws as an Apps Script Exception', () => {
    const m = meter();
    m.loseReplyAt(2, 'Timed out');
    const effects: string[] = [];
    expect(call(m, 'Range.getValues', effects)).toBe('ok');
    expect(call(m, 'Range.setValues', effects)).toBe('Exception: Timed out');
    expect(call(m, 'Range.setValues', effects)).toBe('ok');
    expect(effects).toEqual(['Range.getValues', 'Range.setValues', 'Range.setValues']);
  });

  it("defaults to the server error Apps Script's services commonly report [reported]", () => {
    const m = meter();
    m.loseReplyOn('MailApp.sendEmail');
    expect(call(m, 'MailApp.sendEmail', [])).toBe(`Exception: ${SERVER_ERROR}`);
    expect(SERVER_ERROR).toBe(
      "We're sorry, a server error occurred. Please wait a bit and try again.",
    );
  });

  it('loseReplyOn(method, nth) counts only that method; several can be armed at once', () => {
    const m = meter();
    m.loseReplyOn('Range.setValues', 2, 'second');
    m.loseReplyOn('Range.setValues', 3, 'third');
    const effects: string[] = [];
    const seen = ['Range.setValues', 'Range.getValues', 'Range.setValues', 'Range.setValues'].map(
      (method) => call(m, method, effects),
    );
    expect(seen).toEqual(['ok', 'ok', 'Exception: second', 'Exception: third']);
    expect(effects).toHaveLength(4);
  });

  it('a failed call (failAt) does not run and does not also lose a reply', () => {
    const m = meter();
    m.failAt(1, 'failed');
    m.loseReplyAt(1, 'lost');
    const effects: string[] = [];
    expect(call(m, 'Range.setValues', effects)).toBe('Exception: failed');
    expect(effects).toEqual([]);
    expect(call(m, 'Range.setValues', effects)).toBe('ok');
  });

  it("keeps each call's own index when a before() hook makes calls of its own", () => {
    const m = meter();
    const effects: string[] = [];
    m.before(1, () => {
      call(m, 'Hook.first', effects);
      call(m, 'Hook.second', effects);
    });
    m.loseReplyAt(1, 'lost');
    expect(call(m, 'Range.setValues', effects)).toBe('Exception: lost');
    expect(effects).toEqual(['Hook.first', 'Hook.second', 'Range.setValues']);
  });

  it('reset() forgets armed lost replies', () => {
    const m = meter();
    m.loseReplyAt(1);
    m.loseReplyOn('Range.setValues');
    m.reset();
    expect(call(m, 'Range.setValues', [])).toBe('ok');
  });
});
