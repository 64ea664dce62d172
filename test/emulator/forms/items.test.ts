// Form items: adding, typing, casting, choices, ordering and deleting questions.
import { attendanceForm, FORM_REF, setUp } from './setup';

const ITEM = 'https://developers.google.com/apps-script/reference/forms/item';
const MC = 'https://developers.google.com/apps-script/reference/forms/multiple-choice-item';

describe(`items (${FORM_REF}#addMultipleChoiceItem()) [doc]`, () => {
  it('add*Item returns the typed item; its setters return the item, for chaining', () => {
    const { formApp } = setUp();
    const form = formApp.create('Attendance', true);
    const mc = form.addMultipleChoiceItem();
    expect(mc.setTitle('Attended?').setHelpText('Tick one').setRequired(true)).toBe(mc);
    expect(mc.setChoiceValues(['Yes', 'No'])).toBe(mc);
    expect([mc.getTitle(), mc.getHelpText(), mc.isRequired()]).toEqual([
      'Attended?',
      'Tick one',
      true,
    ]);
    expect(String(mc.getType())).toBe('MULTIPLE_CHOICE');
    expect(String(form.addTextItem().getType())).toBe('TEXT');
    expect(String(form.addParagraphTextItem().getType())).toBe('PARAGRAPH_TEXT');
    expect(String(form.addSectionHeaderItem().getType())).toBe('SECTION_HEADER');
  });

  it(`getChoices gives Choice objects with getValue; showOtherOption/hasOtherOption (${MC}) [doc]`, () => {
    const { formApp } = setUp();
    const { attended } = attendanceForm(formApp);
    expect(attended.getChoices().map((c) => c.getValue())).toEqual(['Yes', 'No']);
    expect(attended.hasOtherOption()).toBe(false);
    attended.showOtherOption(true);
    expect(attended.hasOtherOption()).toBe(true);
    attended.setChoices([attended.createChoice('Present'), attended.createChoice('Absent')]);
    expect(attended.getChoices().map((c) => c.getValue())).toEqual(['Present', 'Absent']);
  });

  it(`item ids are integers; getItems(), getItems(type), getItemById (null for an unknown id), getIndex (${ITEM}) [doc]`, () => {
    const { formApp } = setUp();
    const { form, attended, notes } = attendanceForm(formApp);
    const header = form.addSectionHeaderItem().setTitle('About the day');
    expect(Number.isInteger(attended.getId())).toBe(true);
    expect(form.getItems().map((i) => i.getTitle())).toEqual([
      'Attended?',
      'Notes',
      'About the day',
    ]);
    expect(form.getItems(formApp.ItemType.PARAGRAPH_TEXT).map((i) => i.getId())).toEqual([
      notes.getId(),
    ]);
    expect(form.getItemById(header.getId()).getIndex()).toBe(2);
    expect(form.getItemById(123)).toBeNull();
  });

  it('asMultipleChoiceItem() etc. give the typed item; the wrong cast throws "Invalid conversion for item type: …" [reported]', () => {
    const { formApp } = setUp();
    const { form, attended } = attendanceForm(formApp);
    const generic = form.getItemById(attended.getId());
    expect(generic.asMultipleChoiceItem().getChoices()).toHaveLength(2);
    expect(() => generic.asTextItem()).toThrow('Invalid conversion for item type: MULTIPLE_CHOICE');
    expect(() => form.getItems()[1]?.asMultipleChoiceItem()).toThrow(
      'Invalid conversion for item type: PARAGRAPH_TEXT',
    );
  });

  it(`deleteItem(index) and deleteItem(item); moveItem(item, toIndex) (${FORM_REF}#deleteItem(Item)) [doc]`, () => {
    const { formApp } = setUp();
    const { form, attended, notes } = attendanceForm(formApp);
    const extra = form.addTextItem().setTitle('Staff initials');
    expect(form.moveItem(form.getItemById(extra.getId()), 0).getTitle()).toBe('Staff initials');
    expect(form.getItems().map((i) => i.getTitle())).toEqual([
      'Staff initials',
      'Attended?',
      'Notes',
    ]);
    form.deleteItem(0);
    form.deleteItem(form.getItemById(notes.getId()));
    expect(form.getItems().map((i) => i.getId())).toEqual([attended.getId()]);
  });

  it('a deleted item can no longer be used (wording [open])', () => {
    const { formApp } = setUp();
    const { form, notes } = attendanceForm(formApp);
    const id = notes.getId();
    form.deleteItem(form.getItemById(notes.getId()));
    expect(() => notes.getTitle()).toThrow(`The item with ID ${id} has been deleted.`);
  });
});
