// Onboarding's first actions: the list, a form to create or change one, and one action's page with
// its participants, its waiting list and the volunteers suggested near it.
// Address: #/coop/<slug>/onboarding/first-actions[/<action id>[/modifier]] (the shell routes on the
// first three parts; this page reads the rest).
import { html, field, alert, showError, showFormErrors, clearErrors, confirmAction, pageReady } from '/app/ui.js';

const dateFr = d => new Date(`${d}T12:00:00`).toLocaleDateString('fr-FR', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
const days = a => (a.startsOn === a.endsOn ? dateFr(a.startsOn) : `du ${dateFr(a.startsOn)} au ${dateFr(a.endsOn)}`);
const placesText = a => (a.placesLeft > 0
  ? `${a.placesLeft} place${a.placesLeft > 1 ? 's' : ''} libre${a.placesLeft > 1 ? 's' : ''} sur ${a.places}`
  : `Complet (${a.places} places)${a.waiting ? `, ${a.waiting} en liste d’attente` : ''}`);
const person = p => [p.firstName, p.lastName].filter(Boolean).join(' ') || 'Sans nom';

export default class FirstActionsPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/onboarding`;
    this.base = `#/coop/${encodeURIComponent(this.tenant)}/onboarding/first-actions`;
    const [id, mode] = location.hash.split('/').slice(5).map(decodeURIComponent);
    this.show(id, mode).catch(error => showError(this, error));
  }

  async show(id, mode) {
    if (id === 'nouvelle') return this.form(null);
    if (id && mode === 'modifier') return this.form(await this.api.get(`${this.root}/first-actions/${encodeURIComponent(id)}`));
    if (id) return this.detail(id);
    return this.list();
  }

  async list() {
    const all = new URLSearchParams(location.hash.split('?')[1] ?? '').get('toutes') === 'oui';
    const actions = await this.api.get(`${this.root}/first-actions?upcoming=${all ? 'false' : 'true'}`);
    this.innerHTML = html`<h1 class="fr-h3">Premières actions</h1>
      <p>Des missions locales pour une première action solidaire près de chez soi.</p>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li><a class="fr-btn fr-icon-add-line fr-btn--icon-left" href="${this.base}/nouvelle">Nouvelle action</a></li>
        <li><a class="fr-btn fr-btn--secondary" href="${this.base}${all ? '' : '?toutes=oui'}">${all ? 'Seulement les actions à venir' : 'Voir aussi les actions passées'}</a></li>
      </ul>
      ${actions.length ? html`<div class="fr-grid-row fr-grid-row--gutters">${actions.map(a => html`
        <div class="fr-col-12 fr-col-md-6">
          <div class="fr-card fr-enlarge-link" data-action="${a.id}"><div class="fr-card__body"><div class="fr-card__content">
            <h2 class="fr-card__title"><a href="${this.base}/${encodeURIComponent(a.id)}">${a.title}</a></h2>
            <p class="fr-card__desc">${a.communeName} — ${days(a)}</p>
            <div class="fr-card__end"><p class="fr-card__detail">${placesText(a)}</p></div>
          </div></div></div>
        </div>`)}</div>`
        : html`<p class="maillage-empty">Aucune action ${all ? '' : 'à venir '}: créez la première.</p>`}`;
    pageReady(this, 'Premières actions');
  }

  async form(action) {
    const territory = await this.api.get(`/api/tenants/${encodeURIComponent(this.tenant)}/territory`);
    const a = action ?? {};
    this.innerHTML = html`<h1 class="fr-h3">${action ? `Modifier « ${action.title} »` : 'Nouvelle première action'}</h1>
      <form novalidate>
        ${field({ name: 'title', label: 'Titre', value: a.title ?? '', required: true })}
        ${field({ name: 'description', label: 'Description', value: a.description ?? '', rows: 4 })}
        ${field({ name: 'commune', label: 'Commune', hint: 'Code INSEE ou nom d’une commune de la coopération', value: a.communeCode ?? '',
          required: true, list: 'communes' })}
        <datalist id="communes">${territory.communes.map(c => html`<option value="${c.code}">${c.nom}</option>`)}</datalist>
        ${field({ name: 'startsOn', label: 'Premier jour', hint: 'AAAA-MM-JJ', value: a.startsOn ?? '', required: true, type: 'date' })}
        ${field({ name: 'endsOn', label: 'Dernier jour', hint: 'AAAA-MM-JJ ; vide pour une action d’un jour', value: a.endsOn ?? '', type: 'date' })}
        ${field({ name: 'places', label: 'Nombre de places', value: a.places ?? '', required: true, inputmode: 'numeric' })}
        ${field({ name: 'partner', label: 'Partenaire', hint: 'Association, CCAS, mairie…', value: a.partner ?? '' })}
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li><button class="fr-btn" type="submit">${action ? 'Enregistrer' : 'Créer l’action'}</button></li>
          <li><a class="fr-btn fr-btn--secondary" href="${this.base}${action ? `/${encodeURIComponent(action.id)}` : ''}">Annuler</a></li>
        </ul>
      </form>`;
    const form = this.querySelector('form');
    const commune = form.elements.commune;
    form.addEventListener('submit', async event => {
      event.preventDefault();
      clearErrors(form);
      const typed = commune.value.trim();
      const byName = territory.communes.find(c => c.nom.localeCompare(typed, 'fr', { sensitivity: 'base' }) === 0);
      const value = name => form.elements[name].value.trim();
      const body = {
        title: value('title'), description: value('description'), commune: byName ? byName.code : typed,
        startsOn: value('startsOn'), endsOn: value('endsOn') || null,
        places: /^\d+$/.test(value('places')) ? Number(value('places')) : null, partner: value('partner'),
      };
      try {
        const saved = action
          ? await this.api.put(`${this.root}/first-actions/${encodeURIComponent(action.id)}`, body)
          : await this.api.post(`${this.root}/first-actions`, body);
        location.hash = `${this.base}/${encodeURIComponent(saved.id)}`;
      } catch (error) {
        showFormErrors(form, error);
      }
    });
    pageReady(this, action ? 'Modifier une première action' : 'Nouvelle première action');
  }

  async detail(id, notice) {
    const path = `${this.root}/first-actions/${encodeURIComponent(id)}`;
    const [people, suggested] = await Promise.all([this.api.get(`${path}/participants`), this.api.get(`${path}/suggestions`)]);
    const a = people.action;
    const row = (p, buttons) => html`<tr data-volunteer="${p.volunteerId}">
        <td>${person(p)}</td><td>${p.communeName ?? '—'}</td><td>${p.statusLabel}${p.rank ? ` (n° ${p.rank})` : ''}</td>
        <td><ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">${buttons}</ul></td></tr>`;
    const table = (caption, rows, empty) => (rows.length
      ? html`<div class="fr-table fr-table--no-caption"><table><caption>${caption}</caption>
          <thead><tr><th scope="col">Bénévole</th><th scope="col">Commune</th><th scope="col">Situation</th><th scope="col">Actions</th></tr></thead>
          <tbody>${rows}</tbody></table></div>`
      : html`<p>${empty}</p>`);
    const leave = p => html`<li><button class="fr-btn fr-btn--tertiary" data-leave="${p.volunteerId}" type="button">Désinscrire</button></li>`;
    this.innerHTML = html`<p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="${this.base}">Toutes les premières actions</a></p>
      ${notice ? alert('success', notice) : ''}
      <h1 class="fr-h3">${a.title}</h1>
      <p class="fr-text--lead">${a.communeName} — ${days(a)}</p>
      ${a.description ? html`<p>${a.description}</p>` : ''}
      ${a.partner ? html`<p>Partenaire : ${a.partner}</p>` : ''}
      <p><strong data-places>${placesText(a)}</strong></p>
      <p><a class="fr-btn fr-btn--secondary fr-icon-edit-line fr-btn--icon-left" href="${this.base}/${encodeURIComponent(a.id)}/modifier">Modifier l’action</a></p>
      <h2 class="fr-h4">Inscrits</h2>
      ${table('Inscrits', people.enrolled.map(p => row(p, p.status === 'DONE' ? '' : html`
          <li><button class="fr-btn fr-btn--secondary" data-done="${p.volunteerId}" type="button">A réalisé l’action</button></li>${leave(p)}`)),
        'Personne n’est encore inscrit.')}
      <h2 class="fr-h4">Liste d’attente</h2>
      ${table('Liste d’attente', people.waiting.map(p => row(p, leave(p))), 'Personne n’attend de place.')}
      <h2 class="fr-h4">Bénévoles proposés</h2>
      <p>Les bénévoles proches (même commune, puis même intercommunalité, puis même département) et disponibles à ces dates.</p>
      ${suggested.length ? html`<ul class="fr-raw-list">${suggested.map(v => html`<li class="fr-mb-1w" data-suggested="${v.id}">
          ${person(v)} — ${v.communeName ?? ''} <span class="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">${v.proximityLabel}</span>
          <span class="fr-badge fr-badge--sm fr-badge--no-icon">${v.stateLabel}</span>
          <button class="fr-btn fr-btn--sm fr-btn--secondary fr-ml-1w" data-enrol="${v.id}" type="button">Inscrire</button></li>`)}</ul>`
        : html`<p>Aucun bénévole proche à proposer.</p>`}`;
    this.querySelectorAll('[data-enrol]').forEach(b => b.addEventListener('click', () => this.act(id,
      () => this.api.post(`${path}/participants`, { volunteerId: b.dataset.enrol }),
      r => (r.status === 'WAITING' ? `${person(r)} est en liste d’attente (n° ${r.rank}).` : `${person(r)} est inscrit.`))));
    this.querySelectorAll('[data-done]').forEach(b => b.addEventListener('click', () => this.act(id,
      () => this.api.post(`${path}/participants/${encodeURIComponent(b.dataset.done)}/done`),
      r => `${person(r)} a réalisé sa première action.`)));
    this.querySelectorAll('[data-leave]').forEach(b => b.addEventListener('click', async () => {
      const ok = await confirmAction({ title: 'Désinscrire ce bénévole ?', text: 'Sa place ira au premier de la liste d’attente.', confirmLabel: 'Désinscrire' });
      if (ok) this.act(id, () => this.api.post(`${path}/participants/${encodeURIComponent(b.dataset.leave)}/leave`), r => `${person(r)} est désinscrit.`);
    }));
    pageReady(this, a.title);
  }

  async act(id, call, message) {
    try {
      const result = await call();
      await this.detail(id, message(result));
    } catch (error) {
      showError(this, error);
    }
  }
}
