// « Fiches du réseau »: the fiches every cooperation shared, searched in French with facets; a fiche with its
// exchanges, where another cooperation asks, comments and says « cela nous a servi ».
import { html, alert, field, showError, showFormErrors, pageReady } from '/app/ui.js';
import { showBody, lists, details, files, onFiles, exchanges, when } from './common.js';

const facetChoices = (counts, labels, all) => [{ value: '', label: all },
  ...Object.entries(counts ?? {}).map(([value, n]) => ({ value, label: `${labels?.[value] ?? value} (${n})` }))];

export default class NetworkPage extends HTMLElement {
  async connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/experience/network/fiches`;
    this.labels = await lists(this.api, this.tenant);
    if (this.path?.[0]) this.showFiche(this.path[0]); else this.showFeed({});
  }

  async showFeed(criteria) {
    const query = new URLSearchParams(Object.entries(criteria).filter(([, v]) => v));
    let result;
    try {
      result = await this.api.get(`${this.root}?${query}`);
    } catch (error) {
      this.innerHTML = html`<h1 class="fr-h3">Fiches du réseau</h1>`;
      showError(this, error);
      return;
    }
    const digest = await this.api.get(`/api/tenants/${encodeURIComponent(this.tenant)}/experience/digest`);
    this.innerHTML = html`<h1 class="fr-h3">Fiches du réseau</h1>
      <p>Les retours d’expérience que les coopérations ont choisi de partager avec tout le réseau.</p>
      <div class="fr-toggle fr-mb-3w"><input type="checkbox" class="fr-toggle__input" id="lettre"${digest.subscribed ? html` checked` : ''}>
        <label class="fr-toggle__label" for="lettre">Recevoir chaque semaine par courriel les nouvelles fiches des autres coopérations</label></div>
      <form id="search" class="fr-mb-3w" role="search" novalidate>
        <div class="fr-search-bar" id="recherche-barre"><label class="fr-label" for="recherche-mots">Rechercher</label>
          <input class="fr-input" id="recherche-mots" name="q" type="search" maxlength="200" value="${criteria.q ?? ''}"
            placeholder="par exemple : bénévoles EHPAD">
          <button class="fr-btn" type="submit" title="Rechercher">Rechercher</button></div>
        <div class="fr-grid-row fr-grid-row--gutters fr-mt-1w">
          <div class="fr-col-12 fr-col-md-4">${field({ name: 'theme', id: 'recherche-theme', label: 'Thème', value: criteria.theme ?? '',
            choices: facetChoices(result.themes, this.labels.themes, 'Tous les thèmes') })}</div>
          <div class="fr-col-12 fr-col-md-4">${field({ name: 'departement', id: 'recherche-departement', label: 'Département',
            value: criteria.departement ?? '', choices: facetChoices(result.departements, null, 'Tous les départements') })}</div>
          <div class="fr-col-12 fr-col-md-4">${field({ name: 'year', id: 'recherche-annee', label: 'Année', value: criteria.year ?? '',
            choices: facetChoices(result.years, null, 'Toutes les années') })}</div>
        </div></form>
      <p role="status">${result.hits.length === 0 ? 'Aucune fiche ne correspond.' : `${result.hits.length} fiche${result.hits.length > 1 ? 's' : ''}`}</p>
      <ul class="experience-hits">${result.hits.map(h => html`<li class="fr-mb-3w" data-hit="${h.id}">
        <h2 class="fr-h5 fr-mb-1v"><a href="#" data-fiche="${h.id}">${h.title}</a>
          ${h.featured ? html`<span class="fr-badge fr-badge--sm fr-badge--new">Mise en avant</span>` : ''}</h2>
        <p class="fr-text--sm fr-mb-1v">${this.labels.cooperation(h.cooperation)} · ${h.departements.join(', ')} · partagée le ${when(h.sharedAt)}</p>
        <p class="experience-extract">${h.extract.map(s => (s.match ? html`<mark>${s.text}</mark>` : s.text))}</p></li>`)}</ul>`;
    const form = this.querySelector('#search');
    const search = () => this.showFeed(Object.fromEntries(new FormData(form)));
    form.addEventListener('submit', e => { e.preventDefault(); search(); });
    form.querySelectorAll('select').forEach(select => select.addEventListener('change', search));
    this.querySelector('#lettre').addEventListener('change', async event => {
      const path = `/api/tenants/${encodeURIComponent(this.tenant)}/experience/digest`;
      try {
        if (event.target.checked) await this.api.put(path); else await this.api.delete(path);
      } catch (error) { event.target.checked = !event.target.checked; showError(this, error); }
    });
    this.querySelectorAll('[data-fiche]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showFiche(a.dataset.fiche); }));
    pageReady(this, 'Fiches du réseau');
  }

  async showFiche(id, notice) {
    const path = `${this.root}/${encodeURIComponent(id)}`;
    let f;
    try {
      f = await this.api.get(path);
    } catch (error) {
      this.innerHTML = html`<p><a href="#" id="back">← Toutes les fiches</a></p>`;
      this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showFeed({}); });
      showError(this, error);
      return;
    }
    const ours = f.cooperation === this.tenant;
    const served = f.reuses.some(r => r.cooperation === this.tenant);
    const coordinator = this.roles?.includes('coordinator');
    this.innerHTML = html`<p><a href="#" id="back">← Toutes les fiches</a></p>
      <h1 class="fr-h3">${f.title} ${f.featured ? html`<span class="fr-badge fr-badge--sm fr-badge--new">Mise en avant</span>` : ''}</h1>
      <div id="notice">${notice ?? ''}</div>
      <p class="fr-text--sm">Partagée par la coopération ${this.labels.cooperation(f.cooperation)} le ${when(f.sharedAt)}</p>
      <p class="fr-text--lead">${f.summary}</p>
      <div id="body" class="experience-body"></div>
      ${details(f, this.labels)}
      ${files(f.attachments)}
      <h2 class="fr-h5 fr-mt-4w">Cela nous a servi</h2>
      <p>${f.reuses.length ? `Coopérations : ${f.reuses.map(r => this.labels.cooperation(r.cooperation)).join(', ')}.` : 'Aucune coopération ne l’a encore signalé.'}</p>
      ${ours ? '' : html`<button class="fr-btn ${served ? 'fr-btn--secondary' : ''}" type="button" id="reuse" aria-pressed="${served ? 'true' : 'false'}">
        ${served ? 'Retirer « cela nous a servi »' : 'Cela nous a servi'}</button>`}
      ${coordinator && !f.proposed ? html`<button class="fr-btn fr-btn--tertiary fr-ml-2w" type="button" id="propose">Proposer à la commission réseau</button>` : ''}
      ${f.proposed ? html`<p class="fr-badge fr-badge--info fr-badge--sm fr-mt-2w">Proposée à la commission réseau</p>` : ''}
      <h2 class="fr-h5 fr-mt-4w">Échanges</h2>
      ${exchanges(f.exchanges, { answering: ours, name: this.labels.cooperation })}
      ${ours ? '' : html`<form id="ask" class="fr-mt-3w" novalidate><h3 class="fr-h6">Poser une question ou commenter</h3>
        ${field({ name: 'kind', id: 'echange-type', label: 'Type', value: 'QUESTION',
          choices: [{ value: 'QUESTION', label: 'Une question à la coopération' }, { value: 'COMMENT', label: 'Un commentaire' }] })}
        ${field({ name: 'text', id: 'echange-texte', label: 'Votre message', rows: 4, maxlength: 4000, required: true,
          hint: 'La coopération qui a écrit la fiche est prévenue par courriel.' })}
        <button class="fr-btn" type="submit">Envoyer</button></form>`}`;
    showBody(this.querySelector('#body'), f.bodyHtml);
    onFiles(this, this.api, path);
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showFeed({}); });
    this.querySelector('#reuse')?.addEventListener('click', async () => {
      try {
        if (served) await this.api.delete(`${path}/reuse`); else await this.api.post(`${path}/reuse`);
        this.showFiche(id, alert('success', served ? 'Mention retirée.' : 'Merci : la coopération en est informée.'));
      } catch (error) { showError(this, error); }
    });
    this.querySelector('#propose')?.addEventListener('click', async () => {
      try {
        await this.api.post(`${path}/proposal`);
        this.showFiche(id, alert('success', 'Fiche proposée à l’ordre du jour de la commission réseau.'));
      } catch (error) { showError(this, error); }
    });
    const ask = this.querySelector('#ask');
    ask?.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await this.api.post(`${path}/exchanges`, Object.fromEntries(new FormData(ask)));
        this.showFiche(id, alert('success', 'Message envoyé : la coopération en est informée.'));
      } catch (error) { showFormErrors(ask, error); }
    });
    this.querySelectorAll('[data-answer]').forEach(form => form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await this.api.post(`${path}/exchanges/${encodeURIComponent(form.dataset.answer)}/answer`,
          { text: new FormData(form).get('text'), version: Number(form.dataset.version) });
        this.showFiche(id, alert('success', 'Réponse publiée.'));
      } catch (error) { showFormErrors(form, error); }
    }));
    pageReady(this, f.title);
  }
}
