// Runs a block of tests once per way the add-on is deployed (issue 13): a script bound to the sheet,
// and an editor add-on whose clock runs have no spreadsheet open and reach it through the Sheets API.
import type { RunAs, Workspace } from '../../../emulator';

export const DEPLOYMENTS: readonly RunAs[] = ['bound script', 'editor add-on'];

let current: RunAs = 'bound script';

/** The deployment the next workbook is loaded as (support/workbook.ts reads it). */
export function currentDeployment(): RunAs {
  return current;
}

/**
 * Staff who may turn reminders on or take them over in the tests. As an editor add-on the hourly
 * run opens the workbook with its owner's `drive.file` access, which they have once they picked it
 * in the Google Picker: each of them did, as the Picker would grant it.
 */
export const PICKED_BY: readonly string[] = [
  'dsl@example.sch.uk',
  'colleague@school.example',
  'pastoral@example.sch.uk',
  'sendco@example.sch.uk',
];

/** Sets up a loaded workspace as the current deployment. */
export function deploy(ws: Workspace): void {
  ws.runAs(current);
  if (current === 'editor add-on') {
    for (const user of new Set([ws.user, ...PICKED_BY])) ws.drive.pick([ws.spreadsheet.id], user);
  }
}

/**
 * `body` once per deployment, inside a describe naming it. The deployment is set both while the
 * block is collected (workbooks made at describe level) and before its tests run (made inside them).
 */
export function inEachDeployment(body: (deployment: RunAs) => void): void {
  describe.each(DEPLOYMENTS)('deployed as a %s', (deployment) => {
    beforeAll(() => {
      current = deployment;
    });
    afterAll(() => {
      current = 'bound script';
    });
    current = deployment;
    try {
      body(deployment);
    } finally {
      current = 'bound script';
    }
  });
}
