// The provider's view: the emulated Google Forms as a respondent sees them, rendered on the server.
// Every form's text (title, description, questions, choices, messages) is escaped: a form holds
// what the add-on or a person typed, and none of it may become markup here.
import type { FormRecord, ItemRecord } from '../emulator/forms/records';
import { closedMessage } from '../emulator/forms/submit';
import { escapeHtml } from './html-text';

/**
 * Only this server, and no inline script or style: /forms.css and /provider-form.js. The form is
 * never posted by the browser itself (form-action 'none'): the script sends its answers as JSON.
 */
export const FORMS_CSP = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'`;

/** Google's default confirmation when the form sets none. */
export const DEFAULT_CONFIRMATION = 'Your response has been recorded.';

/** The ids the pages link to and accept: Drive file ids' characters only. */
export const FORM_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** Whether a respondent can answer the form now, and if not what Google shows instead. */
export function formStatus(form: FormRecord): { open: true } | { open: false; message: string } {
  if (!form.published) return { open: false, message: `The form ${form.title} is not published.` };
  if (!form.acceptingResponses) return { open: false, message: closedMessage(form) };
  return { open: true };
}

function page(title: string, body: string, script = false): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="/forms.css" />${
      script ? '\n    <script src="/provider-form.js" defer></script>' : ''
    }
  </head>
  <body>
    <nav class="back"><a href="/">Back to the workbook</a> · <a href="/forms">Provider's view</a></nav>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

function statusText(form: FormRecord): string {
  if (!form.published) return 'Not published';
  return form.acceptingResponses ? 'Accepting responses' : 'Closed';
}

/** GET /forms: every form in the emulated Drive, newest first, each linking to its page. */
export function formListPage(forms: readonly FormRecord[]): string {
  const rows = [...forms]
    .reverse()
    .map((form) => {
      const status = statusText(form);
      const responses = form.responses.length;
      return `      <li class="form-entry">
        <a href="/forms/${escapeHtml(form.id)}">${escapeHtml(form.title || 'Untitled form')}</a>
        <span class="status ${status === 'Accepting responses' ? 'open' : 'closed'}">${escapeHtml(status)}</span>
        <span class="muted">${responses} ${responses === 1 ? 'response' : 'responses'} · owner ${escapeHtml(form.owner || 'unknown')}</span>
      </li>`;
    })
    .join('\n');
  const body =
    forms.length === 0
      ? `      <p>No forms yet. Turn provider returns on (Extensions › AP Placements › Provider returns) with reminders on: each provider with an Active placement gets its form.</p>`
      : `      <p class="muted">What a provider sees at the link the add-on sends: answer a form here and its on-form-submit trigger writes Attendance, as on Google.</p>
      <ul class="forms">
${rows}
      </ul>`;
  return page("Provider's view", `      <h1>Provider's view: the forms</h1>\n${body}`);
}

function required(item: ItemRecord): string {
  return item.required ? ' <span class="required" aria-hidden="true">*</span>' : '';
}

function help(item: ItemRecord, id: string): string {
  return item.helpText
    ? `\n          <p class="help" id="${id}">${escapeHtml(item.helpText)}</p>`
    : '';
}

function itemHtml(item: ItemRecord): string {
  const name = `item-${item.id}`;
  const helpId = `${name}-help`;
  const described = item.helpText ? ` aria-describedby="${helpId}"` : '';
  const req = item.required ? ' required' : '';
  const title = escapeHtml(item.title);
  switch (item.type) {
    case 'SECTION_HEADER':
      return `        <section class="item section">
          <h2>${title}</h2>${help(item, helpId)}
        </section>`;
    case 'MULTIPLE_CHOICE': {
      const choices = item.choices.map(
        (choice, i) => `
            <label><input type="radio" name="${name}" id="${name}-${i}" value="${escapeHtml(choice)}"${req} /> ${escapeHtml(choice)}</label>`,
      );
      if (item.showOther) {
        choices.push(`
            <label><input type="radio" name="${name}" id="${name}-other" value="" data-other="${name}-other-text"${req} /> Other:</label>
            <input type="text" id="${name}-other-text" class="other" aria-label="Other: ${title}" />`);
      }
      return `        <fieldset class="item" data-item-id="${item.id}" data-type="choice"${described}>
          <legend>${title}${required(item)}</legend>${help(item, helpId)}
          <div class="choices">${choices.join('')}
          </div>
        </fieldset>`;
    }
    case 'TEXT':
    case 'PARAGRAPH_TEXT': {
      const control =
        item.type === 'TEXT'
          ? `<input type="text" id="${name}" name="${name}"${req}${described} />`
          : `<textarea id="${name}" name="${name}" rows="3"${req}${described}></textarea>`;
      return `        <div class="item" data-item-id="${item.id}" data-type="text">
          <label for="${name}">${title}${required(item)}</label>${help(item, helpId)}
          ${control}
        </div>`;
    }
  }
}

function heading(form: FormRecord): string {
  const description = form.description
    ? `\n        <p class="description">${escapeHtml(form.description)}</p>`
    : '';
  return `      <header class="form-head">
        <h1>${escapeHtml(form.title || 'Untitled form')}</h1>${description}
      </header>`;
}

/**
 * GET /forms/<id>: the form as its respondents see it, or Google's message when it takes no
 * answers (closed, or not published). The script (client/provider-form.ts) sends the answers.
 */
export function formPage(form: FormRecord): string {
  const status = formStatus(form);
  if (!status.open) {
    return page(
      form.title,
      `${heading(form)}
      <p class="closed" role="status">${escapeHtml(status.message)}</p>`,
    );
  }
  const email =
    form.collectEmail || form.requireLogin || form.limitOneResponsePerUser
      ? `        <div class="item">
          <label for="respondent-email">Email <span class="required" aria-hidden="true">*</span></label>
          <input type="email" id="respondent-email" name="respondentEmail" autocomplete="email" required />
        </div>\n`
      : '';
  return page(
    form.title,
    `${heading(form)}
      <form id="provider-form" data-form-id="${escapeHtml(form.id)}">
${email}${form.items.map(itemHtml).join('\n')}
        <p id="form-error" class="error" role="alert" hidden></p>
        <button type="submit">Submit</button>
      </form>
      <div id="form-sent" class="sent" role="status" hidden>
        <p id="form-confirmation"></p>
        <p><a href="/forms/${escapeHtml(form.id)}">Submit another response</a></p>
      </div>`,
    true,
  );
}

export function confirmation(form: FormRecord): string {
  return form.confirmationMessage || DEFAULT_CONFIRMATION;
}
