// Session: active and effective users, time zone, locale and the temporary user key.
import { directExecution } from '../../../emulator/core/direct';
import { Session } from '../../../emulator/services/session';
import { Workspace } from '../../../emulator/workspace';

const REF = 'https://developers.google.com/apps-script/reference/base/session';

describe(`Session (${REF})`, () => {
  it('getActiveUser and getEffectiveUser return Users with the execution’s emails', () => {
    const workspace = new Workspace({ user: 'dsl@example.sch.uk' });
    const exec = directExecution(workspace, { effectiveUser: 'owner@example.sch.uk' });
    const session = new Session(exec);
    expect(session.getActiveUser().getEmail()).toBe('dsl@example.sch.uk');
    expect(session.getEffectiveUser().getEmail()).toBe('owner@example.sch.uk');
  });

  it(`the active user's email may be '' (${REF}#getActiveUser())`, () => {
    const exec = directExecution(new Workspace(), { activeUser: '', kind: 'simple-trigger' });
    expect(new Session(exec).getActiveUser().getEmail()).toBe('');
  });

  it('getScriptTimeZone is the workspace’s script zone', () => {
    const workspace = new Workspace();
    workspace.scriptTimeZone = 'America/New_York';
    expect(new Session(directExecution(workspace)).getScriptTimeZone()).toBe('America/New_York');
  });

  it('getActiveUserLocale is en_GB', () => {
    expect(new Session(directExecution(new Workspace())).getActiveUserLocale()).toBe('en_GB');
  });

  it(`getTemporaryActiveUserKey is stable for a user and differs between users (${REF}#getTemporaryActiveUserKey())`, () => {
    const workspace = new Workspace();
    const key = (user: string) =>
      new Session(directExecution(workspace, { activeUser: user })).getTemporaryActiveUserKey();
    expect(key('a@example.sch.uk')).toBe(key('a@example.sch.uk'));
    expect(key('a@example.sch.uk')).not.toBe(key('b@example.sch.uk'));
    expect(key('a@example.sch.uk')).not.toContain('example');
  });
});
