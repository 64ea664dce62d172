// Reads what `npm run build` wrote (dist/) exactly as clasp would push it: Code.js, *.html, appsscript.json.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { AdvancedServiceRef } from '../drive/advanced';

export interface Manifest {
  readonly timeZone: string;
  readonly runtimeVersion: string;
  readonly exceptionLogging?: string;
  readonly oauthScopes?: readonly string[];
  /** https://developers.google.com/apps-script/manifest/dependencies */
  readonly dependencies?: {
    readonly enabledAdvancedServices?: readonly AdvancedServiceRef[];
  };
}

export interface Bundle {
  readonly code: string;
  readonly manifest: Manifest;
  /** HTML files by the name HtmlService uses (file name without .html). */
  readonly htmlFiles: ReadonlyMap<string, string>;
  /** Top-level function declarations: the only names Apps Script can call. */
  readonly topLevelFunctions: readonly string[];
}

export const defaultDistDir = path.resolve(__dirname, '../../dist');

/** Names of the top-level `function name() {}` declarations in a script file. */
export function topLevelFunctionNames(code: string): string[] {
  const file = ts.createSourceFile(
    'Code.js',
    code,
    ts.ScriptTarget.ES2020,
    false,
    ts.ScriptKind.JS,
  );
  return file.statements
    .filter(ts.isFunctionDeclaration)
    .map((f) => f.name?.text)
    .filter((n): n is string => typeof n === 'string');
}

export function readBundle(distDir: string = defaultDistDir): Bundle {
  const codePath = path.join(distDir, 'Code.js');
  if (!existsSync(codePath)) {
    throw new Error(`No built add-on at ${codePath}: run \`npm run build\` first.`);
  }
  const code = readFileSync(codePath, 'utf8');
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, 'appsscript.json'), 'utf8'),
  ) as Manifest;
  const htmlFiles = new Map<string, string>();
  for (const name of readdirSync(distDir)) {
    if (name.endsWith('.html')) {
      htmlFiles.set(name.slice(0, -'.html'.length), readFileSync(path.join(distDir, name), 'utf8'));
    }
  }
  return { code, manifest, htmlFiles, topLevelFunctions: topLevelFunctionNames(code) };
}
