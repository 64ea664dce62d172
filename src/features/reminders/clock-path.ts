// Before reminders are on: one read through the path the clock run will take, and what failed in a DSL's words.
import { errorText } from '../../shared/error-text';
import { parseSettings, SettingsSheet } from '../../domain/sheets/settings';
import { readPickerDeployment } from '../../workspace/picker-config';
import { settingRows } from '../../workspace/settings';
import { rowsOf } from '../../workspace/table';
import type { WorkbookAccess, WorkbookPath } from '../../workspace/workbook/access';
import {
  backgroundPath,
  installedAsAddOn,
  openConnectedWorkbook,
} from '../../workspace/workbook/open';
import { CONNECT_WHERE } from '../documents/connect-messages';

export type ClockPathCheck =
  | {
      readonly ok: true;
      readonly path: WorkbookPath;
      /** The DSL on Settings, read through that path: told if the runs ever stop. */
      readonly dslEmail: string;
    }
  | {
      readonly ok: false;
      /** 'connect': this person can put it right by picking the workbook (Connect templates). */
      readonly remedy: 'connect' | 'deployer' | 'retry';
      readonly message: string;
    };

const NOT_ON = 'Reminders are not on yet';

/**
 * A bound script's clock runs have the spreadsheet open [doc: bound scripts]; an add-on's do not
 * [reported], so they open the workbook by id (the full `spreadsheets` scope) or through the
 * Sheets API (the workbook picked in the Google Picker). Either way the check reads Settings
 * exactly as the hourly run will, before anything is changed.
 */
export function checkClockPath(active: WorkbookAccess): ClockPathCheck {
  const path: WorkbookPath = installedAsAddOn() ? backgroundPath() : 'active spreadsheet';
  let settingsGrid;
  try {
    const access = path === 'active spreadsheet' ? active : openConnectedWorkbook(active.id, path);
    const grids = access.readSheets([SettingsSheet.name]);
    const read = rowsOf(SettingsSheet, grids, access);
    if (!read.ok) return { ok: false, remedy: 'retry', message: `${NOT_ON}: ${read.message}` };
    settingsGrid = read.table;
  } catch (error) {
    return refused(path, errorText(error));
  }
  const { settings } = parseSettings(settingRows(settingsGrid));
  return { ok: true, path, dslEmail: settings.dslEmail ?? '' };
}

function refused(path: WorkbookPath, problem: string): ClockPathCheck {
  if (path === 'Sheets API') {
    const picker = readPickerDeployment();
    if (!picker.ok) {
      return {
        ok: false,
        remedy: 'deployer',
        message: `${NOT_ON}: the hourly run opens this workbook with the access you give it in the Google Picker, and whoever installed the add-on for your school has not finished setting the Picker up (the script properties ${picker.missing.join(' and ')} are missing; the add-on's README, "Deploying as an add-on", says what to add). Until then reminders cannot run from this add-on.`,
      };
    }
    return {
      ok: false,
      remedy: 'connect',
      message: `${NOT_ON}: the hourly run cannot open this workbook for you yet. Choose ${CONNECT_WHERE} and pick this workbook (and the templates, if they are listed), then turn reminders on again. Google gives the add-on only the files you pick.`,
    };
  }
  return {
    ok: false,
    remedy: 'retry',
    message: `${NOT_ON}: the hourly run could not open this workbook (Google said: ${problem}). Try again in a minute; if it keeps failing, ask whoever installed the add-on.`,
  };
}
