// The Maillage web shell: signs the person in, builds the header, the cooperation switcher and the
// menu from the pages of the plugins enabled for the current cooperation, and routes on the address
// after "#":
//   #/                                  home (a cooperation's, or the national console for network admins)
//   #/coop/<slug>                       a cooperation's home: its pages
//   #/coop/<slug>/<plugin>/<page>       a plugin's page (an ES module loaded on demand)
//   #/national, #/national/coop/<slug>, #/national/modules, #/national/pages/<plugin>/<page>   national console
//   #/moi                               the signed-in person
//   #/api                               the API explorer (the OpenAPI document, called with the person's token)
import { signIn, freshToken, signOut } from './auth.js';
import { createApi, ApiError, html, alert, showError, badge, roleName, pageReady, focusableTables } from './ui.js';
import { cooperationsPage, cooperationPluginsPage, pluginsPage } from './console.js';
import { contactSection, onContact } from './contact.js';
import { explorerPage } from './explorer.js';

const main = document.getElementById('contenu');
const menu = document.getElementById('menu');
const context = document.getElementById('contexte');
const tools = document.getElementById('outils');
const LAST_COOPERATION = 'maillage.cooperation';

const shell = { keycloak: null, api: null, me: null, routeId: 0 };

async function boot() {
  try {
    const response = await fetch('/api/ui-config', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new ApiError(response.status, 'La configuration de connexion est indisponible : réessayez dans quelques instants.');
    shell.keycloak = await signIn(await response.json());
  } catch (error) {
    main.innerHTML = html`${alert('error', error instanceof ApiError ? error.message
      : 'La connexion au service d’authentification a échoué. Réessayez dans quelques instants.', { title: 'Connexion impossible' })}`;
    console.error(error);
    return;
  }
  shell.api = createApi({ token: force => freshToken(shell.keycloak, force) });
  try {
    shell.me = await shell.api.get('/api/me');
    shell.me.cooperations.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  } catch (error) {
    main.replaceChildren();
    showError(main, error);
    return;
  }
  renderTools();
  renderMobileTools();
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', event => {
    if (event.key !== 'Escape') return;
    const open = document.querySelector('[data-action="menu-utilisateur"][aria-expanded="true"]');
    closeUserMenu();
    if (open) open.focus();
  });
  window.addEventListener('hashchange', route);
  // every table the pages draw, now or after an API call, scrolls in a box the keyboard reaches
  new MutationObserver(() => focusableTables(main)).observe(main, { childList: true, subtree: true });
  window.addEventListener('unhandledrejection', event => {
    if (event.reason instanceof ApiError) {
      event.preventDefault();
      showError(main, event.reason);
    }
  });
  await route();
}

// ---- header: the person, their menu, sign-out ----

function displayName() {
  const t = shell.keycloak.tokenParsed ?? {};
  return t.name || [t.given_name, t.family_name].filter(Boolean).join(' ') || t.preferred_username || shell.me.subject;
}

function renderTools() {
  tools.innerHTML = html`<ul class="fr-btns-group">
    <li class="maillage-user">
      <button type="button" class="fr-btn fr-icon-account-circle-line fr-btn--icon-left" data-action="menu-utilisateur"
        aria-expanded="false" aria-haspopup="true" id="utilisateur">${displayName()}</button>
      <ul class="maillage-user__menu" hidden>
        <li><p class="fr-text--sm fr-mb-1w">Connecté·e en tant que <strong>${shell.me.subject}</strong>
          (${[...shell.me.roles].filter(r => roleName(r) !== r).map(roleName).join(', ') || 'aucun rôle'})</p></li>
        <li><a class="fr-link fr-icon-user-line fr-link--icon-left" href="#/moi">Mon compte</a></li>
        <li><a class="fr-link fr-icon-search-line fr-link--icon-left" href="#/api">Explorateur de l’API</a></li>
        <li><button type="button" class="fr-link fr-icon-logout-box-r-line fr-link--icon-left" data-action="deconnexion">Se déconnecter</button></li>
      </ul>
    </li>
  </ul>`;
}

/**
 * On a phone the header's tools live in the menu modal (.fr-header__menu-links): the same person and
 * actions, as a plain list (the design system copies the tools there only when it starts, before sign-in).
 */
