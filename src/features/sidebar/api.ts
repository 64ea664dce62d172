// Every server function the sidebar calls, checked against the shared contract (src/shared/sidebar-api.ts):
// a renamed or retyped function breaks the build, not a teacher's click (STYLE.md).
import type { SidebarApi } from '../../shared/sidebar-api';
import { recordConcern } from './concern';
import { previewEmail, sendEmail } from './email';
import { recordFollowUp } from './follow-up';
import { generateDocument } from './generate-document';
import { recordRegister } from './register';
import { makeReport } from './report';
import { recordReview } from './review';
import { getSelectedPlacement, openRow } from './selected';
import { saveSetup } from './setup';
import { getSidebarState } from './state';
import { takeOverReminders } from './take-over';
import { setProviderReturns } from './provider-returns';
import { showConnectTemplates } from '../documents/connect-templates';

/** Each takes its argument as unknown: google.script.run lets the browser send anything (PLATFORM.md). */
export const sidebarApi = {
  getSidebarState,
  getSelectedPlacement,
  openRow,
  recordRegister,
  recordReview,
  recordConcern,
  recordFollowUp,
  generateDocument,
  previewEmail,
  sendEmail,
  saveSetup,
  takeOverReminders,
  setProviderReturns,
  showConnectTemplates,
  makeReport,
} satisfies SidebarApi;
