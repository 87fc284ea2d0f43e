import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers (see README "Architecture"): ui → state / view → model. These rules keep them apart.
const restrict = (...patterns) => ['error', { patterns }];
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'only src/ui uses React',
};
const noZustand = { group: ['zustand', 'zustand/*'], message: 'only src/state (and ui) use zustand' };
const noCytoscape = { group: ['cytoscape', 'cytoscape-*'], message: 'only src/view uses Cytoscape' };
const noUpper = (...layers) => ({
  group: layers.flatMap((l) => [`../${l}/*`, `../../${l}/*`, `../${l}`, `../../${l}`]),
  message: `a lower layer must not import from ${layers.join(', ')}`,
});

export default tseslint.config(
  { ignores: ['dist', '.e2e-dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': restrict(
        noReact,
        noZustand,
        noCytoscape,
        noUpper('state', 'view', 'ui', 'data'),
      ),
    },
  },
  {
    files: ['src/state/**'],
    rules: { 'no-restricted-imports': restrict(noReact, noCytoscape, noUpper('view', 'ui')) },
  },
  {
    files: ['src/view/**'],
    rules: { 'no-restricted-imports': restrict(noReact, noZustand, noUpper('state', 'ui')) },
  },
  { files: ['src/ui/**', 'src/data/**'], rules: { 'no-restricted-imports': restrict(noCytoscape) } },
);