function renderMobileTools() {
  const mobile = document.querySelector('.fr-header__menu-links');
  mobile.innerHTML = html`<ul class="fr-btns-group maillage-user--mobile">
    <li><a class="fr-btn fr-icon-account-circle-line fr-btn--icon-left" href="#/moi">${displayName()} — mon compte</a></li>
    <li><a class="fr-btn fr-icon-search-line fr-btn--icon-left" href="#/api">Explorateur de l’API</a></li>
    <li><button type="button" class="fr-btn fr-icon-logout-box-r-line fr-btn--icon-left" data-action="deconnexion">Se déconnecter</button></li>
  </ul>`;
}

function closeUserMenu() {
  document.querySelectorAll('[data-action="menu-utilisateur"][aria-expanded="true"]').forEach(button => {
    button.setAttribute('aria-expanded', 'false');
    button.nextElementSibling.hidden = true;
  });
}

function onClick(event) {
  const target = event.target.closest('a, button');
  if (!target) {
    closeUserMenu();
    return;
  }
  const action = target.dataset.action;
  if (action === 'menu-utilisateur') {
    const open = target.getAttribute('aria-expanded') !== 'true';
    closeUserMenu();
    target.setAttribute('aria-expanded', String(open));
    target.nextElementSibling.hidden = !open;
    if (open) target.nextElementSibling.querySelector('a, button').focus();
    return;
  }
  closeUserMenu();
  if (action === 'deconnexion') {
    event.preventDefault();
    sessionStorage.removeItem(LAST_COOPERATION);
    signOut(shell.keycloak);
    return;
  }
  // Skip links and other in-page anchors: move the focus without changing the route.
  const href = target.getAttribute('href');
  if (target.tagName === 'A' && href && href.startsWith('#') && !href.startsWith('#/')) {
    const destination = document.getElementById(href.slice(1));
    if (destination) {
      event.preventDefault();
      if (!destination.hasAttribute('tabindex')) destination.setAttribute('tabindex', '-1');
      destination.focus();
      destination.scrollIntoView();
    }
  }
}

// ---- routing ----

