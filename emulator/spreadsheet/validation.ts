// DataValidation and DataValidationBuilder: rules built by scripts, stored on cells as plain data.
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { isDate } from './cell';
import {
  asGoogle,
  rangeHandle,
  type Doc,
  type GCriteria,
  type GDataValidation,
  type GDataValidationBuilder,
  type GRange,
} from './handles';
import { Range } from './range';
import {
  copyArg,
  CRITERIA,
  isRangeRef,
  type CriteriaName,
  type RuleArg,
  type ValidationRule,
} from './validation-rule';

type Methods = 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText';

const rules = new WeakMap<object, ValidationRule>();

/** The stored rule behind a DataValidation the script passes back (setDataValidation). */
export function ruleOf(o: unknown): ValidationRule | undefined {
  return typeof o === 'object' && o !== null ? rules.get(o) : undefined;
}

/** Rule arguments as a script sees them: Dates copied, range references as Range objects. */
function scriptArgs(doc: Doc, args: readonly RuleArg[]): unknown[] {
  return args.map((a) => {
    if (!isRangeRef(a)) return copyArg(a);
    const sheet = doc.state.sheetById(a.$range.sheetId);
    if (!sheet) return null;
    const { row, column, numRows, numColumns } = a.$range;
    return new Range(doc, sheet, { row, column, numRows, numColumns });
  });
}

