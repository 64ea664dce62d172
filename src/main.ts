// The entry-point table: every function Apps Script may call, and nothing else.
// gas-webpack-plugin turns each `global.name = fn` below into a top-level `function name() {}`
// declaration, which is what Apps Script lists and calls (menus, triggers, google.script.run).
import { onOpen, onInstall } from './features/menu';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.onInstall = onInstall;
