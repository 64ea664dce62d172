// Logger and console write to LogState with level, virtual time and execution id.
import { directExecution } from '../../../emulator/core/direct';
import { Console, formatConsole, Logger } from '../../../emulator/services/logger';
import { Workspace } from '../../../emulator/workspace';

describe('Logger (https://developers.google.com/apps-script/reference/base/logger)', () => {
  it('log(format, ...values) replaces %s in order (https://developers.google.com/apps-script/reference/base/logger#log(String,Object...))', () => {
    const workspace = new Workspace();
    const exec = directExecution(workspace);
    new Logger(exec).log('Row %s of %s', 3, 10);
    expect(workspace.logs.entries).toEqual([
      {
        time: workspace.clock.now(),
        level: 'INFO',
        message: 'Row 3 of 10',
        executionId: exec.id,
        source: 'Logger',
      },
    ]);
  });

  it('log(data) logs a single value (objects as JSON: Google’s rendering is [open])', () => {
    const workspace = new Workspace();
    const logger = new Logger(directExecution(workspace));
    logger.log({ upn: 'A123' }).log(42);
    expect(workspace.logs.messages()).toEqual(['{"upn":"A123"}', '42']);
  });

  it('getLog returns this execution’s messages; clear empties it', () => {
    const workspace = new Workspace();
    const logger = new Logger(directExecution(workspace));
    new Logger(directExecution(workspace)).log('other execution');
    logger.log('one').log('two');
    expect(logger.getLog()).toBe('one\ntwo\n');
    logger.clear();
    logger.log('three');
    expect(logger.getLog()).toBe('three\n');
    expect(workspace.logs.messages()).toHaveLength(4);
  });
});

describe('console (https://developers.google.com/apps-script/reference/base/console)', () => {
  it('log is DEBUG, info INFO, warn WARNING, error ERROR', () => {
    const workspace = new Workspace();
    const c = new Console(directExecution(workspace));
    c.log('a');
    c.info('b');
    c.warn('c');
    c.error('d');
    expect(workspace.logs.entries.map((e) => [e.level, e.message, e.source])).toEqual([
      ['DEBUG', 'a', 'console'],
      ['INFO', 'b', 'console'],
      ['WARNING', 'c', 'console'],
      ['ERROR', 'd', 'console'],
    ]);
  });

  it('formats %s %d %i %f %o and appends leftover values', () => {
    expect(formatConsole(['%s has %d rows (%f%%)', 'Sheet1', 12.7, 0.5, 'extra'])).toBe(
      'Sheet1 has 12 rows (0.5%) extra',
    );
    expect(formatConsole([{ a: 1 }, 'b'])).toBe('{"a":1} b');
    expect(formatConsole([])).toBe('');
  });

  it('time/timeEnd log the virtual time elapsed', () => {
    const workspace = new Workspace();
    const c = new Console(directExecution(workspace));
    c.time('sync');
    workspace.clock.advance(1500);
    c.timeEnd('sync');
    expect(workspace.logs.messages()).toEqual(['sync: 1500ms']);
  });
});