function hostArg(v: unknown, method: string): RuleArg {
  if (isDate(v)) return new Date(v.getTime());
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const h = rangeHandle(v, method);
  return { $range: { sheetId: h.sheet.id, ...h.rect } };
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class DataValidation extends Emulated implements Pick<GDataValidation, Methods> {
  readonly [KIND] = 'DataValidation';
  readonly #doc: Doc;
  readonly #rule: ValidationRule;

  constructor(doc: Doc, rule: ValidationRule) {
    super();
    this.#doc = doc;
    this.#rule = rule;
    rules.set(this, rule);
  }

  copy(): GDataValidationBuilder {
    return asGoogle(new DataValidationBuilder(this.#doc, this.#rule));
  }
  getAllowInvalid(): boolean {
    return this.#rule.allowInvalid;
  }
  getCriteriaType(): GCriteria {
    return this.#rule.criteria as unknown as GCriteria;
  }
  getCriteriaValues(): unknown[] {
    return scriptArgs(this.#doc, this.#rule.args);
  }
  /** "Gets the rule's help text, or null if no help text is set." */
  getHelpText(): string {
    return this.#rule.helpText as string;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder */
export class DataValidationBuilder
  extends Emulated
  implements
    Pick<
      GDataValidationBuilder,
      | Methods
      | 'build'
      | 'requireCheckbox'
      | 'requireDate'
      | 'requireDateAfter'
      | 'requireDateBefore'
      | 'requireDateBetween'
      | 'requireDateEqualTo'
      | 'requireDateNotBetween'
      | 'requireDateOnOrAfter'
      | 'requireDateOnOrBefore'
      | 'requireFormulaSatisfied'
      | 'requireNumberBetween'
      | 'requireNumberEqualTo'
      | 'requireNumberGreaterThan'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThan'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireNumberNotBetween'
      | 'requireNumberNotEqualTo'
      | 'requireTextContains'
      | 'requireTextDoesNotContain'
      | 'requireTextEqualTo'
      | 'requireTextIsEmail'
      | 'requireTextIsUrl'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'withCriteria'
    >
{
  readonly [KIND] = 'DataValidationBuilder';
  readonly #doc: Doc;
  #criteria: CriteriaName | null = null;
  #args: RuleArg[] = [];
  /** "The default for new data validation rules is true." (setAllowInvalid docs) */
  #allowInvalid = true;
  #helpText: string | null = null;

  constructor(doc: Doc, from?: ValidationRule) {
    super();
    this.#doc = doc;
    if (from) {
      this.#criteria = from.criteria;
      this.#args = from.args.map(copyArg);
      this.#allowInvalid = from.allowInvalid;
      this.#helpText = from.helpText;
    }
  }

  #set(criteria: CriteriaName, method: string, ...args: unknown[]): GDataValidationBuilder {
    this.#criteria = criteria;
    this.#args = args.map((a) => hostArg(a, `DataValidationBuilder.${method}`));
    return asGoogle(this);
  }

  build(): GDataValidation {
    // [open] Google's wording for building without criteria is not documented.
    if (this.#criteria === null)
      throw new AppsScriptError('The data validation rule has no criteria.');
    return asGoogle(
      new DataValidation(this.#doc, {
        criteria: this.#criteria,
        args: this.#args.map(copyArg),
        allowInvalid: this.#allowInvalid,
        helpText: this.#helpText,
      }),
    );
  }
  copy(): GDataValidationBuilder {
    const b = new DataValidationBuilder(this.#doc);
    b.#criteria = this.#criteria;
    b.#args = this.#args.map(copyArg);
    b.#allowInvalid = this.#allowInvalid;
    b.#helpText = this.#helpText;
    return asGoogle(b);
  }
  getAllowInvalid(): boolean {
    return this.#allowInvalid;
  }
  getCriteriaType(): GCriteria {
    return this.#criteria as unknown as GCriteria;
  }
  getCriteriaValues(): unknown[] {
    return scriptArgs(this.#doc, this.#args);
  }
  getHelpText(): string | null {
    return this.#helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder {
    this.#allowInvalid = Boolean(allowInvalidData);
    return asGoogle(this);
  }
  setHelpText(helpText: string): GDataValidationBuilder {
    this.#helpText = String(helpText);
    return asGoogle(this);
  }
  withCriteria(criteria: GCriteria | CriteriaName, args: unknown[]): GDataValidationBuilder {
    const name = String(criteria);
    if (!(CRITERIA as readonly string[]).includes(name)) {
      throw new AppsScriptError(`Invalid argument: criteria`);
    }
    return this.#set(name as CriteriaName, 'withCriteria', ...args);
  }

  /** getCriteriaValues() gives [list, showDropdown]; the dropdown shows by default. */
  requireValueInList(values: string[], showDropdown = true): GDataValidationBuilder {
    return this.#set('VALUE_IN_LIST', 'requireValueInList', values, Boolean(showDropdown));
  }
  requireValueInRange(range: GRange, showDropdown = true): GDataValidationBuilder {
    return this.#set('VALUE_IN_RANGE', 'requireValueInRange', range, Boolean(showDropdown));
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GDataValidationBuilder {
    const args = [checkedValue, uncheckedValue].filter((a) => a !== undefined);
    return this.#set('CHECKBOX', 'requireCheckbox', ...args);
  }
  requireDate(): GDataValidationBuilder {
    return this.#set('DATE_IS_VALID_DATE', 'requireDate');
  }
  requireDateAfter(date: Date): GDataValidationBuilder {
    return this.#set('DATE_AFTER', 'requireDateAfter', date);
  }
  requireDateBefore(date: Date): GDataValidationBuilder {
    return this.#set('DATE_BEFORE', 'requireDateBefore', date);
  }
  requireDateBetween(start: Date, end: Date): GDataValidationBuilder {
    return this.#set('DATE_BETWEEN', 'requireDateBetween', start, end);
  }
  requireDateEqualTo(date: Date): GDataValidationBuilder {
    return this.#set('DATE_EQUAL_TO', 'requireDateEqualTo', date);
  }
  requireDateNotBetween(start: Date, end: Date): GDataValidationBuilder {
    return this.#set('DATE_NOT_BETWEEN', 'requireDateNotBetween', start, end);
  }
  requireDateOnOrAfter(date: Date): GDataValidationBuilder {
    return this.#set('DATE_ON_OR_AFTER', 'requireDateOnOrAfter', date);
  }
  requireDateOnOrBefore(date: Date): GDataValidationBuilder {
    return this.#set('DATE_ON_OR_BEFORE', 'requireDateOnOrBefore', date);
  }
  requireFormulaSatisfied(formula: string): GDataValidationBuilder {
    return this.#set('CUSTOM_FORMULA', 'requireFormulaSatisfied', String(formula));
  }
  requireNumberBetween(start: number, end: number): GDataValidationBuilder {
    return this.#set('NUMBER_BETWEEN', 'requireNumberBetween', start, end);
  }
  requireNumberEqualTo(number: number): GDataValidationBuilder {
    return this.#set('NUMBER_EQUAL_TO', 'requireNumberEqualTo', number);
  }
  requireNumberGreaterThan(number: number): GDataValidationBuilder {
    return this.#set('NUMBER_GREATER_THAN', 'requireNumberGreaterThan', number);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GDataValidationBuilder {
    return this.#set(
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'requireNumberGreaterThanOrEqualTo',
      number,
    );
  }
  requireNumberLessThan(number: number): GDataValidationBuilder {
    return this.#set('NUMBER_LESS_THAN', 'requireNumberLessThan', number);
  }
  requireNumberLessThanOrEqualTo(number: number): GDataValidationBuilder {
    return this.#set('NUMBER_LESS_THAN_OR_EQUAL_TO', 'requireNumberLessThanOrEqualTo', number);
  }
  requireNumberNotBetween(start: number, end: number): GDataValidationBuilder {
    return this.#set('NUMBER_NOT_BETWEEN', 'requireNumberNotBetween', start, end);
  }
  requireNumberNotEqualTo(number: number): GDataValidationBuilder {
    return this.#set('NUMBER_NOT_EQUAL_TO', 'requireNumberNotEqualTo', number);
  }
  requireTextContains(text: string): GDataValidationBuilder {
    return this.#set('TEXT_CONTAINS', 'requireTextContains', String(text));
  }
  requireTextDoesNotContain(text: string): GDataValidationBuilder {
    return this.#set('TEXT_DOES_NOT_CONTAIN', 'requireTextDoesNotContain', String(text));
  }
  requireTextEqualTo(text: string): GDataValidationBuilder {
    return this.#set('TEXT_EQUAL_TO', 'requireTextEqualTo', String(text));
  }
  requireTextIsEmail(): GDataValidationBuilder {
    return this.#set('TEXT_IS_VALID_EMAIL', 'requireTextIsEmail');
  }
  requireTextIsUrl(): GDataValidationBuilder {
    return this.#set('TEXT_IS_VALID_URL', 'requireTextIsUrl');
  }
}