function parts() {
  return location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

async function route() {
  if (location.hash && !location.hash.startsWith('#/')) return;
  closeMobileMenu();
  window.scrollTo(0, 0);
  const id = ++shell.routeId;
  const [first, ...rest] = parts();
  const stale = () => id !== shell.routeId;
  try {
    if (!first) return home();
    if (first === 'coop' && rest.length >= 1) return await cooperation(rest[0], rest[1], rest[2], rest.slice(3), stale);
    if (first === 'national' && shell.me.networkAdmin) return await national(rest, stale);
    if (first === 'moi') return account();
    if (first === 'api') return await explorer();
    notFound();
  } catch (error) {
    if (stale()) return;
    main.replaceChildren();
    showError(main, error);
  }
}

/** On a phone the menu is a modal: close it once a page is chosen. */
function closeMobileMenu() {
  const modal = document.getElementById('menu-principal');
  try {
    if (modal.classList.contains('fr-modal--opened')) window.dsfr(modal).modal.conceal();
  } catch {
    // the design system's script is not there (yet): nothing is open
  }
}

function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

function home() {
  const memberships = shell.me.cooperations;
  const last = sessionStorage.getItem(LAST_COOPERATION);
  if (memberships.length) {
    const chosen = memberships.find(c => c.slug === last) ?? memberships[0];
    return go(`#/coop/${encodeURIComponent(chosen.slug)}`);
  }
  if (shell.me.networkAdmin) return go('#/national');
  setContext(null);
  setMenu([]);
  main.innerHTML = html`<h1>Bienvenue sur Maillage</h1>
    <div class="maillage-empty">
      <p class="fr-text--lead">Vous n’êtes membre d’aucune coopération pour le moment.</p>
      <p>Demandez à l’animateur ou à l’animatrice de votre coopération de vous y ajouter, puis reconnectez-vous.</p>
      <button type="button" class="fr-btn fr-btn--secondary" data-action="deconnexion">Se déconnecter</button>
    </div>`;
  pageReady(main, 'Accueil');
}

function notFound() {
  main.innerHTML = html`<h1>Page introuvable</h1>
    <p>L’adresse ne correspond à aucune page de Maillage.</p>
    <p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="#/">Revenir à l’accueil</a></p>`;
  pageReady(main, 'Page introuvable');
}

// ---- a cooperation: its pages, the switcher, a plugin page ----

/** The roles that count in a cooperation: those held there, and network admin (held across the network). */
function rolesIn(slug) {
  const held = shell.me.cooperations.find(c => c.slug === slug)?.roles ?? [];
  return shell.me.networkAdmin ? [...held, 'network-admin'] : [...held];
}

/** The pages of the plugins enabled for a cooperation that this person may see there, in menu order. */
function visiblePages(plugins, slug) {
  const roles = new Set(rolesIn(slug));
  return plugins
    .filter(p => p.enabled && p.state === 'STARTED')
    .flatMap(p => (p.pages ?? []).filter(page => !page.national)
      .filter(page => !page.roles?.length || page.roles.some(r => roles.has(r)))
      .map(page => ({ ...page, plugin: p.id, pluginName: p.displayName })));
}

async function cooperation(slug, pluginId, pageId, path, stale) {
  const membership = shell.me.cooperations.find(c => c.slug === slug);
  if (!membership && !shell.me.networkAdmin) {
    setContext(null);
    setMenu([]);
    main.innerHTML = html`<h1>Coopération inaccessible</h1>
      <p>Vous n’êtes pas membre de cette coopération.</p>
      <p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="#/">Revenir à l’accueil</a></p>`;
    return pageReady(main, 'Coopération inaccessible');
  }
  const [plugins, tenant] = await Promise.all([
    shell.api.get(`/api/tenants/${encodeURIComponent(slug)}/plugins`),
    membership ?? shell.api.get(`/api/tenants/${encodeURIComponent(slug)}`),
  ]);
  if (stale()) return;
  if (membership) sessionStorage.setItem(LAST_COOPERATION, slug);
  const pages = visiblePages(plugins, slug);
  setContext(tenant);
  const base = `#/coop/${encodeURIComponent(slug)}`;
  const address = p => `${base}/${encodeURIComponent(p.plugin)}/${encodeURIComponent(p.id)}`;
  const current = pluginId ? `${base}/${encodeURIComponent(pluginId)}/${encodeURIComponent(pageId ?? '')}` : base;
  setMenu([{ href: base, label: 'Accueil de la coopération' }, ...byModule(pages, address)], current);

  const suspended = tenant.status === 'SUSPENDED'
    ? alert('warning', 'Cette coopération est suspendue : vous pouvez consulter ses données, mais plus les modifier.') : '';
  if (!pluginId) {
    // its coordinators keep the cooperation's contact address (network admins do it in the console)
    const contact = membership?.roles.includes('coordinator')
      ? (await shell.api.get(`/api/tenants/${encodeURIComponent(slug)}/contact`)).contactEmail ?? null : undefined;
    if (stale()) return;
    main.innerHTML = html`<h1>${tenant.displayName}</h1>${suspended}
      ${pages.length ? html`<p class="fr-text--lead">Que voulez-vous faire ?</p>
        ${modules(pages).map(m => html`<section class="fr-mb-4w" aria-labelledby="module-${m.plugin}" data-module="${m.plugin}">
          <h2 class="fr-h4" id="module-${m.plugin}">${m.name}</h2>
          <div class="fr-grid-row fr-grid-row--gutters">
            ${m.pages.map(p => html`<div class="fr-col-12 fr-col-md-6 fr-col-lg-4">
              <div class="fr-tile fr-enlarge-link" data-page="${p.plugin}/${p.id}">
                <div class="fr-tile__body"><div class="fr-tile__content">
                  <h3 class="fr-tile__title"><a href="${address(p)}">${p.label}</a></h3>
                </div></div></div></div>`)}
          </div></section>`)}`
      : html`<div class="maillage-empty">
          <p class="fr-text--lead">Aucun module n’est activé pour cette coopération.</p>
          <p>${shell.me.networkAdmin
            ? html`Activez-en un depuis la <a href="#/national/coop/${encodeURIComponent(slug)}">console nationale</a>.`
            : 'L’équipe nationale active les modules à la demande de la coopération : écrivez-lui pour en obtenir.'}</p>
        </div>`}
      ${contact !== undefined ? contactSection(contact) : ''}`;
    if (contact !== undefined) onContact(main, shell.api, slug);
    return pageReady(main, tenant.displayName);
  }
  const page = pages.find(p => p.plugin === pluginId && p.id === pageId);
  if (!page) {
    main.innerHTML = html`<h1>Page indisponible</h1>${suspended}
      <p>Cette page n’existe pas, ou son module n’est pas activé pour ${tenant.displayName}.</p>
      <p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="${base}">Revenir à l’accueil de la coopération</a></p>`;
    return pageReady(main, 'Page indisponible');
  }
  await pluginPage(page, slug, suspended, stale, path);
}

/**
 * Loads a plugin's page: its ES module from /plugins/<id>/<module>, whose default export is a class
 * defined as a custom element. The element gets `api` (the client above, with the token), `tenant`
 * (the cooperation's slug, undefined on national pages), `roles` (the person's roles there: those held
 * in that cooperation, and network-admin), `page` and `path` (the address's segments after the page's,
 * e.g. a record's id: #/coop/<slug>/<plugin>/<page>/<id>) before it is connected.
 */
async function pluginPage(page, tenant, before, stale, path = []) {
  main.innerHTML = html`${before}<p aria-live="polite">Chargement de la page ${page.label}…</p>`;
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*\.m?js$/.test(page.module) || page.module.includes('..')) {
    throw new ApiError(500, `Le module ${page.pluginName} déclare une page invalide (${page.module}).`);
  }
  let module;
  try {
    // eslint-disable-next-line no-unsanitized/method -- a plugin's own file, its path checked just above
    module = await import(`/plugins/${encodeURIComponent(page.plugin)}/${page.module}`);
  } catch (error) {
    console.error(error);
    throw new ApiError(500, `La page ${page.label} du module ${page.pluginName} n’a pas pu être chargée. Rechargez la page ; si cela persiste, signalez-le.`);
  }
  if (stale()) return;
  const type = module.default;
  if (typeof type !== 'function' || !(type.prototype instanceof HTMLElement)) {
    throw new ApiError(500, `Le module ${page.pluginName} ne fournit pas d’élément de page pour ${page.label}.`);
  }
  let tag = customElements.getName ? customElements.getName(type) : null;
  if (!tag) {
    tag = `maillage-${page.plugin}-${page.id}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    if (!customElements.get(tag)) customElements.define(tag, type);
  }
  const element = document.createElement(tag);
  element.api = shell.api;
  element.tenant = tenant;
  element.roles = tenant ? rolesIn(tenant) : (shell.me.networkAdmin ? ['network-admin'] : []);
  element.page = { id: page.id, label: page.label, plugin: page.plugin };
  element.path = path;
  element.classList.add('maillage-plugin-page');
  element.dataset.plugin = page.plugin;
  main.innerHTML = html`${before}`;
  main.append(element);
  pageReady(main, page.label);
  // The page may render its heading later (after its own API call).
  requestAnimationFrame(() => { if (document.activeElement === document.body) main.focus({ preventScroll: true }); });
}

// ---- the national console ----

async function national(rest, stale) {
  const [section, a, b] = rest;
  const pluginsList = await shell.api.get('/api/plugins');
  if (stale()) return;
  const nationalPages = pluginsList.filter(p => p.state === 'STARTED')
    .flatMap(p => (p.pages ?? []).filter(page => page.national).map(page => ({ ...page, plugin: p.id, pluginName: p.displayName })));
  const entries = [
    { href: '#/national', label: 'Coopérations' },
    { href: '#/national/modules', label: 'Modules' },
    ...byModule(nationalPages, p => `#/national/pages/${encodeURIComponent(p.plugin)}/${encodeURIComponent(p.id)}`),
  ];
  setContext(null, 'Console nationale');
  const context = { api: shell.api, main, stale, go };
  if (!section) {
    setMenu(entries, '#/national');
    return cooperationsPage(context);
  }
  if (section === 'coop' && a) {
    setMenu(entries, '#/national');
    return cooperationPluginsPage(context, a);
  }
  if (section === 'modules') {
    setMenu(entries, '#/national/modules');
    return pluginsPage(context, pluginsList);
  }
  if (section === 'pages' && a && b) {
    const page = nationalPages.find(p => p.plugin === a && p.id === b);
    setMenu(entries, `#/national/pages/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
    if (page) return pluginPage(page, undefined, '', stale);
  }
  notFound();
}

// ---- the person ----

function account() {
  setContext(null);
  setMenu(menuHome());
  const me = shell.me;
  main.innerHTML = html`<h1>Mon compte</h1>
    <dl class="maillage-facts">
      <dt>Nom</dt><dd>${displayName()}</dd>
      <dt>Identifiant</dt><dd>${me.subject}</dd>
      <dt>Rôles</dt><dd>${[...me.roles].filter(r => roleName(r) !== r).map(roleName).join(', ') || 'aucun'}</dd>
      <dt>Coopérations</dt><dd>${me.cooperations.length
        ? me.cooperations.map((c, i) => html`${i ? html`<br>` : ''}<a href="#/coop/${encodeURIComponent(c.slug)}">${c.displayName}</a>
            <span data-roles="${c.slug}">(${c.roles.map(roleName).join(', ')})</span> ${badge(c.status)}`)
        : 'aucune'}</dd>
    </dl>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><a class="fr-btn fr-btn--secondary" href="${shell.keycloak.createAccountUrl()}">Changer mon mot de passe</a></li>
      <li><button type="button" class="fr-btn fr-btn--tertiary" data-action="deconnexion">Se déconnecter</button></li>
    </ul>`;
  pageReady(main, 'Mon compte');
}

async function explorer() {
  setContext(null);
  setMenu(menuHome());
  await explorerPage(main, force => freshToken(shell.keycloak, force));
}

function menuHome() {
  const entries = [{ href: '#/', label: 'Accueil' }];
  if (shell.me.networkAdmin) entries.push({ href: '#/national', label: 'Console nationale' });
  return entries;
}

// ---- the bar under the header: which cooperation, and the switcher ----

function setContext(tenant, label) {
  const memberships = shell.me.cooperations;
  if (!tenant && !label) {
    context.hidden = true;
    context.replaceChildren();
    return;
  }
  context.hidden = false;
  let inner;
  if (!tenant) {
    inner = html`<p class="maillage-context__label"><span class="fr-icon-government-line" aria-hidden="true"></span> ${label}</p>`;
  } else if (memberships.length > 1 && memberships.some(c => c.slug === tenant.slug)) {
    inner = html`<div class="fr-select-group maillage-switcher">
      <label class="fr-label" for="choix-cooperation">Coopération</label>
      <select class="fr-select" id="choix-cooperation" data-cooperation="${tenant.slug}">
        ${memberships.map(c => html`<option value="${c.slug}"${c.slug === tenant.slug ? html` selected` : ''}>${c.displayName}</option>`)}
      </select></div>`;
  } else {
    inner = html`<p class="maillage-context__label" data-cooperation="${tenant.slug}">
      <span class="fr-icon-community-line" aria-hidden="true"></span> Coopération : <strong>${tenant.displayName}</strong> ${badge(tenant.status)}</p>
      ${shell.me.networkAdmin ? html`<a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="#/national">Console nationale</a>` : ''}`;
  }
  context.innerHTML = html`<div class="fr-container maillage-context__row">${inner}</div>`;
  const select = context.querySelector('select');
  if (select) select.addEventListener('change', () => go(`#/coop/${encodeURIComponent(select.value)}`));
}

/** The pages of each module, in the order the modules come: [{plugin, name, pages}]. */
function modules(pages) {
  const found = new Map();
  for (const page of pages) {
    if (!found.has(page.plugin)) found.set(page.plugin, { plugin: page.plugin, name: page.pluginName, pages: [] });
    found.get(page.plugin).pages.push(page);
  }
  return [...found.values()];
}

/** Menu entries for plugin pages: one per module, its pages under it (a module of one page: that page). */
function byModule(pages, address) {
  const link = p => ({ href: address(p), label: p.label, page: p });
  return modules(pages).map(m => (m.pages.length === 1 ? link(m.pages[0])
    : { label: m.name, plugin: m.plugin, links: m.pages.map(link) }));
}

/**
 * The main menu (DSFR navigation): entries are links {href, label, page?} or a module's group
 * {label, plugin, links}, shown as a button that opens its sub-menu (the design system's script
 * handles it: aria-expanded, keyboard, and on a phone the list inside the menu modal). The current
 * link is aria-current="page"; its group's button aria-current="true". A network admin always finds
 * the console.
 */
function setMenu(entries, current = location.hash || '#/') {
  const all = shell.me.networkAdmin && !entries.some(e => e.href?.startsWith('#/national'))
    ? [...entries, { href: '#/national', label: 'Console nationale' }] : entries;
  const link = e => html`<a class="fr-nav__link" href="${e.href}"${e.href === current ? html` aria-current="page"` : ''}${e.page
    ? html` data-page="${e.page.plugin}/${e.page.id}"` : ''}>${e.label}</a>`;
  menu.innerHTML = html`${all.map(e => html`<li class="fr-nav__item">${e.links
    ? html`<button type="button" class="fr-nav__btn" aria-expanded="false" aria-controls="menu-module-${e.plugin}" data-plugin="${e.plugin}"${e.links.some(l => l.href === current)
        ? html` aria-current="true"` : ''}>${e.label}</button>
      <div class="fr-collapse fr-menu" id="menu-module-${e.plugin}">
        <ul class="fr-menu__list">${e.links.map(l => html`<li>${link(l)}</li>`)}</ul>
      </div>`
    : link(e)}</li>`)}`;
}

boot();
