// A placement's attendance at the provider this half-term, and its absences awaiting follow-up (P13).
import { html, nothing, type TemplateResult } from 'lit-html';
import type { PlacementView } from '../../../src/shared/sidebar-api';
import { followUpForm, followUpsKey } from '../forms/follow-up';
import { statusLine } from '../forms/fields';
import { formatDate, percent, plural } from '../format';
import { formStatus } from '../state';
import { disclosure } from './disclosure';

export function attendanceSection(view: PlacementView): TemplateResult {
  const { attendance } = view;
  const absences = attendance.absencesNotFollowedUp;
  return html`<section class="block" aria-labelledby="attendance-title">
    <h2 id="attendance-title">Attendance this half-term</h2>
    <p>
      <strong class="figure">${percent(attendance.percent)}</strong>
      ${
        attendance.marked > 0
          ? html`<span class="secondary"
              >${attendance.attended} of ${plural(attendance.marked, 'session')} attended</span
            >`
          : nothing
      }
    </p>
    <p class=${attendance.sessionsMissing > 0 ? 'error' : 'secondary'}>
      ${
        attendance.sessionsMissing > 0
          ? `${plural(attendance.sessionsMissing, 'session')} with no mark yet`
          : 'Every session so far has a mark.'
      }
    </p>
    ${
      absences.length === 0
        ? html`<p class="secondary">No absence waits for follow-up.</p>`
        : html`<h3 class="error">${plural(absences.length, 'absence')} not followed up</h3>
            <ul class="absences">
              ${absences.map(
                (absence) =>
                  html`<li>
                    <div>
                      <strong>${formatDate(absence.date)} ${absence.session}</strong>
                      ${
                        absence.reason
                          ? html`<span class="secondary">${absence.reason}</span>`
                          : html`<span class="secondary">no reason given</span>`
                      }
                    </div>
                    ${disclosure(`follow-up:${absence.row}`, 'Follow up', () =>
                      followUpForm(view, absence),
                    )}
                  </li>`,
              )}
            </ul>`
    }
    ${statusLine(formStatus(followUpsKey(view.placementId)))}
  </section>`;
}
