// LockService: a lock belongs to the execution that took it until it releases it or ends.
import { directExecution } from '../../../emulator/core/direct';
import { LockService } from '../../../emulator/services/lock';
import { Workspace } from '../../../emulator/workspace';

const REF = 'https://developers.google.com/apps-script/reference/lock/lock';

function run(workspace: Workspace, effectiveUser?: string) {
  const exec = directExecution(workspace, { effectiveUser });
  return { exec, locks: new LockService(exec) };
}

describe(`Lock (${REF})`, () => {
  it('tryLock on a free lock succeeds and hasLock is true until releaseLock', () => {
    const { locks } = run(new Workspace());
    const lock = locks.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it(`tryLock returns false after waiting its timeout when another execution holds the lock (${REF}#tryLock(Integer))`, () => {
    const workspace = new Workspace();
    const first = run(workspace);
    first.locks.getDocumentLock().waitLock(1000);
    const second = run(workspace);
    const before = workspace.clock.now();
    expect(second.locks.getDocumentLock().tryLock(5000)).toBe(false);
    expect(workspace.clock.now() - before).toBe(5000);
  });

  it(`waitLock throws "Lock timeout: another process was holding the lock for too long." (${REF}#waitLock(Integer); wording [reported])`, () => {
    const workspace = new Workspace();
    run(workspace).locks.getScriptLock().waitLock(0);
    const second = run(workspace);
    expect(() => second.locks.getScriptLock().waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  it('the lock is released when the holding execution ends (exec.onEnd), then others can take it', () => {
    const workspace = new Workspace();
    const first = run(workspace);
    first.locks.getScriptLock().waitLock(0);
    first.exec.end();
    expect(workspace.locks.holder('script')).toBeUndefined();
    expect(run(workspace).locks.getScriptLock().tryLock(0)).toBe(true);
  });

  it('script, document and per-user locks are independent', () => {
    const workspace = new Workspace();
    const a = run(workspace, 'a@example.sch.uk');
    a.locks.getScriptLock().waitLock(0);
    a.locks.getUserLock().waitLock(0);
    const b = run(workspace, 'b@example.sch.uk');
    expect(b.locks.getDocumentLock().tryLock(0)).toBe(true);
    expect(b.locks.getUserLock().tryLock(0)).toBe(true);
    expect(b.locks.getScriptLock().tryLock(0)).toBe(false);
  });

  it('the holder taking the lock again succeeds at once (re-entrant here; [open] on Google)', () => {
    const { locks } = run(new Workspace());
    expect(locks.getScriptLock().tryLock(0)).toBe(true);
    expect(locks.getScriptLock().tryLock(0)).toBe(true);
  });

  it('releaseLock by a non-holder does not free the holder’s lock', () => {
    const workspace = new Workspace();
    run(workspace).locks.getScriptLock().waitLock(0);
    run(workspace).locks.getScriptLock().releaseLock();
    expect(workspace.locks.holder('script')).toBeDefined();
  });
});

describe('the document lock in an editor add-on’s clock run', () => {
  it('is null where there is no container document (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock(); [reported] for add-on clock runs)', () => {
    const workspace = new Workspace({ runAs: 'editor add-on' });
    const clock = new LockService(directExecution(workspace, { kind: 'time-trigger' }));
    expect(clock.getDocumentLock()).toBeNull();
    expect(clock.getScriptLock().tryLock(0)).toBe(true);
    expect(run(workspace).locks.getDocumentLock()).not.toBeNull();
  });
});
