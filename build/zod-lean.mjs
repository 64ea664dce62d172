// Pre-bundles just the parts of zod/mini that src/ uses, tree-shaken by esbuild, for webpack to alias.
//
// webpack without a minifier keeps every function of a module it includes, and zod's core modules
// hold checks the add-on never calls (URL, atob, btoa): dead weight that every Apps Script
// execution would re-evaluate, and Node/browser globals our bundle check rightly refuses.
import { readdir, readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
    ),
  );
  return nested.flat().filter((f) => f.endsWith('.ts'));
}

/** The runtime names src/ reads from `import * as z from 'zod/mini'` (types are skipped). */
async function usedNames(srcDir, zod) {
  const names = new Set();
  for (const file of await sourceFiles(srcDir)) {
    const code = await readFile(file, 'utf8');
    if (!code.includes("from 'zod/mini'")) continue;
    if (!/import \* as z from 'zod\/mini'/.test(code)) {
      throw new Error(
        `${file}: import zod as \`import * as z from 'zod/mini'\` (build/zod-lean.mjs)`,
      );
    }
    // Prettier may break a chain after `z` (`z\n  .array(`), so space is allowed around the dot.
    for (const [, name] of code.matchAll(/\bz\s*\.\s*([A-Za-z_$][\w$]*)/g)) {
      const value = zod[name];
      const isNamespace = Object.prototype.toString.call(value) === '[object Module]';
      if (value !== undefined && !isNamespace) names.add(name);
    }
  }
  return [...names].sort();
}

export async function buildZodLean(root) {
  const zod = await import('zod/mini');
  const names = await usedNames(path.join(root, 'src'), zod);
  const outfile = path.join(root, 'node_modules/.cache/ap-build/zod-mini.mjs');
  await mkdir(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `export { ${names.join(', ')} } from 'zod/mini';`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2020',
    treeShaking: true,
    outfile,
    logLevel: 'silent',
  });
  return { outfile, names };
}
