// dist/ read once per test file: these suites load the add-on into a few thousand fresh workspaces,
// and reading the bundle (parsing it for its top-level functions) costs ~150 ms each time.
// Used as `jest.mock('../../../emulator/runtime/bundle', () => jest.requireActual('./bundle-once'))`.
import type * as Real from '../../../emulator/runtime/bundle';

const real = jest.requireActual<typeof Real>('../../../emulator/runtime/bundle');
const read = new Map<string, Real.Bundle>();

export const { defaultDistDir, topLevelFunctionNames } = real;
export type { Bundle, Manifest } from '../../../emulator/runtime/bundle';

/** The bundle as it was first read in this test file (the build does not change during a run). */
export function readBundle(distDir: string = real.defaultDistDir): Real.Bundle {
  let bundle = read.get(distDir);
  if (!bundle) {
    bundle = real.readBundle(distDir);
    read.set(distDir, bundle);
  }
  return bundle;
}
