// serviceGlobals: the non-spreadsheet globals a script sees, each an Emulated with its Google name.
import { directExecution } from '../../../emulator/core/direct';
import { Emulated, KIND } from '../../../emulator/core/emulated';
import { serviceGlobals } from '../../../emulator/services';
import { Workspace } from '../../../emulator/workspace';

describe('serviceGlobals (https://developers.google.com/apps-script/reference)', () => {
  it('returns the eleven globals, each an Emulated whose kind is its Google class name', () => {
    const globals = serviceGlobals(directExecution(new Workspace()));
    expect(Object.keys(globals).sort()).toEqual(
      [
        'CacheService',
        'FormApp',
        'HtmlService',
        'LockService',
        'Logger',
        'MailApp',
        'PropertiesService',
        'ScriptApp',
        'Session',
        'Utilities',
        'console',
      ].sort(),
    );
    for (const [name, value] of Object.entries(globals)) {
      expect(value).toBeInstanceOf(Emulated);
      expect(value[KIND]).toBe(name);
    }
  });

  it('keeps host state out of reach: no public own data except Apps Script enums', () => {
    const globals = serviceGlobals(directExecution(new Workspace()));
    for (const value of Object.values(globals)) {
      for (const key of Object.keys(value)) expect(key).toMatch(/^[A-Z]/);
    }
  });
});
