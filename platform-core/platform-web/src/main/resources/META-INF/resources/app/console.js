// The national console (network-admin): cooperations (create, suspend, reactivate, archive), the
// plugins of each cooperation (enable, disable), its settings, and the state of every plugin.
import { html, alert, badge, field, clearErrors, showFormErrors, showError, confirmAction, pageReady, filterRows } from './ui.js';
import { contactSection, onContact } from './contact.js';

const enc = encodeURIComponent;

/** What the list of cooperations is filtered by: kept while the console is open, across its pages. */
const shown = { text: '', status: '' };

/** Lower case without accents, for a search that finds « Finistère » by « finistere ». */
const folded = text => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Hides the rows that do not match the search (name, identifier or département) and the state; says how many are left. */
function filterCooperations(main, tenants) {
  const words = folded(shown.text).split(/\s+/).filter(Boolean);
  const bySlug = new Map(tenants.map(t => [t.slug, t]));
  filterRows([...main.querySelectorAll('tr[data-cooperation]')], row => {
    const t = bySlug.get(row.dataset.cooperation);
    const haystack = folded(`${t.displayName} ${t.slug} ${t.departements.join(' ')}`);
    return (!shown.status || t.status === shown.status) && words.every(w => haystack.includes(w));
  }, main.querySelector('#compte-cooperations'), ['coopération', 'coopérations'],
  'Aucune coopération ne correspond : changez la recherche ou l’état.');
}

const STATES = [{ value: '', label: 'Tous' }, { value: 'ACTIVE', label: 'Actives' }, { value: 'SUSPENDED', label: 'Suspendues' },
  { value: 'ARCHIVED', label: 'Archivées' }];

