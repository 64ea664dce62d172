// FormApp: create a form, open one by id or URL, and the enums scripts reach through it.
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { asGoogle } from '../spreadsheet/handles';
import { openForm } from './access';
import { DestinationType, ItemType } from './enums';
import { Form } from './form';
import { formIdOfUrl } from './urls';

type Api = GoogleAppsScript.Forms.FormApp;
type GForm = GoogleAppsScript.Forms.Form;

/** https://developers.google.com/apps-script/reference/forms/form-app */
export class FormApp
  extends Emulated
  implements Pick<Api, 'create' | 'openById' | 'openByUrl' | 'getActiveForm'>
{
  readonly [KIND] = 'FormApp';
  readonly DestinationType = DestinationType as unknown as Api['DestinationType'];
  readonly ItemType = ItemType as unknown as Api['ItemType'];
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  /**
   * create(title) / create(title, isPublished): "Creates and returns a new Form. Throws an
   * exception if the given title is null or empty" (wording [open]). Owned by the effective user,
   * a Drive file in their My Drive. Without isPublished, FormsState.newFormsPublished decides.
   */
  create(title: string, isPublished?: boolean): GForm {
    if (title === null || title === undefined || String(title) === '') {
      throw new AppsScriptError('Invalid argument: title');
    }
    const forms = this.#exec.workspace.forms;
    const form = forms.create({
      title: String(title),
      owner: this.#exec.effectiveUser,
      // Whether drive.file reaches a form FormApp made is [open]: here it counts as the app's.
      byApp: true,
      published: isPublished === undefined ? forms.publishesNewForms() : Boolean(isPublished),
    });
    return asGoogle(new Form(this.#exec, form.id));
  }

  /** The form, if the effective user owns or edits it; Google's "No item with the given ID…" otherwise. */
  openById(id: string): GForm {
    return asGoogle(new Form(this.#exec, openForm(this.#exec, String(id)).id));
  }

  /**
   * By the editor URL or a `…/forms/d/<id>/viewform` URL (what Sheet.getFormUrl gives). The
   * respondents' `/forms/d/e/…` URL names no file; a URL that is not a form's is refused with
   * "Invalid argument: url" (wording [open]).
   */
  openByUrl(url: string): GForm {
    const id = formIdOfUrl(String(url));
    if (id === undefined) throw new AppsScriptError('Invalid argument: url');
    return this.openById(id);
  }

  /** A Sheets add-on runs in no form: "the form to which the script is container-bound", none here. */
  getActiveForm(): GForm {
    return null as unknown as GForm;
  }
}
