// The plugin's page: the registrations of the cooperation, and for its coordinators a form to add one.
// Loaded on demand by the web shell, which sets api (with the person's token), tenant, roles, page and path.
// Markup goes through ui.js's escaping tag html``; a failed call comes back as an ApiError, shown next to its
// fields by showFormErrors.
import { html, field, requiredNote, showFormErrors, clearErrors, pageReady, alert, announce } from '/app/ui.js';

export default class Registrations extends HTMLElement {
  async connectedCallback() {
    this.innerHTML = html`<h1 class="fr-h3">${this.page.label}</h1><p>Chargement…</p>`;
    await this.show();
    pageReady(this, this.page.label);
  }

  get url() {
    return `/api/tenants/${encodeURIComponent(this.tenant)}/${this.page.plugin}/registrations`;
  }

  async show() {
    const registrations = await this.api.get(this.url);
    const coordinator = this.roles.includes('coordinator');
    this.innerHTML = html`<h1 class="fr-h3">${this.page.label}</h1>
      <div id="annonce"></div>
      ${registrations.length
        ? html`<div class="fr-table"><table><caption>Inscriptions de la coopération</caption>
            <thead><tr><th scope="col">Adresse e-mail</th><th scope="col">Activité</th></tr></thead>
            <tbody>${registrations.map(r => html`<tr><td>${r.email}</td><td>${r.activity}</td></tr>`)}</tbody></table></div>`
        : html`<p>Aucune inscription pour le moment.</p>`}
      ${coordinator ? html`<form id="inscrire" novalidate>
          <h2 class="fr-h5">Inscrire une personne</h2>
          ${requiredNote}
          ${field({ name: 'email', label: 'Adresse e-mail', type: 'email', required: true, autocomplete: 'email' })}
          ${field({ name: 'activity', label: 'Activité', required: true, maxlength: 200 })}
          <button class="fr-btn" type="submit">Inscrire</button>
        </form>` : ''}`;
    this.querySelector('#inscrire')?.addEventListener('submit', event => this.register(event));
  }

  async register(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    try {
      await this.api.post(this.url, { email: form.email.value, activity: form.activity.value });
      await this.show();
      announce(this.querySelector('#annonce'), alert('success', 'La personne est inscrite.'));
    } catch (error) {
      showFormErrors(form, error);
    }
  }
}
