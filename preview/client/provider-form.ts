// The provider's view of one form (served as /provider-form.js): sends the answers as JSON to
// POST /api/forms/submit, as every action of the preview is sent, and shows Google's answer as text.
import type { FormSubmitAnswer } from '../shared/api';

type Answers = Record<string, string>;

/** The chosen radio's value, or the "Other" text when Other is chosen. */
function choiceOf(item: HTMLElement): string {
  const chosen = item.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  const otherId = chosen?.dataset.other;
  if (!otherId) return chosen?.value ?? '';
  const other = document.getElementById(otherId);
  return other instanceof HTMLInputElement ? other.value.trim() : '';
}

function textOf(item: HTMLElement): string {
  const box = item.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
  return box?.value.trim() ?? '';
}

/** Answers by item id: a chosen radio (or the "Other" text), a text box; unanswered items are left out. */
function answersOf(form: HTMLFormElement): Answers {
  const answers: Answers = {};
  for (const item of form.querySelectorAll<HTMLElement>('[data-item-id]')) {
    const id = item.dataset.itemId ?? '';
    const value = item.dataset.type === 'choice' ? choiceOf(item) : textOf(item);
    if (id && value !== '') answers[id] = value;
  }
  return answers;
}

async function send(form: HTMLFormElement): Promise<FormSubmitAnswer> {
  const email = form.querySelector<HTMLInputElement>('#respondent-email')?.value.trim();
  const response = await fetch('/api/forms/submit', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      formId: form.dataset.formId ?? '',
      answers: answersOf(form),
      ...(email ? { respondentEmail: email } : {}),
    }),
  });
  const data = (await response.json()) as FormSubmitAnswer & { error?: string };
  if (!response.ok) return { submitted: false, message: data.error ?? `${response.status}` };
  return data;
}

function start(): void {
  const form = document.getElementById('provider-form');
  if (!(form instanceof HTMLFormElement)) return;
  const error = document.getElementById('form-error');
  const sent = document.getElementById('form-sent');
  const confirmation = document.getElementById('form-confirmation');
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (button) button.disabled = true;
    void send(form)
      .catch((e: unknown) => ({
        submitted: false,
        message: e instanceof Error ? e.message : String(e),
      }))
      .then((answer) => {
        if (button) button.disabled = false;
        if (answer.submitted) {
          form.hidden = true;
          if (confirmation) confirmation.textContent = answer.message;
          if (sent) sent.hidden = false;
        } else if (error) {
          error.textContent = answer.message;
          error.hidden = false;
        }
      });
  });
}

start();
