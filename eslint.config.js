// Lint for ci-medic's own code. Fixture projects lint themselves (and are
// deliberately broken); bundles are generated.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'bench/results/**', 'coverage/**']},
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
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly'}}
  }
)
