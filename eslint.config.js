// Lint for ci-medic's own code. Fixture projects lint themselves (and are
// deliberately broken); bundles are generated.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'bench/results/**', 'coverage/**', '.tmp/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off'
    }
  },
  {
    // Orchestration, the engine, the runner and settings stay readable in one
    // screen: a longer function or a long positional parameter list is a debt.
    // (Core parsers and the edges' factory closures are not held to it yet:
    // their object literals of methods count as one function.)
    files: ['src/actions/**/*.ts', 'src/engine/**/*.ts', 'src/runtime/**/*.ts', 'src/settings/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', {max: 80, skipBlankLines: true, skipComments: true}],
      'max-params': ['error', 4]
    }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly'}}
  }
)
