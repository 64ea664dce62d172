// The manifest asks for V8, London time, Stackdriver logging and the fewest scopes that work (PLATFORM.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const manifest = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../dist/appsscript.json'), 'utf8'),
) as {
  timeZone: string;
  runtimeVersion: string;
  exceptionLogging: string;
  oauthScopes: string[];
  dependencies?: { enabledAdvancedServices?: unknown[] };
};
const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const scope = (s: string) => `https://www.googleapis.com/auth/${s}`;

describe('dist/appsscript.json', () => {
  it('runs on V8 in Europe/London with exceptions logged to Stackdriver', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/London');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('never asks for full Drive, full Gmail, or every spreadsheet', () => {
    const forbidden = ['drive', 'drive.readonly', 'spreadsheets', 'gmail.send', 'gmail.modify']
      .map(scope)
      .concat(['https://mail.google.com/']);
    for (const s of forbidden) expect(manifest.oauthScopes).not.toContain(s);
  });

  it('asks only for scopes on the reviewed list, each explained in the README', () => {
    const reviewed = [
      'spreadsheets.currentonly',
      'script.container.ui',
      'script.scriptapp',
      'script.send_mail',
      'userinfo.email',
      'documents',
      'drive.file',
      // Issue 17: the providers' forms (FormApp.create and openById need the whole forms scope).
      'forms',
    ].map(scope);
    for (const s of manifest.oauthScopes) {
      expect(reviewed).toContain(s);
      expect(readme).toContain(`\`${s.replace('https://www.googleapis.com/auth/', '')}\``);
    }
  });

  it('asks for Docs and only the files the add-on makes, to generate documents (PLATFORM.md)', () => {
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining([scope('documents'), scope('drive.file')]),
    );
  });

  it('asks for Forms, and not the current-form scope that cannot make a form (issue 17)', () => {
    expect(manifest.oauthScopes).toContain(scope('forms'));
    expect(manifest.oauthScopes).not.toContain(scope('forms.currentonly'));
  });

  it('enables exactly the Drive v3, Docs v1 and Sheets v4 advanced services, under their usual names', () => {
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      // An add-on's hourly run reaches the picked workbook through the Sheets API (issue 13).
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
    ]);
  });
});

describe('dist-spreadsheets-scope/appsscript.json (README, "Scopes": the documented trade-off)', () => {
  const variant = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../dist-spreadsheets-scope/appsscript.json'), 'utf8'),
  ) as typeof manifest;

  it('differs only in asking for every spreadsheet instead of the current one', () => {
    expect(variant.oauthScopes).toEqual(
      manifest.oauthScopes.map((s) =>
        s === scope('spreadsheets.currentonly') ? scope('spreadsheets') : s,
      ),
    );
    expect({ ...variant, oauthScopes: [] }).toEqual({ ...manifest, oauthScopes: [] });
  });

  it('ships the same code', () => {
    const code = (dir: string) =>
      readFileSync(path.resolve(__dirname, `../../${dir}/Code.js`), 'utf8');
    expect(code('dist-spreadsheets-scope')).toBe(code('dist'));
  });
});
