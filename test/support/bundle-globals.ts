// Finds every free name in a script that neither ES2020 nor Apps Script's typings declare (a Node or browser global).
import path from 'node:path';
import ts from 'typescript';

const cannotFindName = new Set([
  2304, 2552, 2580, 2581, 2582, 2583, 2584, 2591, 2592, 2593, 2662, 2663,
]);

export interface FreeName {
  readonly name: string;
  readonly line: number;
}

/**
 * Type-checks `code` as JavaScript against lib ES2020 plus @types/google-apps-script, exactly the
 * globals Apps Script's V8 runtime offers, and returns each unknown name. A name used only as the
 * operand of `typeof` is a guard (`typeof window !== 'undefined'`) and is allowed.
 */
export function unknownGlobals(code: string, fileName = 'Code.js'): FreeName[] {
  const file = path.resolve('__bundle_check__', fileName);
  const options: ts.CompilerOptions = {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    lib: ['lib.es2020.d.ts'],
    types: ['google-apps-script'],
    typeRoots: [path.resolve(__dirname, '../../node_modules/@types')],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === file ? code : readFile(f));
  host.fileExists = (
    (exists) => (f: string) =>
      path.resolve(f) === file || exists(f)
  )(host.fileExists.bind(host));
  host.getSourceFile = (f, lang, ...rest) =>
    path.resolve(f) === file
      ? ts.createSourceFile(f, code, lang, true, ts.ScriptKind.JS)
      : getSourceFile(f, lang, ...rest);
  const program = ts.createProgram([file], options, host);
  const source = program.getSourceFile(file);
  if (!source) throw new Error('bundle check: could not read the bundle');
  const found: FreeName[] = [];
  for (const d of program.getSemanticDiagnostics(source)) {
    if (!cannotFindName.has(d.code) || d.start === undefined) continue;
    const name = code.slice(d.start, d.start + (d.length ?? 0));
    if (isTypeofOperand(source, d.start) || isGuarded(source, d.start, name)) continue;
    found.push({ name, line: source.getLineAndCharacterOfPosition(d.start).line + 1 });
  }
  for (const extra of commonJsNames(source, program.getTypeChecker())) {
    if (!found.some((f) => f.name === extra.name && f.line === extra.line)) found.push(extra);
  }
  return found.sort((a, b) => a.line - b.line);
}

/** In a .js file TypeScript reads `require(...)` as an import instead of reporting it; catch it here. */
const commonJs = new Set(['require', 'module', 'exports', '__dirname', '__filename']);

function declaredInScript(symbol: ts.Symbol | undefined, source: ts.SourceFile): boolean {
  const decl = symbol?.valueDeclaration;
  if (!decl || decl.getSourceFile() !== source) return false;
  return (
    ts.isVariableDeclaration(decl) ||
    ts.isParameter(decl) ||
    ts.isFunctionDeclaration(decl) ||
    ts.isClassDeclaration(decl)
  );
}

function commonJsNames(source: ts.SourceFile, checker: ts.TypeChecker): FreeName[] {
  const found: FreeName[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isIdentifier(node) &&
      commonJs.has(node.text) &&
      !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) &&
      !ts.isTypeOfExpression(node.parent) &&
      !declaredInScript(checker.getSymbolAtLocation(node), source)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ name: node.text, line });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isTypeofOperand(source: ts.SourceFile, position: number): boolean {
  let node: ts.Node | undefined = findIdentifier(source, position);
  while (node?.parent && ts.isParenthesizedExpression(node.parent)) node = node.parent;
  return node?.parent !== undefined && ts.isTypeOfExpression(node.parent);
}

/** `typeof X !== 'undefined'` (or `=== 'function'`/`'object'`): X exists wherever this holds. */
function provesPresent(condition: ts.Expression, name: string): boolean {
  if (ts.isParenthesizedExpression(condition)) return provesPresent(condition.expression, name);
  if (!ts.isBinaryExpression(condition)) return false;
  const op = condition.operatorToken.kind;
  if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
    return provesPresent(condition.left, name) || provesPresent(condition.right, name);
  }
  const [t, lit] = ts.isTypeOfExpression(condition.left)
    ? [condition.left, condition.right]
    : [condition.right, condition.left];
  if (!ts.isTypeOfExpression(t) || !ts.isIdentifier(t.expression) || t.expression.text !== name) {
    return false;
  }
  if (!ts.isStringLiteral(lit)) return false;
  const notEqual =
    op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    op === ts.SyntaxKind.ExclamationEqualsToken;
  const equal =
    op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  return (notEqual && lit.text === 'undefined') || (equal && lit.text !== 'undefined');
}

/** A use on the guarded side of `typeof X !== 'undefined' && ...`, an `if`, or a `?:`. */
function isGuarded(source: ts.SourceFile, position: number, name: string): boolean {
  let child: ts.Node | undefined = findIdentifier(source, position);
  for (let node = child?.parent; node && child; child = node, node = node.parent) {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      node.right === child &&
      provesPresent(node.left, name)
    ) {
      return true;
    }
    if (
      ts.isIfStatement(node) &&
      node.thenStatement === child &&
      provesPresent(node.expression, name)
    ) {
      return true;
    }
    if (
      ts.isConditionalExpression(node) &&
      node.whenTrue === child &&
      provesPresent(node.condition, name)
    ) {
      return true;
    }
  }
  return false;
}

function findIdentifier(node: ts.Node, position: number): ts.Node | undefined {
  if (ts.isIdentifier(node) && node.getStart() === position) return node;
  return ts.forEachChild(node, (child) =>
    child.pos <= position && position < child.end ? findIdentifier(child, position) : undefined,
  );
}
