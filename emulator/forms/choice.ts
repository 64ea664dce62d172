// Choice: one option of a multiple-choice question (its value; navigation and quizzes are not modelled).
import { Emulated, KIND } from '../core/emulated';

/** https://developers.google.com/apps-script/reference/forms/choice */
export class Choice extends Emulated implements Pick<GoogleAppsScript.Forms.Choice, 'getValue'> {
  readonly [KIND] = 'Choice';
  readonly #value: string;

  constructor(value: string) {
    super();
    this.#value = value;
  }

  getValue(): string {
    return this.#value;
  }
}
