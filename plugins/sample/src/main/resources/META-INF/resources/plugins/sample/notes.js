// The sample plugin's page: the notes of the cooperation. Loaded on demand by the web shell, which sets
// api and tenant; the markup goes through the shell's escaping tag html``.
import { html } from '/app/ui.js';

export default class SampleNotes extends HTMLElement {
  async connectedCallback() {
    const { api, tenant } = this;
    this.innerHTML = html`<h1 class="fr-h3">Notes</h1><p>Chargement…</p>`;
    const notes = await api.get(`/api/tenants/${encodeURIComponent(tenant)}/sample/notes`);
    this.innerHTML = html`<h1 class="fr-h3">Notes</h1>${notes.length
      ? html`<ul>${notes.map(n => html`<li>${n.text}</li>`)}</ul>`
      : html`<p>Aucune note pour le moment : écrivez la première.</p>`}`;
  }
}
customElements.define('maillage-sample-notes', SampleNotes);
