// FormApp's enums the emulator models: ItemType and DestinationType.
import { enumOf } from '../services/enums';

/**
 * https://developers.google.com/apps-script/reference/forms/item-type: every name is listed so a
 * script can compare with any; only the four in records.ts can be made here.
 */
export const ItemType = enumOf(
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'RATING',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
);

/** https://developers.google.com/apps-script/reference/forms/destination-type */
export const DestinationType = enumOf('SPREADSHEET');
