// The API explorer (#/api): the platform's OpenAPI document in Swagger UI (npm swagger-ui-dist, copied into
// /vendor/swagger-ui/ by the build), every operation callable with the signed-in person's own token, so the
// answers are what that person's rights allow (401, 403 and 404 included). Swagger UI's own "Authorize" dialog
// is hidden: a request interceptor adds the shell's token, refreshed as for every other call, and only to this
// platform's addresses. Deep links stay off: the address after "#" belongs to the shell's router.
import { html, pageReady, selector } from './ui.js';

const SCRIPT = '/vendor/swagger-ui/swagger-ui-bundle.js';
const STYLESHEET = '/vendor/swagger-ui/swagger-ui.css';

/** Loads a classic script once (Swagger UI's bundle defines window.SwaggerUIBundle). */
function load(src) {
  const existing = document.querySelector(selector`script[src="${src}"]`);
  if (existing) return existing.loaded;
  const script = document.createElement('script');
  script.src = src;
  script.loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error(`${src} n’a pas pu être chargé`)));
  });
  document.head.append(script);
  return script.loaded;
}

function stylesheet(href) {
  if (document.querySelector(selector`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/**
 * Draws the explorer in main.
 * @param {HTMLElement} main the page's container
 * @param {(force?: boolean) => Promise<string>} token the signed-in person's access token, fresh
 */
export async function explorerPage(main, token) {
  main.innerHTML = html`<h1>Explorateur de l’API</h1>
    <p class="fr-text--lead">Toutes les opérations de l’API de Maillage, celles de la plateforme et celles de chaque module installé,
      décrites par le document <a href="/openapi">OpenAPI</a>.</p>
    <div class="fr-callout">
      <p class="fr-callout__text">Les appels partent avec <strong>votre propre jeton</strong> : vous obtenez ce que vos droits
        permettent, et vos écritures modifient réellement les données de vos coopérations.</p>
    </div>
    <div id="explorateur" class="maillage-explorer" tabindex="0" role="region" aria-label="Opérations de l’API"><p aria-live="polite">Chargement de l’explorateur…</p></div>`;
  pageReady(main, 'Explorateur de l’API');
  stylesheet(STYLESHEET);
  await load(SCRIPT);
  window.SwaggerUIBundle({
    domNode: main.querySelector('#explorateur'),
    url: '/openapi?format=JSON',
    deepLinking: false,
    validatorUrl: null,
    docExpansion: 'list',
    defaultModelsExpandDepth: -1,
    tryItOutEnabled: false,
    // code in plain text: the highlighter's colours on its dark background fall under 4.5:1
    syntaxHighlight: false,
    requestInterceptor: async request => {
      const target = new URL(request.url, location.href);
      if (target.origin === location.origin && target.pathname.startsWith('/api/')) {
        request.headers.Authorization = `Bearer ${await token()}`;
      }
      return request;
    },
  });
}
