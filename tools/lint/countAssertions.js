/**
 * Counts the type assertions in the tracked TypeScript sources, so the
 * "typed data path" work of issue 12 can be measured before and after:
 * `node tools/lint/countAssertions.js [git-revision]`.
 * - casts: every `x as T` / `<T>x` except `as const`;
 * - as never: the casts to `never`;
 * - non-null: every `x!`;
 * - DbRow types: declarations named `*DbRow`.
 */
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const revision = process.argv[2] ?? 'HEAD';
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 26 });
const files = git('ls-tree', '-r', '--name-only', revision)
  .split('\n')
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('tools/'));

const counts = { files: files.length, casts: 0, asNever: 0, nonNull: 0, dbRowTypes: 0 };
for (const file of files) {
  const text = git('show', `${revision}:${file}`);
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const visit = (node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const type = node.type.getText(source);
      if (type !== 'const') counts.casts += 1;
      if (type === 'never') counts.asNever += 1;
    } else if (ts.isNonNullExpression(node)) counts.nonNull += 1;
    else if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name.text.endsWith('DbRow'))
      counts.dbRowTypes += 1;
    ts.forEachChild(node, visit);
  };
  visit(source);
}
console.log(JSON.stringify({ revision, ...counts }));
