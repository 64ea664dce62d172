// The entry-point table: every function Apps Script may call, and nothing else.
// gas-webpack-plugin turns each `global.name = fn` below into a top-level `function name() {}`
// declaration, which is what Apps Script lists and calls (menus, triggers, google.script.run).
import { archiveTheYear } from './features/archive/archive-year';
import { listArchivesToReview } from './features/records/archives-to-review';
import { makePlacementRecord, makeSubjectAccessRecord } from './features/records/placement-record';
import { checkTheLog } from './features/check-log';
import { checkTemplates } from './features/documents/check-templates';
import { pickerApi, showConnectTemplates } from './features/documents/connect-templates';
import {
  generateLaNotification,
  generateParentAgreement,
  generatePersonalisedPlan,
  generateProviderAgreement,
  generateSafeguardingRequest,
} from './features/documents/generate';
import { restoreDefaultTemplates } from './features/documents/restore-templates';
import { onInstall, onOpen } from './features/menu';
import { onEdit } from './features/on-edit';
import { runHourlyJobs } from './features/reminders/run-hourly-jobs';
import { makeApRegister } from './features/reports/ap-register';
import { makeApRegisterDoc } from './features/reports/ap-register-doc';
import { makeCensusReturn } from './features/reports/census-return';
import { makeEvaluation } from './features/reports/evaluation';
import {
  installReminders,
  reminderStatus,
  removeReminders,
} from './features/reminders/turn-reminders';
import { receiveProviderReturns } from './features/returns/receive-returns';
import { turnProviderReturnsOff, turnProviderReturnsOn } from './features/returns/turn-returns';
import { setUpWorkbook } from './features/set-up-workbook';
import { sidebarApi } from './features/sidebar/api';
import { showSidebar } from './features/sidebar/state';
import { validatePlacements } from './features/validate-placements';

declare const global: Record<string, unknown>;

// Simple triggers.
global.onOpen = onOpen;
global.onInstall = onInstall;
global.onEdit = onEdit;
// Menu items.
global.showSidebar = showSidebar;
global.setUpWorkbook = setUpWorkbook;
global.validatePlacements = validatePlacements;
global.checkTheLog = checkTheLog;
global.makeApRegister = makeApRegister;
global.makeApRegisterDoc = makeApRegisterDoc;
global.makeCensusReturn = makeCensusReturn;
global.makeEvaluation = makeEvaluation;
global.archiveTheYear = archiveTheYear;
global.makePlacementRecord = makePlacementRecord;
global.makeSubjectAccessRecord = makeSubjectAccessRecord;
global.listArchivesToReview = listArchivesToReview;
global.generateParentAgreement = generateParentAgreement;
global.generateProviderAgreement = generateProviderAgreement;
global.generatePersonalisedPlan = generatePersonalisedPlan;
global.generateLaNotification = generateLaNotification;
global.generateSafeguardingRequest = generateSafeguardingRequest;
global.checkTemplates = checkTemplates;
global.showConnectTemplates = showConnectTemplates;
global.restoreDefaultTemplates = restoreDefaultTemplates;
global.installReminders = installReminders;
global.removeReminders = removeReminders;
global.reminderStatus = reminderStatus;
global.turnProviderReturnsOn = turnProviderReturnsOn;
global.turnProviderReturnsOff = turnProviderReturnsOff;
// The hourly time-driven trigger (src/workspace/reminder-trigger.ts).
global.runHourlyJobs = runHourlyJobs;
// The installable on-form-submit trigger: a provider's form was answered (src/workspace/returns-trigger.ts).
global.receiveProviderReturns = receiveProviderReturns;
// Called by the sidebar through google.script.run (src/shared/sidebar-api.ts), every input validated.
global.getSidebarState = sidebarApi.getSidebarState;
global.getSelectedPlacement = sidebarApi.getSelectedPlacement;
global.openRow = sidebarApi.openRow;
// The sidebar's forms: each answers a FormResult with field errors, or the state after the change.
global.recordRegister = sidebarApi.recordRegister;
global.recordReview = sidebarApi.recordReview;
global.recordConcern = sidebarApi.recordConcern;
global.recordFollowUp = sidebarApi.recordFollowUp;
global.generateDocument = sidebarApi.generateDocument;
global.previewEmail = sidebarApi.previewEmail;
global.sendEmail = sidebarApi.sendEmail;
global.saveSetup = sidebarApi.saveSetup;
global.takeOverReminders = sidebarApi.takeOverReminders;
global.setProviderReturns = sidebarApi.setProviderReturns;
global.makeReport = sidebarApi.makeReport;
// The "Connect templates" dialog (src/shared/picker-api.ts), every input validated.
global.getPickerSetup = pickerApi.getPickerSetup;
global.connectPickedFiles = pickerApi.connectPickedFiles;
