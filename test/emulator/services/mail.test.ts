// MailApp: the outbox, address checks and the daily recipient quota.
import { directExecution } from '../../../emulator/core/direct';
import { MailApp, parseAddresses } from '../../../emulator/services/mail';
import { Utilities } from '../../../emulator/services/utilities';
import { Workspace } from '../../../emulator/workspace';

const REF = 'https://developers.google.com/apps-script/reference/mail/mail-app';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas#current_quotas';

function setUp(account: 'consumer' | 'workspace' = 'workspace', effectiveUser?: string) {
  const workspace = new Workspace({ account });
  const exec = directExecution(workspace, { effectiveUser });
  return { workspace, exec, mail: new MailApp(exec) };
}

describe(`MailApp.sendEmail (${REF})`, () => {
  it('sendEmail(recipient, subject, body) puts the mail in the outbox, from the effective user', () => {
    const { workspace, exec, mail } = setUp('workspace', 'owner@example.sch.uk');
    mail.sendEmail('parent@example.org', 'Review due', 'The review is due on Friday.');
    expect(workspace.mail.outbox).toEqual([
      {
        to: 'parent@example.org',
        cc: '',
        bcc: '',
        subject: 'Review due',
        body: 'The review is due on Friday.',
        noReply: false,
        attachments: [],
        from: 'owner@example.sch.uk',
        recipients: ['parent@example.org'],
        sentAt: workspace.clock.now(),
        executionId: exec.id,
      },
    ]);
  });

  it('sendEmail(message) takes to, cc, bcc, subject, body, htmlBody, name, replyTo', () => {
    const { workspace, mail } = setUp();
    mail.sendEmail({
      to: 'a@example.org, B Person <b@example.org>',
      cc: 'c@example.org',
      bcc: 'd@example.org',
      subject: 'S',
      body: 'plain',
      htmlBody: '<p>html</p>',
      name: 'AP Placements',
      replyTo: 'office@example.sch.uk',
    });
    expect(workspace.mail.outbox[0]).toMatchObject({
      to: 'a@example.org, B Person <b@example.org>',
      htmlBody: '<p>html</p>',
      name: 'AP Placements',
      replyTo: 'office@example.sch.uk',
      recipients: ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org'],
    });
  });

  it('sendEmail(recipient, subject, body, options) and (to, replyTo, subject, body)', () => {
    const { workspace, mail } = setUp();
    mail.sendEmail('a@example.org', 'S1', 'B1', { cc: 'c@example.org', name: 'Office' });
    mail.sendEmail('a@example.org', 'office@example.sch.uk', 'S2', 'B2');
    expect(workspace.mail.outbox.map((m) => [m.subject, m.body, m.cc, m.replyTo])).toEqual([
      ['S1', 'B1', 'c@example.org', undefined],
      ['S2', 'B2', '', 'office@example.sch.uk'],
    ]);
  });

  it('noReply is kept on Workspace accounts and ignored on consumer ones ("only possible for Google Workspace accounts"; throw vs ignore is [open])', () => {
    const work = setUp('workspace');
    work.mail.sendEmail({ to: 'a@example.org', subject: 's', body: 'b', noReply: true });
    expect(work.workspace.mail.outbox[0]?.noReply).toBe(true);
    const consumer = setUp('consumer');
    consumer.mail.sendEmail({ to: 'a@example.org', subject: 's', body: 'b', noReply: true });
    expect(consumer.workspace.mail.outbox[0]?.noReply).toBe(false);
  });

  it('an invalid address throws "Invalid email: x" and sends nothing ([reported] wording)', () => {
    const { workspace, mail } = setUp();
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow(
      'Invalid email: not-an-address',
    );
    expect(() => mail.sendEmail({ to: 'a@example.org', cc: 'x@y', subject: 's' })).toThrow(
      'Invalid email: x@y',
    );
    expect(workspace.mail.outbox).toHaveLength(0);
  });

  it('no recipient at all throws "Failed to send email: no recipient" ([reported] wording)', () => {
    const { mail } = setUp();
    expect(() => mail.sendEmail({ subject: 's', body: 'b' })).toThrow(
      'Failed to send email: no recipient',
    );
  });

  it(`more than 50 recipients in one message throws (${QUOTAS}; wording [open])`, () => {
    const { mail } = setUp();
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@example.org`).join(',');
    expect(() => mail.sendEmail(many, 's', 'b')).toThrow(/Recipients Per Message/);
  });

  it(`a body over 200 KB throws "Limit Exceeded: Email Body Size." (${QUOTAS}; wording [reported])`, () => {
    const { mail } = setUp();
    expect(() => mail.sendEmail('a@example.org', 's', 'x'.repeat(200 * 1024 + 1))).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
  });

  it('records attachment names and types', () => {
    const { exec, workspace, mail } = setUp();
    const blob = new Utilities(exec).newBlob('x', 'text/plain', 'note.txt');
    mail.sendEmail('a@example.org', 's', 'b', { attachments: [blob] });
    expect(workspace.mail.outbox[0]?.attachments).toEqual([
      { name: 'note.txt', contentType: 'text/plain' },
    ]);
  });
});

describe(`MailApp daily quota (${QUOTAS}; ${REF}#getRemainingDailyQuota())`, () => {
  it('is 1,500 recipients on Workspace and 100 on consumer accounts', () => {
    expect(setUp('workspace').mail.getRemainingDailyQuota()).toBe(1500);
    expect(setUp('consumer').mail.getRemainingDailyQuota()).toBe(100);
  });

  it('counts every recipient in to, cc and bcc', () => {
    const { mail } = setUp('consumer');
    mail.sendEmail({
      to: 'a@example.org,b@example.org',
      cc: 'c@example.org',
      bcc: 'd@example.org',
    });
    expect(mail.getRemainingDailyQuota()).toBe(96);
  });

  it('a send that would pass the quota throws "Service invoked too many times for one day: email." and sends nothing ([reported] wording)', () => {
    const { workspace, mail } = setUp('consumer');
    for (let i = 0; i < 99; i += 1) mail.sendEmail(`p${i}@example.org`, 's', 'b');
    expect(() => mail.sendEmail('x@example.org', 's', 'b', { cc: 'y@example.org' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(workspace.mail.outbox).toHaveLength(99);
    mail.sendEmail('last@example.org', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
  });

  it('recipients count for 24 hours (a rolling window here; how Google resets is [open])', () => {
    const { workspace, mail } = setUp('consumer');
    mail.sendEmail('a@example.org', 's', 'b');
    workspace.clock.advance(24 * 3600_000 - 1);
    expect(mail.getRemainingDailyQuota()).toBe(99);
    workspace.clock.advance(1);
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });
});

describe('parseAddresses', () => {
  it('splits on commas, accepts Name <address>, and skips blanks', () => {
    expect(parseAddresses(' a@example.org, ,"Ms B" <b@example.org> ')).toEqual([
      'a@example.org',
      'b@example.org',
    ]);
    expect(parseAddresses(undefined)).toEqual([]);
  });
});
