// HtmlService: outputs, project files and templates with scriptlets.
import { directExecution } from '../../../emulator/core/direct';
import { HtmlService, HtmlTemplate } from '../../../emulator/services/html';
import { Workspace } from '../../../emulator/workspace';

function setUp() {
  const workspace = new Workspace();
  workspace.files.set('Sidebar', '<h1>Placements</h1>');
  workspace.files.set('Letter', '<p>Dear <?= carer ?>,</p><?!= signature ?>');
  return { workspace, html: new HtmlService(directExecution(workspace)) };
}

describe('HtmlService (https://developers.google.com/apps-script/reference/html/html-service)', () => {
  it('createHtmlOutput holds the given HTML, or nothing', () => {
    const { html } = setUp();
    expect(html.createHtmlOutput('<b>x</b>').getContent()).toBe('<b>x</b>');
    expect(html.createHtmlOutput().getContent()).toBe('');
  });

  it('createHtmlOutputFromFile reads the project file, with or without .html', () => {
    const { html } = setUp();
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>Placements</h1>');
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<h1>Placements</h1>');
  });

  it('a missing file throws "No HTML file named X was found." [reported: github.com/RayBB/easy-gmail-scheduler/issues/4]', () => {
    const { html } = setUp();
    expect(() => html.createHtmlOutputFromFile('Index')).toThrow(
      'No HTML file named Index was found.',
    );
    expect(() => html.createTemplateFromFile('Index')).toThrow(/No HTML file named Index/);
  });

  it('SandboxMode and XFrameOptionsMode are enums of their names', () => {
    const { html } = setUp();
    expect(html.SandboxMode).toEqual({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
    expect(html.XFrameOptionsMode).toEqual({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
  });
});

describe('HtmlOutput (https://developers.google.com/apps-script/reference/html/html-output)', () => {
  it('setters chain and getters read back', () => {
    const { html } = setUp();
    const out = html
      .createHtmlOutput('<p>a</p>')
      .setTitle('Placements')
      .setWidth(300)
      .setHeight(500)
      .append('<p>b</p>')
      .appendUntrusted('<script>')
      .addMetaTag('viewport', 'width=device-width')
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL);
    expect(out.getTitle()).toBe('Placements');
    expect(out.getWidth()).toBe(300);
    expect(out.getHeight()).toBe(500);
    expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;');
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
      ['viewport', 'width=device-width'],
    ]);
    expect(out._options()).toMatchObject({ sandboxMode: 'IFRAME', xFrameOptionsMode: 'ALLOWALL' });
  });

  it('an unknown sandbox mode is rejected', () => {
    const { html } = setUp();
    const bad = 'SAFE' as unknown as GoogleAppsScript.HTML.SandboxMode;
    expect(() => html.createHtmlOutput().setSandboxMode(bad)).toThrow('Invalid argument: mode');
  });

  it('getBlob is text/html of the content', () => {
    const { html } = setUp();
    const blob = html.createHtmlOutput('<i>é</i>').getBlob();
    expect(blob.getContentType()).toBe('text/html');
    expect(blob.getDataAsString()).toBe('<i>é</i>');
  });
});

describe('HtmlTemplate (https://developers.google.com/apps-script/guides/html/templates)', () => {
  it('<?= ?> prints escaped, <?!= ?> prints raw, with assigned properties as variables', () => {
    const { html } = setUp();
    const t = html.createTemplateFromFile('Letter');
    t.carer = 'Ms <Jones> & "Co"';
    t.signature = '<em>Head of Pastoral Care</em>';
    expect(t.evaluate().getContent()).toBe(
      '<p>Dear Ms &lt;Jones&gt; &amp; &quot;Co&quot;,</p><em>Head of Pastoral Care</em>',
    );
  });

  it('<? ?> code scriptlets can loop around literal HTML', () => {
    const { html } = setUp();
    const t = html.createTemplate(
      '<ul><? for (const p of pupils) { ?><li><?= p ?></li><? } ?></ul>',
    );
    t.pupils = ['Ada', 'Ben'];
    expect(t.evaluate().getContent()).toBe('<ul><li>Ada</li><li>Ben</li></ul>');
  });

  it('scriptlets do not see host globals: only assigned properties and JS built-ins (emulator limitation; on Google they also see the script globals)', () => {
    const { html } = setUp();
    const t = html.createTemplate('<?= typeof process ?>|<?= Math.max(1, 2) ?>');
    expect(t.evaluate().getContent()).toBe('undefined|2');
  });

  it('an unassigned variable is a ReferenceError, as in JavaScript', () => {
    const { html } = setUp();
    expect(() => html.createTemplate('<?= missing ?>').evaluate()).toThrow(
      /missing is not defined/,
    );
  });

  it('getRawContent returns the source; getCode the generated JavaScript', () => {
    const { html } = setUp();
    const t = html.createTemplate('a<?= b ?>');
    expect(t.getRawContent()).toBe('a<?= b ?>');
    expect(t.getCode()).toContain('appendEscaped(b)');
  });

  it('HtmlOutput.asTemplate turns content back into a template', () => {
    const { html } = setUp();
    const t = html.createHtmlOutput('<?= 1 + 1 ?>').asTemplate();
    expect(t).toBeInstanceOf(HtmlTemplate);
    expect(t.evaluate().getContent()).toBe('2');
  });
});
