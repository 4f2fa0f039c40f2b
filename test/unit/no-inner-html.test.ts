/**
 * Page text and dataset text are rendered as text, never parsed as HTML or run as code. Scans the source of
 * components/, lib/, entrypoints/ and utils/ with the TypeScript parser (so comments and strings cannot hide or fake
 * a use) for innerHTML, outerHTML, insertAdjacentHTML, createContextualFragment, srcdoc, dangerouslySetInnerHTML,
 * document.write/writeln, eval, new Function and string timers. An allowed use needs an entry in ALLOWED, with its
 * reason; there is none.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNED_DIRS = ['components', 'lib', 'entrypoints', 'utils'];
const HTML_SINKS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'srcdoc', 'dangerouslySetInnerHTML']);
const DOCUMENT_WRITES = new Set(['write', 'writeln']);

/** `file:line: what` of an allowed use, with the reason it is safe (constant markup only). */
const ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every use of an HTML sink or of code from a string in one source text, as `file:line: what`. */
function findUnsafeSinks(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (HTML_SINKS.has(name)) report(node, name);
      if (DOCUMENT_WRITES.has(name) && /(^|\.)document$/.test(node.expression.getText(source))) report(node, `document.${name}`);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && HTML_SINKS.has(node.argumentExpression.text)) {
      report(node, `[${node.argumentExpression.text}]`);
    } else if ((ts.isJsxAttribute(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && HTML_SINKS.has(node.name.getText(source))) {
      report(node, node.name.getText(source));
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression.getText(source);
      const first = node.arguments?.[0];
      if (callee === 'eval' || /(^|\.)eval$/.test(callee)) report(node, 'eval(');
      if (callee === 'Function' || /(^|\.)Function$/.test(callee)) report(node, 'new Function(');
      if (/(^|\.)(setTimeout|setInterval)$/.test(callee) && first !== undefined && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) {
        report(node, `${callee}(string)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no HTML parsing or code from strings in shipped code', () => {
  it('finds every kind of sink in a planted sample (the scanner works)', () => {
    const sample = [
      'el.innerHTML = x;',
      'const h = el.outerHTML;',
      "el.insertAdjacentHTML('beforeend', x);",
      "el['innerHTML'] = x;",
      'range.createContextualFragment(x);',
      'frame.srcdoc = x;',
      'const a = <div dangerouslySetInnerHTML={{ __html: x }} />;',
      'const props = { dangerouslySetInnerHTML: { __html: x } };',
      'document.write(x);',
      'window.document.writeln(x);',
      'eval(x);',
      'new Function("return 1");',
      'setTimeout("alert(1)", 10);',
      '// el.innerHTML in a comment is fine',
      "const s = 'innerHTML in a string is fine';",
      'stream.write(x);',
    ].join('\n');
    const found = findUnsafeSinks('sample.tsx', sample).map((entry) => entry.replace(/^sample\.tsx:\d+: /, ''));
    expect(found).toEqual([
      'innerHTML', 'outerHTML', 'insertAdjacentHTML', '[innerHTML]', 'createContextualFragment', 'srcdoc',
      'dangerouslySetInnerHTML', 'dangerouslySetInnerHTML', 'document.write', 'document.writeln', 'eval(', 'new Function(',
      'setTimeout(string)',
    ]);
  });

  it(`finds none in ${SCANNED_DIRS.join('/, ')}/ (allow-list: ${Object.keys(ALLOWED).length} entries)`, () => {
    const files = SCANNED_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => findUnsafeSinks(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(found.filter((entry) => !(entry in ALLOWED))).toEqual([]);
    // An allow-list entry whose use is gone must go too.
    expect(Object.keys(ALLOWED).filter((entry) => !found.includes(entry))).toEqual([]);
  });
});
