// The local preview on the sample school, open in headless Chromium, for the e2e suites that drive it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(preview.url);
  await page.getByText('Pupil name', { exact: true }).first().waitFor();
  return {
    preview,
    browser,
    page,
    dialogs,
    pageErrors,
    async close() {
      await browser.close();
      await preview.close();
      state.remove();
    },
  };
}
