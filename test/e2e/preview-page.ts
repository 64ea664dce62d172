// The local preview on the sample school, open in headless Chromium, for the e2e suites that drive it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningPreview } from '../../preview/http';
import { start, tempStateDir } from '../preview/support';
import { launch } from './browser';

/** Where screenshots go: CI keeps test-results/ as artefacts. */
export const artefacts = path.resolve(__dirname, '../../test-results/e2e');

export interface OpenPreview {
  readonly preview: RunningPreview;
  readonly browser: Browser;
  readonly page: Page;
  /** Every alert/confirm the page raised (a hostile name that ran would show here). */
  readonly dialogs: string[];
  readonly pageErrors: string[];
  /** Every console error or warning of the page and its frames (a refused stylesheet shows here). */
  readonly consoleProblems: string[];
  close(): Promise<void>;
}

/** A fresh preview with its own state folder, and a page showing it once the grid is drawn. */
export async function openPreview(): Promise<OpenPreview> {
  mkdirSync(artefacts, { recursive: true });
  const state = tempStateDir();
  const preview = await start(state.dir);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const consoleProblems: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleProblems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  await page.goto(preview.url);
  await page.getByText('Pupil name', { exact: true }).first().waitFor();
  return {
    preview,
    browser,
    page,
    dialogs,
    pageErrors,
    consoleProblems,
    async close() {
      await browser.close();
      await preview.close();
      state.remove();
    },
  };
}

/**
 * Scrolls `target` into view and lets Chromium draw it there before anything clicks it, as a person
 * only clicks what is on the screen. The viewer's mail or document is a sandboxed frame, which
 * Chromium runs in a process of its own, and the browser sends each mouse event to the frame under
 * it in the last drawn picture. Playwright's click scrolls an element that is out of view and then
 * clicks at once, before the scrolled view is drawn: a link the scroll moved to where the frame was
 * is clicked in the frame instead, and the page never hears of it (no error, nothing happens).
 */
export async function scrollIntoViewAndDraw(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  // Two animation frames: the scrolled view is drawn before the click starts its own checks.
  await target
    .page()
    .evaluate('new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)))');
}

/**
 * Clicks a sheet's tab and waits until the page shows that sheet. The page asks the server first,
 * so for a moment the grid still shows the sheet before: a cell clicked then is that sheet's.
 */
export async function showSheet(page: Page, name: string): Promise<void> {
  const tabs = page.locator('#tabs');
  await tabs.getByRole('button', { name, exact: true }).click();
  await tabs.getByRole('button', { name, exact: true, pressed: true }).waitFor();
}
