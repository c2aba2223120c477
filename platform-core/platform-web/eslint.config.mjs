// ESLint over every web page of the repository: the shell's and the plugins' (the public self-service page
// included). The build runs it from the repository's root (exec-maven-plugin, pom.xml); by hand:
//   platform-core/platform-web/node_modules/.bin/eslint -c platform-core/platform-web/eslint.config.mjs \
//     platform-core/platform-web/src/main/resources plugins
// A plugin built elsewhere runs the same from its own folder, on src/main/resources (docs/plugin-guide.md).
// Markup reaches innerHTML, outerHTML or insertAdjacentHTML only through the html`` tag of /app/ui.js, which
// escapes what it interpolates: eslint-plugin-no-unsanitized accepts that tag as the sanitiser, and nothing else.
import { readFileSync } from 'node:fs';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const sanitiser = { escape: { taggedTemplates: ['html'], methods: [] } };

/** The browser's globals the pages use; anything else undeclared is a mistake (no-undef). */
const BROWSER = ['window', 'document', 'location', 'history', 'navigator', 'customElements', 'HTMLElement', 'CSS',
  'fetch', 'FormData', 'URL', 'URLSearchParams', 'Blob', 'sessionStorage', 'localStorage', 'console', 'performance',
  'requestAnimationFrame', 'MutationObserver', 'setTimeout', 'clearTimeout', 'Intl'];

/** What /app/ui.js exports: a page importing anything else would fail to load in the browser. */
const UI = readFileSync(new URL('src/main/resources/META-INF/resources/app/ui.js', import.meta.url), 'utf8');
const UI_EXPORTS = new Set([...UI.matchAll(/^export (?:async )?(?:function|const|class) (\w+)|^export \{([^}]+)\}/gm)]
  .flatMap(m => (m[1] ? [m[1]] : m[2].split(',').map(name => name.trim()))));
const maillage = {
  rules: {
    'ui-exports': {
      meta: { type: 'problem', messages: { missing: '/app/ui.js exports no « {{name}} ».' } },
      create: context => ({
        ImportDeclaration(node) {
          if (!/(^\/app\/|^\.\/)ui\.js$/.test(node.source.value)) return;
          for (const s of node.specifiers) {
            if (s.type === 'ImportSpecifier' && !UI_EXPORTS.has(s.imported.name)) {
              context.report({ node: s, messageId: 'missing', data: { name: s.imported.name } });
            }
          }
        },
      }),
    },
  },
};

const QUERY = 'CallExpression[callee.property.name=/^(querySelector|querySelectorAll|closest|matches)$/]';

export default [
  { ignores: ['**/target/**', '**/node_modules/**'] },
  {
    // from the repository's root: the shell and the plugins; from a plugin's own folder: its pages
    files: ['platform-core/platform-web/src/main/resources/**/*.js', 'plugins/*/src/main/resources/**/*.js', 'src/main/resources/**/*.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: Object.fromEntries(BROWSER.map(name => [name, 'readonly'])),
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'no-unsanitized': noUnsanitized, maillage },
    rules: {
      'no-unsanitized/property': ['error', sanitiser],
      'no-unsanitized/method': ['error', sanitiser],
      'no-restricted-globals': ['error',
        ...['confirm', 'alert', 'prompt'].map(name => ({ name, message: `Use confirmAction, alert or a form of /app/ui.js, never window.${name}.` }))],
      'no-restricted-properties': ['error',
        ...['confirm', 'alert', 'prompt'].map(property => ({ object: 'window', property, message: 'Use the helpers of /app/ui.js.' }))],
      'no-restricted-syntax': ['error', {
        selector: `${QUERY} > TemplateLiteral.arguments:first-child[expressions.length>0]`,
        message: 'Build a selector from data with the selector`` tag of /app/ui.js (CSS.escape).',
      }],
      'maillage/ui-exports': 'error',
      'no-undef': 'error',
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }],
    },
  },
];
