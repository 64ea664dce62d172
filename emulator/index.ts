// The emulator's public face: a Workspace to hold state, and loadAddOn to run the built bundle in it.
export {
  Workspace,
  type WorkspaceOptions,
  type RunAs,
  type InstallationSourceName,
} from './workspace';
export {
  loadAddOn,
  AddOn,
  type LoadOptions,
  type RunOptions,
  type ExecutionRecord,
  type FormSubmitOptions,
  type FormSubmitResult,
} from './runtime/add-on';
export { FormsState } from './forms/state';
export type { FormAnswers, SubmitOutcome } from './forms/submit';
export type { FormRecord, FormsJSON, ItemRecord, ResponseRecord } from './forms/records';
export { readBundle, topLevelFunctionNames, type Bundle, type Manifest } from './runtime/bundle';
export { requiredScopes } from './runtime/permissions';
export { directExecution } from './core/direct';
export type { AuthModeName, Execution, ExecutionKind } from './core/execution';
export type { SentMail } from './services/mail';
