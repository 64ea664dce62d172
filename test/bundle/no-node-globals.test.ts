// The shipped bundle reaches only for globals Apps Script has (PLATFORM.md "Runtime").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unknownGlobals } from '../support/bundle-globals';

describe('the static globals check', () => {
  it.each([
    ['setTimeout(() => 1, 10);', 'setTimeout'],
    ['const u = new URL("https://x");', 'URL'],
    ['Buffer.from("x");', 'Buffer'],
    ['process.env.X;', 'process'],
    ['require("fs");', 'require'],
    ['window.alert(1);', 'window'],
    ['atob("eA==");', 'atob'],
    ['structuredClone({});', 'structuredClone'],
    ['new TextEncoder();', 'TextEncoder'],
    ['fetch("x");', 'fetch'],
  ])('flags %s', (code, name) => {
    expect(unknownGlobals(code).map((f) => f.name)).toEqual([name]);
  });

  it('allows Apps Script services and ES2020 built-ins', () => {
    const code = `
      const v = SpreadsheetApp.getActiveSpreadsheet().getSheets();
      Utilities.sleep(1); Logger.log(JSON.stringify([...new Set([1])]));
      console.log(new Map(), Promise.resolve(1), globalThis.Math.max(1, 2), v);`;
    expect(unknownGlobals(code)).toEqual([]);
  });

  it('allows a global that is only tested with typeof (a guard)', () => {
    expect(unknownGlobals('if (typeof window !== "undefined") { globalThis.x = 1; }')).toEqual([]);
    expect(unknownGlobals('const w = typeof window === "object" ? window : null;')).toEqual([]);
    expect(unknownGlobals('typeof navigator !== "undefined" && navigator.userAgent;')).toEqual([]);
    expect(unknownGlobals('if (typeof URL === "function") { new URL("x"); }')).toEqual([]);
  });

  it('flags a use outside the guard', () => {
    const found = (code: string) => unknownGlobals(code).map((f) => f.name);
    expect(found('const w = typeof window === "undefined" ? window : null;')).toEqual(['window']);
    expect(found('if (typeof URL === "function") {} new URL("x");')).toEqual(['URL']);
    expect(found('typeof atob === "undefined" || atob("x");')).toEqual(['atob']);
  });
});

describe('dist/Code.js', () => {
  const code = readFileSync(path.resolve(__dirname, '../../dist/Code.js'), 'utf8');

  it('uses no Node or browser global', () => {
    expect(unknownGlobals(code)).toEqual([]);
  });

  it('is not minified (readable stack traces in the Executions log) and has no ES modules', () => {
    expect(code.split('\n').length).toBeGreaterThan(20);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });
});

describe('CommonJS names', () => {
  it('flags module.exports and __dirname but not a local variable called require', () => {
    expect(
      unknownGlobals('module.exports = __dirname;')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['__dirname', 'module']);
    expect(unknownGlobals('const require = (x) => x; require(1);')).toEqual([]);
  });
});
