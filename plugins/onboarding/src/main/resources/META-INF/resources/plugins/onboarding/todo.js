// Onboarding's to-do list: volunteers waiting too long for the coordinator (new, or contacted with
// no news), the longest waiting first.
import { html, showError, pageReady } from '/app/ui.js';

const PAGE = 50;

export default class TodoPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/onboarding`;
    this.load(1).catch(error => showError(this, error));
  }

  async load(page) {
    const found = await this.api.get(`${this.root}/todo?page=${page}&size=${PAGE}`);
    const pages = Math.max(1, Math.ceil(found.total / PAGE));
    this.innerHTML = html`<h1 class="fr-h3">Bénévoles à relancer</h1>
      <p>Les bénévoles nouveaux ou contactés depuis plus de ${found.staleAfterDays} jours sans suite, les plus anciens d’abord
        (${found.total} en tout). Le délai se règle dans le paramètre « onboarding.stale-after-days » de la coopération.</p>
      ${found.items.length ? html`<div class="fr-table"><table><caption>À relancer</caption>
        <thead><tr><th scope="col">Bénévole</th><th scope="col">Étape</th><th scope="col">Depuis</th><th scope="col">Contact</th><th scope="col">Commune</th></tr></thead>
        <tbody>${found.items.map(v => html`<tr data-volunteer="${v.id}">
          <td>${[v.firstName, v.lastName].filter(Boolean).join(' ') || 'Sans nom'}</td>
          <td>${v.stateLabel}</td>
          <td><strong>${v.daysWaiting} jours</strong></td>
          <td>${v.email ?? ''}${v.phone ? html`<br>${v.phone}` : ''}</td>
          <td>${v.communeName ?? '—'}</td></tr>`)}</tbody></table></div>
        ${pages > 1 ? html`<nav class="fr-pagination" aria-label="Pages"><ul class="fr-pagination__list">
          ${Array.from({ length: pages }, (_, i) => i + 1).map(n => html`<li><button type="button" class="fr-pagination__link" data-page="${n}"
            ${n === page ? html`aria-current="page"` : ''}>${n}</button></li>`)}</ul></nav>` : ''}`
        : html`<p class="maillage-empty">Personne n’attend : tous les bénévoles ont été suivis à temps.</p>`}`;
    this.querySelectorAll('[data-page]').forEach(b => b.addEventListener('click', () => this.load(Number(b.dataset.page)).catch(e => showError(this, e))));
    pageReady(this, 'Bénévoles à relancer');
  }
}
