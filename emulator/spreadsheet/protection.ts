// Protection: a protected range or sheet, its editors, description and warning-only flag.
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { User } from '../services/session';
import {
  asGoogle,
  rangeHandle,
  type Doc,
  type GProtection,
  type GProtectionType,
  type GRange,
  type GUser,
} from './handles';
import { mayEdit } from './protection-rules';
import { Range } from './range';
import type { ProtectionModel, SheetModel } from './sheet-model';

type Methods =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getRangeName'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setUnprotectedRanges'
  | 'setWarningOnly';

const emailOf = (u: unknown): string =>
  typeof u === 'string'
    ? u
    : typeof (u as GUser)?.getEmail === 'function'
      ? (u as GUser).getEmail()
      : String(u);

/** https://developers.google.com/apps-script/reference/spreadsheet/protection */
export class Protection extends Emulated implements Pick<GProtection, Methods> {
  readonly [KIND] = 'Protection';
  readonly #doc: Doc;
  readonly #sheet: SheetModel;
  readonly #p: ProtectionModel;

  constructor(doc: Doc, sheet: SheetModel, model: ProtectionModel) {
    super();
    this.#doc = doc;
    this.#sheet = sheet;
    this.#p = model;
  }

  #self(): GProtection {
    return asGoogle(this);
  }

  /** Mirroring ends at the first editor change; the list starts as everyone who may edit the file. */
  #editors(): string[] {
    if (this.#p.editors) return this.#p.editors;
    const { state, exec } = this.#doc;
    const all = [state.owner, exec.effectiveUser, ...state.editors].filter((e) => e !== '');
    this.#p.editors = [...new Set(all.map((e) => e.toLowerCase()))];
    return this.#p.editors;
  }

  addEditor(emailAddress: string | GUser): GProtection {
    const email = emailOf(emailAddress).toLowerCase();
    const editors = this.#editors();
    if (!editors.includes(email)) editors.push(email);
    return this.#self();
  }
  addEditors(emailAddresses: string[]): GProtection {
    for (const e of emailAddresses) this.addEditor(e);
    return this.#self();
  }
  /**
   * Neither the spreadsheet's owner nor the current user can be removed (Protection.removeEditor
   * docs; the class example relies on it: addEditor(me) then removeEditors(getEditors())).
   */
  removeEditor(emailAddress: string | GUser): GProtection {
    const email = emailOf(emailAddress).toLowerCase();
    const keep = [this.#doc.state.owner, this.#doc.exec.effectiveUser].map((e) => e.toLowerCase());
    if (keep.includes(email)) {
      this.#editors();
      return this.#self();
    }
    this.#p.editors = this.#editors().filter((e) => e !== email);
    return this.#self();
  }
  removeEditors(emailAddresses: Array<string | GUser>): GProtection {
    for (const e of emailAddresses) this.removeEditor(e);
    return this.#self();
  }
  getEditors(): GUser[] {
    const { state, exec } = this.#doc;
    const list = this.#p.editors ?? [state.owner, exec.effectiveUser, ...state.editors];
    return [...new Set(list.filter((e) => e !== '').map((e) => e.toLowerCase()))].map((e) =>
      asGoogle<GUser>(new User(e)),
    );
  }
  /** Whether the user running the script may edit the protected area. */
  canEdit(): boolean {
    return mayEdit(this.#doc.state, this.#p, this.#doc.exec.effectiveUser);
  }
  canDomainEdit(): boolean {
    return this.#p.domainEdit;
  }
  setDomainEdit(editable: boolean): GProtection {
    this.#editors();
    this.#p.domainEdit = Boolean(editable);
    return this.#self();
  }
  getDescription(): string {
    return this.#p.description;
  }
  setDescription(description: string): GProtection {
    this.#p.description = String(description);
    return this.#self();
  }
  isWarningOnly(): boolean {
    return this.#p.warningOnly;
  }
  /** Warning-based: everyone may edit, after a warning. Not the default. */
  setWarningOnly(warningOnly: boolean): GProtection {
    this.#p.warningOnly = Boolean(warningOnly);
    return this.#self();
  }
  getProtectionType(): GProtectionType {
    return this.#p.type as unknown as GProtectionType;
  }
  /** The protected range; for a sheet protection, the whole sheet. */
  getRange(): GRange {
    const rect = this.#p.rect ?? {
      row: 1,
      column: 1,
      numRows: this.#sheet.maxRows,
      numColumns: this.#sheet.maxColumns,
    };
    return asGoogle(new Range(this.#doc, this.#sheet, rect));
  }
  getRangeName(): string | null {
    return this.#p.rangeName;
  }
  setRange(range: GRange): GProtection {
    const h = rangeHandle(range, 'Protection.setRange');
    if (this.#p.type === 'SHEET' || h.sheet !== this.#sheet) {
      throw new AppsScriptError('Invalid argument: range'); // [open] wording unconfirmed
    }
    this.#p.rect = { ...h.rect };
    return this.#self();
  }
  getUnprotectedRanges(): GRange[] {
    return this.#p.unprotected.map((r) => asGoogle<GRange>(new Range(this.#doc, this.#sheet, r)));
  }
  /** Only for sheet protections: the holes in it. */
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    this.#p.unprotected = ranges.map((r) => ({
      ...rangeHandle(r, 'Protection.setUnprotectedRanges').rect,
    }));
    return this.#self();
  }
  remove(): void {
    this.#sheet.protections = this.#sheet.protections.filter((p) => p !== this.#p);
  }
}