/** @param ctx {api, main, stale, go} */
export async function cooperationsPage(ctx, notice) {
  const { api, main } = ctx;
  const tenants = await api.get('/api/tenants');
  if (ctx.stale()) return;
  const order = { ACTIVE: 0, SUSPENDED: 1, ARCHIVED: 2 };
  tenants.sort((a, b) => (order[a.status] - order[b.status]) || a.displayName.localeCompare(b.displayName, 'fr'));
  main.innerHTML = html`<h1>Coopérations</h1>
    <div id="avis">${notice ?? ''}</div>
    ${tenants.length ? html`<form id="filtres" role="search" novalidate class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div class="fr-col-12 fr-col-md-5">${field({ name: 'recherche', id: 'cooperations-recherche', label: 'Rechercher une coopération',
          hint: 'Un nom, un identifiant ou un numéro de département', type: 'search', value: shown.text })}</div>
        <div class="fr-col-12 fr-col-md-3">${field({ name: 'etat', id: 'cooperations-etat', label: 'État', choices: STATES, value: shown.status })}</div>
        <div class="fr-col-12 fr-col-md-4"><p class="fr-mb-3w"><button type="button" id="aller-creation"
          class="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left">Créer une coopération</button></p></div>
      </form>
      <p id="compte-cooperations" class="fr-mt-1w" role="status"></p>` : ''}
    ${tenants.length ? html`<div class="fr-table fr-table--no-caption maillage-table" id="cooperations">
      <div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
      <table>
        <caption>Coopérations du réseau</caption>
        <thead><tr><th scope="col">Coopération</th><th scope="col">Départements</th><th scope="col">État</th><th scope="col">Actions</th></tr></thead>
        <tbody>${tenants.map(t => html`<tr data-cooperation="${t.slug}">
          <th scope="row"><span class="maillage-strong">${t.displayName}</span><br><span class="fr-text--xs">${t.slug}</span></th>
          <td data-label="Départements">${t.departements.join(', ')}</td>
          <td data-label="État">${badge(t.status)}</td>
          <td data-label="Actions"><ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline-lg">
            ${t.status !== 'ARCHIVED' ? html`<li><a class="fr-btn fr-btn--sm fr-btn--secondary" href="#/national/coop/${enc(t.slug)}">Modules<span class="fr-sr-only"> de ${t.displayName}</span></a></li>` : ''}
            ${t.status === 'ACTIVE' ? html`<li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" data-action="suspend" data-slug="${t.slug}">Suspendre<span class="fr-sr-only"> ${t.displayName}</span></button></li>` : ''}
            ${t.status === 'SUSPENDED' ? html`<li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" data-action="reactivate" data-slug="${t.slug}">Réactiver<span class="fr-sr-only"> ${t.displayName}</span></button></li>` : ''}
            ${t.status !== 'ARCHIVED' ? html`<li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary maillage-btn--danger-text" data-action="archive" data-slug="${t.slug}">Archiver<span class="fr-sr-only"> ${t.displayName}</span></button></li>` : ''}
          </ul></td></tr>`)}</tbody>
      </table></div></div></div></div>`
    : html`<div class="maillage-empty"><p class="fr-text--lead">Aucune coopération pour le moment.</p>
        <p>Créez la première avec le formulaire ci-dessous : il suffit d’un identifiant, d’un nom et des départements couverts.</p></div>`}
    <section class="fr-mt-6w maillage-panel" aria-labelledby="titre-creation">
      <h2 id="titre-creation" class="fr-h4">Créer une coopération</h2>
      <form id="creation" novalidate>
        <p class="fr-hint-text">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-3">${field({ name: 'slug', label: 'Identifiant', required: true,
            hint: 'Lettres minuscules sans accent, chiffres et tirets ; il apparaît dans les adresses. Exemple : finistere' })}</div>
          <div class="fr-col-12 fr-col-md-4">${field({ name: 'displayName', label: 'Nom', required: true, autocomplete: 'organization',
            hint: 'Exemple : Coopération MONALISA du Finistère' })}</div>
          <div class="fr-col-12 fr-col-md-2">${field({ name: 'departements', label: 'Départements', required: true,
            hint: 'Codes séparés par des virgules. Exemple : 29 ou 2A, 2B' })}</div>
          <div class="fr-col-12 fr-col-md-3">${field({ name: 'contactEmail', label: 'Adresse de contact', type: 'email', maxlength: 254,
            hint: 'Facultative : où le réseau écrit à la coopération' })}</div>
        </div>
        <button type="submit" class="fr-btn fr-mt-2w fr-icon-add-line fr-btn--icon-left">Créer la coopération</button>
      </form>
    </section>`;
  main.querySelector('#creation').addEventListener('submit', event => create(ctx, event));
  if (tenants.length) {
    const filters = main.querySelector('#filtres');
    filters.addEventListener('submit', event => event.preventDefault());
    const update = () => {
      shown.text = filters.querySelector('#cooperations-recherche').value;
      shown.status = filters.querySelector('#cooperations-etat').value;
      filterCooperations(main, tenants);
    };
    filters.addEventListener('input', update);
    filters.addEventListener('change', update);
    main.querySelector('#aller-creation').addEventListener('click', () => {
      main.querySelector('#titre-creation').scrollIntoView();
      main.querySelector('#champ-slug').focus();
    });
    filterCooperations(main, tenants);
  }
  main.querySelectorAll('button[data-action]').forEach(button => button.addEventListener('click', () => changeStatus(ctx, button, tenants)));
  pageReady(main, 'Coopérations');
  if (notice) main.querySelector('#avis .fr-alert')?.focus();
}

async function create(ctx, event) {
  event.preventDefault();
  const form = event.target;
  const submit = form.querySelector('button[type="submit"]');
  const data = new FormData(form);
  const body = {
    slug: String(data.get('slug')).trim(),
    displayName: String(data.get('displayName')).trim(),
    departements: String(data.get('departements')).split(/[\s,;]+/).map(s => s.trim().toUpperCase()).filter(Boolean),
    contactEmail: String(data.get('contactEmail')).trim() || null,
  };
  clearErrors(form);
  submit.disabled = true;
  try {
    const created = await ctx.api.post('/api/tenants', body);
    await cooperationsPage(ctx, alert('success', `La coopération « ${created.displayName} » est créée. Activez maintenant ses modules.`));
  } catch (error) {
    submit.disabled = false;
    showFormErrors(form, error);
  }
}

const STATUS_ACTIONS = {
  suspend: {
    confirm: t => ({ title: `Suspendre « ${t.displayName} » ?`, confirmLabel: 'Suspendre',
      text: 'Ses membres pourront encore consulter ses données mais plus rien modifier, jusqu’à sa réactivation.' }),
    done: t => `La coopération « ${t.displayName} » est suspendue.`,
  },
  reactivate: {
    done: t => `La coopération « ${t.displayName} » est réactivée.`,
  },
  archive: {
    confirm: t => ({ title: `Archiver « ${t.displayName} » ?`, confirmLabel: 'Archiver définitivement',
      text: 'L’archivage est définitif : la coopération et ses données ne seront plus accessibles à personne, et elle ne pourra pas être réactivée.' }),
    done: t => `La coopération « ${t.displayName} » est archivée.`,
  },
};

async function changeStatus(ctx, button, tenants) {
  const tenant = tenants.find(t => t.slug === button.dataset.slug);
  const action = STATUS_ACTIONS[button.dataset.action];
  if (action.confirm && !(await confirmAction(action.confirm(tenant)))) return;
  button.disabled = true;
  try {
    await ctx.api.post(`/api/tenants/${enc(tenant.slug)}/${button.dataset.action}`);
    await cooperationsPage(ctx, alert('success', action.done(tenant)));
  } catch (error) {
    button.disabled = false;
    showError(ctx.main.querySelector('#avis'), error);
  }
}

/** The plugins of one cooperation, to enable or disable. */
export async function cooperationPluginsPage(ctx, slug, notice) {
  const { api, main } = ctx;
  const [tenant, plugins, settings] = await Promise.all([api.get(`/api/tenants/${enc(slug)}`),
    api.get(`/api/tenants/${enc(slug)}/plugins`), api.get(`/api/tenants/${enc(slug)}/settings`)]);
  if (ctx.stale()) return;
  main.innerHTML = html`<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
      <ol class="fr-breadcrumb__list">
        <li><a class="fr-breadcrumb__link" href="#/national">Coopérations</a></li>
        <li><a class="fr-breadcrumb__link" aria-current="page">${tenant.displayName}</a></li>
      </ol></nav>
    <h1>Modules de ${tenant.displayName}</h1>
    <p>${badge(tenant.status)} Départements : ${tenant.departements.join(', ')} ·
      <a class="fr-link" href="#/coop/${enc(slug)}">Voir les pages de la coopération</a></p>
    <div id="avis">${notice ?? ''}</div>
    ${contactSection(tenant.contactEmail)}
    ${plugins.length ? html`<div class="fr-table fr-table--no-caption maillage-table" id="modules">
      <div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
      <table><caption>Modules de la coopération</caption>
        <thead><tr><th scope="col">Module</th><th scope="col">État</th><th scope="col">Pages</th><th scope="col">Pour cette coopération</th></tr></thead>
        <tbody>${plugins.map(p => html`<tr data-plugin="${p.id}">
          <th scope="row"><span class="maillage-strong">${p.displayName}</span><br><span class="fr-text--xs">version ${p.version}</span></th>
          <td data-label="État">${badge(p.state)}${p.reason ? html`<br><span class="fr-text--xs">${p.reason}</span>` : ''}</td>
          <td data-label="Pages">${(p.pages ?? []).map(page => page.label).join(', ') || '—'}</td>
          <td data-label="Pour cette coopération">${p.enabled
            ? html`<p class="fr-badge fr-badge--success fr-badge--sm">Activé</p>
                <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary fr-ml-1w" data-action="disable" data-plugin="${p.id}">Désactiver<span class="fr-sr-only"> ${p.displayName}</span></button>`
            : p.state === 'STARTED'
              ? html`<p class="fr-badge fr-badge--sm">Non activé</p>
                <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary fr-ml-1w" data-action="enable" data-plugin="${p.id}">Activer<span class="fr-sr-only"> ${p.displayName}</span></button>`
              : html`<p class="fr-badge fr-badge--sm">Indisponible</p>`}</td></tr>`)}</tbody>
      </table></div></div></div></div>`
    : html`<div class="maillage-empty"><p class="fr-text--lead">Aucun module n’est installé sur la plateforme.</p>
        <p>Un module s’ajoute en déposant son fichier JAR dans le dossier des modules, puis en redémarrant : voir le guide des modules.</p></div>`}
    ${settingsSection(tenant, plugins, settings)}`;
  main.querySelectorAll('button[data-action]').forEach(button => button.addEventListener('click', async () => {
    const plugin = plugins.find(p => p.id === button.dataset.plugin);
    const enable = button.dataset.action === 'enable';
    if (!enable && !(await confirmAction({ title: `Désactiver « ${plugin.displayName} » ?`, confirmLabel: 'Désactiver',
      text: `Ses pages disparaîtront du menu de ${tenant.displayName} ; ses données sont conservées et reviendront si vous le réactivez.` }))) return;
    button.disabled = true;
    try {
      await api.post(`/api/tenants/${enc(slug)}/plugins/${enc(plugin.id)}/${enable ? 'enable' : 'disable'}`);
      await cooperationPluginsPage(ctx, slug, alert('success', `Le module « ${plugin.displayName} » est ${enable ? 'activé' : 'désactivé'} pour ${tenant.displayName}.`));
    } catch (error) {
      button.disabled = false;
      showError(main.querySelector('#avis'), error);
    }
  }));
  onContact(main, api, slug);
  main.querySelectorAll('form[data-setting]').forEach(form => form.addEventListener('submit', event => saveSetting(ctx, slug, tenant, event)));
  main.querySelectorAll('button[data-reset]').forEach(button => button.addEventListener('click', () => resetSetting(ctx, slug, tenant, button)));
  pageReady(main, `Modules de ${tenant.displayName}`);
  if (notice) main.querySelector('#avis .fr-alert')?.focus();
}

/** Every plugin of the platform and its state; FAILED ones with their reason. */
export function pluginsPage(ctx, plugins) {
  const { main } = ctx;
  const failed = plugins.filter(p => p.state === 'FAILED');
  main.innerHTML = html`<h1>Modules de la plateforme</h1>
    ${failed.length ? alert('error', `${failed.length} module${failed.length > 1 ? 's' : ''} en échec : ${failed.map(p => p.displayName).join(', ')}. La raison est indiquée ci-dessous ; corrigez-la puis redémarrez la plateforme.`) : ''}
    ${plugins.length ? html`<div class="fr-table fr-table--no-caption maillage-table" id="modules">
      <div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
      <table><caption>Modules de la plateforme</caption>
        <thead><tr><th scope="col">Module</th><th scope="col">Version</th><th scope="col">État</th><th scope="col">Dépend de</th><th scope="col">Pages</th></tr></thead>
        <tbody>${plugins.map(p => html`<tr data-plugin="${p.id}">
          <th scope="row"><span class="maillage-strong">${p.displayName}</span></th>
          <td data-label="Version">${p.version}</td>
          <td data-label="État">${badge(p.state)}${p.reason ? html`<p class="fr-text--sm fr-mb-0 maillage-reason">${p.reason}</p>` : ''}</td>
          <td data-label="Dépend de">${(p.dependencies ?? []).map(d => dependency(d, plugins)).join(', ') || '—'}</td>
          <td data-label="Pages">${(p.pages ?? []).map(page => page.label + (page.national ? ' (nationale)' : '')).join(', ') || '—'}</td></tr>`)}</tbody>
      </table></div></div></div></div>`
    : html`<div class="maillage-empty"><p class="fr-text--lead">Aucun module n’est installé sur la plateforme.</p>
        <p>Un module s’ajoute en déposant son fichier JAR dans le dossier des modules, puis en redémarrant : voir le guide des modules.</p></div>`}`;
  pageReady(main, 'Modules de la plateforme');
}


/**
 * A module a module depends on, as people read it: its name and the versions it accepts
 * (« Accueil des bénévoles, version 0.1 ou plus, avant 1.0 »), from the range of its declaration ([0.1,1.0)).
 */
function dependency(d, plugins) {
  const name = plugins.find(p => p.id === d.pluginId)?.displayName ?? d.pluginId;
  const range = /^([[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$/.exec(d.versions ?? '');
  if (!range) return d.versions ? `${name}, version ${d.versions}` : name;
  const [, open, low, high, close] = range;
  const from = low && `version ${low}${open === '[' ? ' ou plus' : ' exclue'}`;
  const to = high && (close === ']' ? `jusqu’à ${high}` : `avant ${high}`);
  return [name, [from, to].filter(Boolean).join(', ')].filter(Boolean).join(', ');
}

/** The settings a cooperation may override, each in its own small form (the platform's first, then each module's). */
function settingsSection(tenant, plugins, settings) {
  const editable = settings.filter(s => s.tenantOverridable);
  const owner = key => plugins.find(p => key.startsWith(`${p.id}.`));
  const groups = [
    { title: 'Plateforme', items: editable.filter(s => !owner(s.key)) },
    ...plugins.map(p => ({ title: `Module ${p.displayName}`, items: editable.filter(s => owner(s.key) === p) })),
  ].filter(g => g.items.length);
  return html`<section class="fr-mt-6w" aria-labelledby="titre-reglages">
    <h2 id="titre-reglages" class="fr-h4">Réglages de la coopération</h2>
    ${groups.length ? html`<p>Chaque réglage vaut la valeur de la plateforme tant que la coopération ne la remplace pas.</p>
      ${groups.map(g => html`<h3 class="fr-h6 fr-mt-4w">${g.title}</h3>
        ${g.items.map(s => settingForm(s))}`)}`
    : html`<div class="maillage-empty"><p>Aucun réglage ne peut être changé par coopération pour le moment.</p></div>`}
  </section>`;
}

function settingForm(setting) {
  const id = `reglage-${setting.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const range = setting.min != null && setting.max != null ? `, entre ${setting.min} et ${setting.max}` : '';
  const hints = {
    INTEGER: `Nombre entier${range}.`,
    BOOLEAN: '',
    TIME_ZONE: 'Fuseau horaire, par exemple Europe/Paris ou America/Cayenne.',
    TEXT: '',
  };
  const origin = setting.source === 'TENANT' ? `Valeur propre à la coopération (plateforme : ${setting.defaultValue}).` : 'Valeur de la plateforme.';
  const input = field({ name: 'value', id, label: setting.description || setting.key, value: setting.value,
    hint: `${hints[setting.type] ?? ''} ${origin}`.trim(), inputmode: setting.type === 'INTEGER' ? 'numeric' : undefined,
    choices: setting.type === 'BOOLEAN' ? [{ value: 'true', label: 'Oui' }, { value: 'false', label: 'Non' }] : undefined });
  return html`<form class="maillage-setting" data-setting="${setting.key}" novalidate>
    <div class="maillage-setting__field">${input}</div>
    <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
      <li><button type="submit" class="fr-btn fr-btn--sm">Enregistrer<span class="fr-sr-only"> ${setting.description || setting.key}</span></button></li>
      ${setting.source === 'TENANT' ? html`<li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" data-reset="${setting.key}">Revenir à la valeur de la plateforme</button></li>` : ''}
    </ul>
  </form>`;
}

async function saveSetting(ctx, slug, tenant, event) {
  event.preventDefault();
  const form = event.target;
  const key = form.dataset.setting;
  clearErrors(form);
  try {
    await ctx.api.put(`/api/tenants/${enc(slug)}/settings/${enc(key)}`, { value: String(new FormData(form).get('value')).trim() });
    await cooperationPluginsPage(ctx, slug, alert('success', `Réglage enregistré pour ${tenant.displayName}.`));
  } catch (error) {
    showFormErrors(form, error);
  }
}

async function resetSetting(ctx, slug, tenant, button) {
  try {
    await ctx.api.delete(`/api/tenants/${enc(slug)}/settings/${enc(button.dataset.reset)}`);
    await cooperationPluginsPage(ctx, slug, alert('success', `Le réglage reprend la valeur de la plateforme pour ${tenant.displayName}.`));
  } catch (error) {
    showError(ctx.main.querySelector('#avis'), error);
  }
}
