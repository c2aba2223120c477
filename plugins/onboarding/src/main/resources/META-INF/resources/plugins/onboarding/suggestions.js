// Onboarding's suggestions for one volunteer: first actions and teams near them. A page
// (#/coop/<slug>/onboarding/suggestions/<volunteer id>, or a search when no id is given) and an
// element that other pages embed: <maillage-onboarding-volunteer-suggestions tenant="…" volunteer="…">
// after setting its `api` property.
import { html, showError, pageReady, alert, field, buttons, count } from '/app/ui.js';

const dateFr = d => new Date(`${d}T12:00:00`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' });
const person = p => [p.firstName, p.lastName].filter(Boolean).join(' ') || 'Sans nom';

/** The suggestions of one volunteer, with a button to enrol them in an action. */
export class VolunteerSuggestions extends HTMLElement {
  connectedCallback() {
    this.tenant ??= this.getAttribute('tenant');
    this.volunteer ??= this.getAttribute('volunteer');
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/onboarding`;
    this.load().catch(error => showError(this, error));
  }

  async load(notice) {
    const found = await this.api.get(`${this.root}/volunteers/${encodeURIComponent(this.volunteer)}/suggestions`);
    const actions = `#/coop/${encodeURIComponent(this.tenant)}/onboarding/first-actions`;
    this.innerHTML = html`<section aria-labelledby="suggestions-${this.volunteer}">
      <h2 class="fr-h4" id="suggestions-${this.volunteer}">Propositions près de chez ce bénévole</h2>
      ${notice ? alert('success', notice) : ''}
      <h3 class="fr-h6">Premières actions</h3>
      ${found.actions.length ? html`<ul class="fr-raw-list">${found.actions.map(s => html`<li class="fr-mb-1w" data-action="${s.action.id}">
          <a href="${actions}/${encodeURIComponent(s.action.id)}">${s.action.title}</a> — ${s.action.communeName}, ${dateFr(s.action.startsOn)}
          <span class="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">${s.proximityLabel}</span>
          ${s.action.placesLeft > 0 ? count(s.action.placesLeft, 'place') : 'liste d’attente'}
          <button class="fr-btn fr-btn--sm fr-btn--secondary fr-ml-1w" type="button" data-enrol="${s.action.id}">Inscrire</button></li>`)}</ul>`
        : html`<p>Aucune action à venir près de chez lui (sa commune est-elle connue ?).</p>`}
      <h3 class="fr-h6">Équipes</h3>
      ${found.teams.length ? html`<ul>${found.teams.map(t => html`<li data-team="${t.id}">${t.name}
          <span class="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">${t.proximityLabel}</span></li>`)}</ul>`
        : html`<p>Aucune équipe ouverte près de chez lui.</p>`}
    </section>`;
    this.querySelectorAll('[data-enrol]').forEach(b => b.addEventListener('click', async () => {
      try {
        const r = await this.api.post(`${this.root}/first-actions/${encodeURIComponent(b.dataset.enrol)}/participants`, { volunteerId: this.volunteer });
        await this.load(r.status === 'WAITING' ? `${person(r)} est en liste d’attente pour « ${r.actionTitle} ».` : `${person(r)} est inscrit à « ${r.actionTitle} ».`);
      } catch (error) {
        showError(this, error);
      }
    }));
  }
}
if (!customElements.get('maillage-onboarding-volunteer-suggestions')) {
  customElements.define('maillage-onboarding-volunteer-suggestions', VolunteerSuggestions);
}

export default class SuggestionsPage extends HTMLElement {
  connectedCallback() {
    const id = location.hash.split('/')[5];
    this.show(id && decodeURIComponent(id)).catch(error => showError(this, error));
  }

  async show(id) {
    const root = `/api/tenants/${encodeURIComponent(this.tenant)}/onboarding`;
    const base = `#/coop/${encodeURIComponent(this.tenant)}/onboarding/suggestions`;
    if (!id) {
      this.innerHTML = html`<h1 class="fr-h3">Propositions pour un bénévole</h1>
        <form role="search" aria-label="Chercher un bénévole" novalidate>
          ${field({ name: 'q', id: 'suggestions-search', type: 'search', label: 'Chercher un bénévole', hint: 'son nom, son e-mail ou sa commune' })}
          ${buttons([{ label: 'Chercher', icon: 'search-line', type: 'submit' }], { inline: true })}
        </form><div data-results class="fr-mt-2w"></div>`;
      this.querySelector('form').addEventListener('submit', async event => {
        event.preventDefault();
        try {
          const q = this.querySelector('input').value.trim();
          const found = await this.api.get(`${root}/volunteers?q=${encodeURIComponent(q)}&size=20`);
          this.querySelector('[data-results]').innerHTML = html`${found.items.length
            ? html`<ul>${found.items.map(v => html`<li><a href="${base}/${encodeURIComponent(v.id)}">${person(v)}</a> — ${v.commune?.nom ?? 'commune inconnue'}</li>`)}</ul>`
            : html`<p>Aucun bénévole ne correspond.</p>`}`;
        } catch (error) {
          showError(this, error);
        }
      });
      return pageReady(this, 'Propositions pour un bénévole');
    }
    const volunteer = await this.api.get(`${root}/volunteers/${encodeURIComponent(id)}`);
    this.innerHTML = html`<p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="${base}">Chercher un autre bénévole</a></p>
      <h1 class="fr-h3">Propositions pour ${person(volunteer)}</h1>
      <p>${volunteer.commune?.nom ?? 'Commune inconnue'} — disponibilités : ${volunteer.availability ?? 'non précisées'}</p>`;
    const section = document.createElement('maillage-onboarding-volunteer-suggestions');
    section.api = this.api;
    section.tenant = this.tenant;
    section.volunteer = id;
    this.append(section);
    pageReady(this, `Propositions pour ${person(volunteer)}`);
  }
}
