// ESLint: the recommended rules of ESLint, typescript-eslint and Next (as Payload's templates use
// them); Prettier owns the formatting (eslint-config-prettier turns the style rules off).
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'media/**',
      'data/**',
      'backups/**',
      'test-results/**',
      // written by Payload's generators (`migrate:create`, `generate:types`, `generate:importmap`)
      'migrations/**',
      'payload-types.ts',
      'app/(payload)/**',
      // the compiled package (`npm run build:plugin`) and the host app the host test writes
      'dist/**',
      'test/.host/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },
  {
    // plain JavaScript that Node runs as it is (server.mjs and what it loads)
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      // a leading underscore marks a value left out on purpose (a field dropped by destructuring)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
      // warned, not refused, while the `Record<string, any>` document bags in src/ are replaced by
      // the generated types (issue 13); new code should not add any
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // the portal and the admin show images we already made with sharp (sized renditions, srcset,
    // a data-URL logo); next/image would process them a second time
    files: ['school/portal/**', 'app/(frontend)/**', 'src/components/**'],
    rules: { '@next/next/no-img-element': 'off' },
  },
  prettier,
)
