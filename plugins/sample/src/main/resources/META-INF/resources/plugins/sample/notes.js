// The sample plugin's page: the notes of the cooperation. Loaded on demand by the web shell.
export default class SampleNotes extends HTMLElement {
  async connectedCallback() {
    const { api, tenant } = this;
    this.innerHTML = '<h1 class="fr-h3">Notes</h1><p>Chargement…</p>';
    const notes = await api.get(`/api/tenants/${tenant}/sample/notes`);
    this.innerHTML = notes.length
      ? `<h1 class="fr-h3">Notes</h1><ul>${notes.map(n => `<li>${escape(n.text)}</li>`).join('')}</ul>`
      : '<h1 class="fr-h3">Notes</h1><p>Aucune note pour le moment : écrivez la première.</p>';
  }
}
const escape = s => s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
customElements.define('maillage-sample-notes', SampleNotes);
