// The coordinator's campaigns: the list with figures, a new campaign (selection, count, message), a
// campaign's figures and sending. Loaded on demand by the web shell, which sets api, tenant and page.
import { html, alert, announce, field, clearErrors, showFormErrors, confirmAction, count } from '/app/ui.js';

const STATES = { NEW: 'Nouveau', CONTACTED: 'Contacté', RESPONDED: 'A répondu', MET: 'Rencontré', FIRST_ACTION: 'Première action',
  IN_TEAM: 'Dans une équipe', INACTIVE: 'Inactif', WITHDRAWN: 'Retiré' };
const date = d => d ? new Date(d).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' }) : '—';

export default class CampaignsPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/onboarding/campaigns`;
    this.showList();
  }

  /** Draws the page under its heading and moves the focus to the heading. */
  draw(title, markup) {
    this.innerHTML = html`<h1 class="fr-h3" tabindex="-1">${title}</h1>${markup}`;
    this.querySelector('h1').focus();
  }

  async showList() {
    this.draw('Campagnes', html`<p>Chargement…</p>`);
    try {
      const campaigns = await this.api.get(this.root);
      this.draw('Campagnes', html`
        <p>Un message à une sélection de bénévoles, chacun avec son lien personnel pour répondre.</p>
        <button class="fr-btn fr-mb-3w" id="nouvelle" type="button">Nouvelle campagne</button>
        ${campaigns.length === 0 ? html`<p>Aucune campagne pour le moment.</p>` : html`
        <div class="fr-table fr-table--no-caption"><table>
          <caption>Campagnes</caption>
          <thead><tr><th scope="col">Objet</th><th scope="col">Créée le</th><th scope="col">Envoyée le</th>
            <th scope="col">Destinataires</th><th scope="col">Envoyés</th><th scope="col">Ouverts</th><th scope="col">Réponses</th></tr></thead>
          <tbody>${campaigns.map(c => html`<tr>
            <td><a href="#" data-id="${c.id}">${c.subject}</a></td><td>${date(c.createdAt)}</td>
            <td>${c.sent ? date(c.sentAt) : 'brouillon'}</td><td>${c.stats.recipients}</td><td>${c.stats.sent}</td>
            <td>${c.stats.opened}</td><td>${c.stats.answered}</td></tr>`)}</tbody>
        </table></div>`}`);
      this.querySelector('#nouvelle').addEventListener('click', () => this.showForm());
      this.querySelectorAll('a[data-id]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showCampaign(a.dataset.id); }));
    } catch (e) {
      this.draw('Campagnes', alert('error', e.message));
    }
  }

  showForm() {
    const element = markup => html`<div class="fr-fieldset__element">${markup}</div>`;
    this.draw('Nouvelle campagne', html`
      <form id="campagne" novalidate>
        <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">À qui</legend>
          ${element(field({ name: 'q', id: 'q', label: 'Recherche', hint: 'Nom, e-mail ou commune, comme dans la liste des bénévoles' }))}
          ${element(field({ name: 'state', id: 'state', label: 'Étapes', hint: 'Aucune choisie : toutes', multiple: true, size: 4,
            choices: Object.entries(STATES).map(([value, label]) => ({ value, label })), value: [] }))}
          ${element(field({ name: 'commune', id: 'commune', label: 'Communes', hint: 'Codes INSEE séparés par des virgules (exemple : 56260)' }))}
          ${element(html`<button class="fr-btn fr-btn--secondary" type="button" id="compter">Compter les destinataires</button>
            <p id="compte" role="status" class="fr-mt-1w"></p>`)}
        </fieldset>
        <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Le message</legend>
          ${element(field({ name: 'subject', id: 'subject', label: 'Objet', maxlength: 200, required: true }))}
          ${element(field({ name: 'body', id: 'body', label: 'Texte', rows: 8, maxlength: 10000, required: true, value: 'Bonjour {prénom},\n\n',
            hint: 'Champs possibles : {prénom}, {nom}, {lien} (le lien personnel, ajouté à la fin s’il manque), {désinscription}' }))}
        </fieldset>
        <ul class="fr-btns-group fr-btns-group--inline">
          <li><button class="fr-btn" type="submit">Enregistrer le brouillon</button></li>
          <li><button class="fr-btn fr-btn--tertiary" type="button" id="annuler">Annuler</button></li>
        </ul>
      </form>`);
    const form = this.querySelector('#campagne');
    const filter = () => ({ q: form.q.value, state: [...form.state.selectedOptions].map(o => o.value).join(','), commune: form.commune.value });
    this.querySelector('#annuler').addEventListener('click', () => this.showList());
    this.querySelector('#compter').addEventListener('click', async () => {
      try {
        clearErrors(form);
        const { recipients } = await this.api.post(this.root, { dryRun: true, filter: filter() });
        this.querySelector('#compte').textContent = `${count(recipients, 'bénévole recevra', 'bénévoles recevront')} ce message (ni désinscrits, ni sans e-mail).`;
      } catch (e) {
        showFormErrors(form, e);
      }
    });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        clearErrors(form);
        const created = await this.api.post(this.root, { subject: form.subject.value, body: form.body.value, filter: filter() });
        this.showCampaign(created.id);
      } catch (e) {
        showFormErrors(form, e);
      }
    });
  }

  async showCampaign(id) {
    try {
      const c = await this.api.get(`${this.root}/${encodeURIComponent(id)}`);
      const s = c.stats;
      const selection = [c.filter.q && `recherche « ${c.filter.q} »`, c.filter.state && `étapes ${c.filter.state.split(',').map(k => STATES[k] || k).join(', ')}`,
        c.filter.commune && `communes ${c.filter.commune}`].filter(Boolean).join(' ; ') || 'tous les bénévoles';
      this.draw(c.subject, html`
        <p>Sélection : ${selection}. ${c.sent ? `Envoyée le ${date(c.sentAt)} par ${c.sentBy}.` : 'Brouillon, pas encore envoyée.'}</p>
        <ul class="fr-tags-group">
          <li><p class="fr-tag">Destinataires : ${s.recipients}</p></li><li><p class="fr-tag">En attente : ${s.pending}</p></li>
          <li><p class="fr-tag">Envoyés : ${s.sent}</p></li><li><p class="fr-tag">En échec : ${s.failed}</p></li>
          <li><p class="fr-tag">Liens ouverts : ${s.opened}</p></li><li><p class="fr-tag">Réponses : ${s.answered}</p></li>
        </ul>
        <h2 class="fr-h5">Message</h2><pre class="maillage-pre-wrap">${c.body}</pre>
        <div id="retour"></div>
        <ul class="fr-btns-group fr-btns-group--inline">
          ${c.sent ? '' : html`<li><button class="fr-btn" id="envoyer" type="button">Envoyer</button></li>`}
          <li><button class="fr-btn fr-btn--secondary" id="actualiser" type="button">Actualiser</button></li>
          <li><button class="fr-btn fr-btn--tertiary" id="retour-liste" type="button">Toutes les campagnes</button></li>
        </ul>`);
      this.querySelector('#retour-liste').addEventListener('click', () => this.showList());
      this.querySelector('#actualiser').addEventListener('click', () => this.showCampaign(id));
      this.querySelector('#envoyer')?.addEventListener('click', async () => {
        const send = await confirmAction({ title: `Envoyer « ${c.subject} » ?`, confirmLabel: 'Envoyer', danger: false,
          text: `Le message partira à ${count(s.recipients, 'bénévole')} environ ; un envoi ne se reprend pas.` });
        if (!send) return;
        try {
          await this.api.post(`${this.root}/${encodeURIComponent(id)}/send`);
          this.showCampaign(id);
        } catch (e) {
          announce(this.querySelector('#retour'), alert('error', e.message));
        }
      });
    } catch (e) {
      this.draw('Campagne', alert('error', e.message));
    }
  }
}
