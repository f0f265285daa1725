// Lint enforces what the compiler cannot: which layer may import which, and the house style.
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.vscode-test/**', 'test-results/**', '**/*.mjs', '**/*.js', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([
      { group: ['vscode'], message: 'src/core stays pure: no vscode.' },
      { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'src/core runs in the browser too: no Node modules.' },
      { group: ['**/extension/**', '**/webview/**', '**/cli/**', '**/protocol/**'], message: 'src/core depends on nothing else in src.' },
    ]),
  },
  {
    files: ['src/protocol/**/*.ts'],
    rules: restrict([
      { group: ['vscode'], message: 'The protocol is shared with the webview: no vscode.' },
      { group: ['**/extension/**', '**/webview/**', '**/cli/**'], message: 'The protocol imports only core types.' },
    ]),
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: restrict([
      { group: ['**/webview/**', '**/cli/**'], message: 'The extension talks to the webview only through src/protocol.' },
      { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Extension code uses vscode.workspace.fs so it runs on the web too.' },
    ]),
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: restrict([
      { group: ['vscode'], message: 'The webview cannot import vscode.' },
      { group: ['**/extension/**', '**/cli/**'], message: 'The webview talks to the host only through src/protocol.' },
    ]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict([
      { group: ['vscode'], message: 'The CLI runs without VS Code.' },
      { group: ['**/extension/**', '**/webview/**'], message: 'The CLI uses src/core only.' },
    ]),
  },
);
