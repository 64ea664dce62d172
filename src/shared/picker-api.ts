// The "Connect templates" dialog's calls to the server (issue 12): plain data only, like the sidebar's.
// This one module is the contract between src/features/documents/connect-templates.ts and sidebar/picker/.

/** One of the school's files a person's runs must reach: the templates and folder Settings names, and in an add-on the workbook. */
export interface SchoolFile {
  /** The Drive id Settings records. */
  readonly id: string;
  /** "Parent/carer agreement template", "AP Placements documents folder". */
  readonly label: string;
  /** The name setup gave it in Drive, which the Picker shows ("LA notification template"). */
  readonly driveName: string;
  /** 'workbook': this spreadsheet, which an add-on's hourly run opens with the person's access. */
  readonly kind: 'template' | 'folder' | 'workbook';
  /** Whether the add-on can use it in this person's runs (drive.file: made for them, or picked). */
  readonly connected: boolean;
}

/** What the dialog needs to open the Google Picker, or why it cannot. */
export type PickerSetup =
  | {
      readonly ok: true;
      /** The Cloud project number (PickerBuilder.setAppId): needed for drive.file. */
      readonly appId: string;
      /** The browser API key restricted to the Picker API (PickerBuilder.setDeveloperKey). */
      readonly developerKey: string;
      /** ScriptApp.getOAuthToken(): this person's token, carrying the add-on's scopes. */
      readonly oauthToken: string;
      readonly files: readonly SchoolFile[];
    }
  | { readonly ok: false; readonly message: string };

/** The ids the Picker returned (at most 20), sent with a request id: safe to send twice. */
export interface PickedForm {
  readonly ids: readonly string[];
  readonly requestId?: string;
}

export interface PicksRecorded {
  /** True when every school file is now connected for this person. */
  readonly complete: boolean;
  /** What was connected and what is still to pick, in a sentence or two. */
  readonly message: string;
  readonly files: readonly SchoolFile[];
}

/** Every server function the dialog may call through google.script.run. */
export interface PickerApi {
  getPickerSetup(): PickerSetup;
  connectPickedFiles(form: PickedForm): PicksRecorded;
}
