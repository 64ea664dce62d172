// PropertiesService: three scopes of string stores and Google's 9 KB / 500 KB limits.
import { directExecution } from '../../../emulator/core/direct';
import { PropertiesService } from '../../../emulator/services/properties';
import { Workspace } from '../../../emulator/workspace';

const QUOTAS =
  'https://developers.google.com/apps-script/guides/services/quotas#current_limitations';

function setUp(user?: string, workspace = new Workspace()) {
  return {
    workspace,
    service: new PropertiesService(directExecution(workspace, { effectiveUser: user })),
  };
}

describe('Properties (https://developers.google.com/apps-script/reference/properties/properties)', () => {
  it('set/get/delete a property; a missing one is null', () => {
    const props = setUp().service.getScriptProperties();
    expect(props.getProperty('term')).toBeNull();
    props.setProperty('term', 'Autumn');
    expect(props.getProperty('term')).toBe('Autumn');
    props.deleteProperty('term');
    expect(props.getProperty('term')).toBeNull();
  });

  it('values are stored as strings', () => {
    const props = setUp().service.getScriptProperties();
    props.setProperties({ count: 5 as unknown as string, on: true as unknown as string });
    expect(props.getProperties()).toEqual({ count: '5', on: 'true' });
  });

  it('setProperties(props, true) deletes all others; getKeys lists keys', () => {
    const props = setUp().service.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getKeys()).toEqual(['c']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('script, document and user stores are separate, and persist across executions', () => {
    const { workspace, service } = setUp();
    service.getScriptProperties().setProperty('k', 'script');
    service.getDocumentProperties().setProperty('k', 'doc');
    service.getUserProperties().setProperty('k', 'user');
    expect(workspace.properties.script.getProperty('k')).toBe('script');
    expect(workspace.properties.document.getProperty('k')).toBe('doc');
    const next = setUp(undefined, workspace).service;
    expect(next.getScriptProperties().getProperty('k')).toBe('script');
    expect(next.getDocumentProperties().getProperty('k')).toBe('doc');
    expect(next.getUserProperties().getProperty('k')).toBe('user');
  });

  it('user properties belong to the effective user (https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties())', () => {
    const { workspace, service } = setUp('senco@example.sch.uk');
    service.getUserProperties().setProperty('theme', 'dark');
    const other = setUp('head@example.sch.uk', workspace).service;
    expect(other.getUserProperties().getProperty('theme')).toBeNull();
    expect(workspace.properties.snapshot('user', 'senco@example.sch.uk')).toEqual({
      theme: 'dark',
    });
  });

  it(`a value over 9 KB throws "Argument too large: value" and stores nothing (${QUOTAS}; wording [reported])`, () => {
    const props = setUp().service.getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
    expect(props.getProperty('big')).toBeNull();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    expect(props.getProperty('fits')).toHaveLength(9 * 1024);
  });

  it('the 9 KB limit counts UTF-8 bytes, not characters ([open]: byte vs character)', () => {
    const props = setUp().service.getScriptProperties();
    expect(() => props.setProperty('accents', 'é'.repeat(5000))).toThrow('Argument too large');
  });

  it(`a store past 500 KB throws the storage-quota error and keeps its old content (${QUOTAS}; wording [reported])`, () => {
    const props = setUp().service.getScriptProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i += 1) props.setProperty(`k${i}`, chunk);
    expect(() => props.setProperty('k56', chunk)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toHaveLength(56);
    expect(() => props.setProperties({ a: chunk, b: chunk }, true)).not.toThrow();
  });
});

describe('document properties in an editor add-on’s clock run', () => {
  it('are null where there is no document ("When document properties are not available this method returns null"; [reported] for add-on clock runs)', () => {
    const workspace = new Workspace({ runAs: 'editor add-on' });
    const clock = new PropertiesService(directExecution(workspace, { kind: 'time-trigger' }));
    expect(clock.getDocumentProperties()).toBeNull();
    expect(clock.getScriptProperties()).not.toBeNull();
    expect(setUp(undefined, workspace).service.getDocumentProperties()).not.toBeNull();
    workspace.runAs('bound script');
    expect(clock.getDocumentProperties()).not.toBeNull();
  });
});
