// The plugin's messages in the cooperation's outbox (the platform's, /api/tenants/{tenant}/outbox?plugin=onboarding):
// waiting, sent or failed (with the error), and retrying a failed one.
import { html, alert, announce } from '/app/ui.js';

const date = d => d ? new Date(d).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' }) : '—';
const STATES = { PENDING: 'En attente', SENT: 'Envoyé', FAILED: 'En échec' };
const KINDS = { CAMPAIGN: 'Campagne', DIGEST: 'Résumé quotidien' };

export default class OutboxPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/outbox`;
    this.state = 'FAILED';
    this.show();
  }

  async show() {
    try {
      const page = await this.api.get(`${this.root}?plugin=onboarding${this.state ? `&state=${this.state}` : ''}`);
      this.innerHTML = html`<h1 class="fr-h3" tabindex="-1">Boîte d’envoi</h1>
        ${page.mailConfigured ? '' : alert('warning', page.explanation, { title: 'Aucun envoi possible pour le moment' })}
        <div class="fr-select-group"><label class="fr-label" for="etat">Afficher</label>
          <select class="fr-select" id="etat">
            <option value="FAILED">En échec (${page.counts.FAILED ?? 0})</option>
            <option value="PENDING">En attente (${page.counts.PENDING ?? 0})</option>
            <option value="SENT">Envoyés (${page.counts.SENT ?? 0})</option>
            <option value="">Tous</option>
          </select></div>
        <div id="retour"></div>
        ${page.items.length === 0 ? html`<p>Aucun message.</p>` : html`<div class="fr-table"><table>
          <caption>Messages</caption>
          <thead><tr><th scope="col">Destinataire</th><th scope="col">Objet</th><th scope="col">Type</th><th scope="col">État</th>
            <th scope="col">Tentatives</th><th scope="col">Prochaine tentative / envoi</th><th scope="col">Erreur</th><th scope="col"></th></tr></thead>
          <tbody>${page.items.map(m => html`<tr>
            <td>${m.recipient}</td><td>${m.subject}</td><td>${m.tags.map(t => KINDS[t] || t).join(', ')}</td><td>${STATES[m.state] || m.state}</td>
            <td>${m.attempts}</td><td>${m.state === 'SENT' ? date(m.sentAt) : date(m.nextAttemptAt)}</td><td>${m.lastError || ''}</td>
            <td>${m.state === 'FAILED' ? html`<button class="fr-btn fr-btn--sm fr-btn--secondary" data-id="${m.id}" type="button">Renvoyer</button>` : ''}</td>
          </tr>`)}</tbody></table></div>`}`;
      const select = this.querySelector('#etat');
      select.value = this.state;
      select.addEventListener('change', () => { this.state = select.value; this.show(); });
      this.querySelectorAll('button[data-id]').forEach(b => b.addEventListener('click', async () => {
        try {
          await this.api.post(`${this.root}/${encodeURIComponent(b.dataset.id)}/retry`);
          this.show();
        } catch (e) {
          announce(this.querySelector('#retour'), alert('error', e.message));
        }
      }));
      this.querySelector('h1').focus();
    } catch (e) {
      this.innerHTML = html`<h1 class="fr-h3" tabindex="-1">Boîte d’envoi</h1>${alert('error', e.message)}`;
    }
  }
}
