// The coordinator's campaigns: the list with figures, a new campaign (selection, count, message), a
// campaign's figures and sending. Loaded on demand by the web shell, which sets api, tenant and page.
const escape = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const STATES = { NEW: 'Nouveau', CONTACTED: 'Contacté', RESPONDED: 'A répondu', MET: 'Rencontré', FIRST_ACTION: 'Première action',
  IN_TEAM: 'Dans une équipe', INACTIVE: 'Inactif', WITHDRAWN: 'Retiré' };
const date = d => d ? new Date(d).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' }) : '—';

export default class CampaignsPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${this.tenant}/onboarding/campaigns`;
    this.showList();
  }

  heading(text) {
    return `<h1 class="fr-h3" tabindex="-1">${escape(text)}</h1>`;
  }

  focusHeading() {
    this.querySelector('h1')?.focus();
  }

  async showList() {
    this.innerHTML = `${this.heading('Campagnes')}<p>Chargement…</p>`;
    try {
      const campaigns = await this.api.get(this.root);
      this.innerHTML = `${this.heading('Campagnes')}
        <p>Un message à une sélection de bénévoles, chacun avec son lien personnel pour répondre.</p>
        <button class="fr-btn fr-mb-3w" id="nouvelle" type="button">Nouvelle campagne</button>
        ${campaigns.length === 0 ? '<p>Aucune campagne pour le moment.</p>' : `
        <div class="fr-table fr-table--no-caption"><table>
          <caption>Campagnes</caption>
          <thead><tr><th scope="col">Objet</th><th scope="col">Créée le</th><th scope="col">Envoyée le</th>
            <th scope="col">Destinataires</th><th scope="col">Envoyés</th><th scope="col">Ouverts</th><th scope="col">Réponses</th></tr></thead>
          <tbody>${campaigns.map(c => `<tr>
            <td><a href="#" data-id="${escape(c.id)}">${escape(c.subject)}</a></td><td>${date(c.createdAt)}</td>
            <td>${c.sent ? date(c.sentAt) : 'brouillon'}</td><td>${c.stats.recipients}</td><td>${c.stats.sent}</td>
            <td>${c.stats.opened}</td><td>${c.stats.answered}</td></tr>`).join('')}</tbody>
        </table></div>`}`;
      this.querySelector('#nouvelle').addEventListener('click', () => this.showForm());
      this.querySelectorAll('a[data-id]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showCampaign(a.dataset.id); }));
      this.focusHeading();
    } catch (e) {
      this.innerHTML = `${this.heading('Campagnes')}<div class="fr-alert fr-alert--error" role="alert"><p>${escape(e.message)}</p></div>`;
    }
  }

  showForm() {
    this.innerHTML = `${this.heading('Nouvelle campagne')}
      <form id="campagne" novalidate>
        <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">À qui</legend>
          <div class="fr-fieldset__element fr-input-group" data-field="q"><label class="fr-label" for="q">Recherche
            <span class="fr-hint-text">Nom, e-mail ou commune, comme dans la liste des bénévoles</span></label><input class="fr-input" id="q" name="q"></div>
          <div class="fr-fieldset__element fr-select-group" data-field="state"><label class="fr-label" for="state">Étapes
            <span class="fr-hint-text">Aucune choisie : toutes</span></label>
            <select class="fr-select" id="state" name="state" multiple size="4">${Object.entries(STATES).map(([k, v]) => `<option value="${k}">${v}</option>`).join('')}</select></div>
          <div class="fr-fieldset__element fr-input-group" data-field="commune"><label class="fr-label" for="commune">Communes
            <span class="fr-hint-text">Codes INSEE séparés par des virgules (exemple : 56260)</span></label><input class="fr-input" id="commune" name="commune"></div>
          <div class="fr-fieldset__element"><button class="fr-btn fr-btn--secondary" type="button" id="compter">Compter les destinataires</button>
            <p id="compte" role="status" class="fr-mt-1w"></p></div>
        </fieldset>
        <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Le message</legend>
          <div class="fr-fieldset__element fr-input-group" data-field="subject"><label class="fr-label" for="subject">Objet</label>
            <input class="fr-input" id="subject" name="subject" maxlength="200" required></div>
          <div class="fr-fieldset__element fr-input-group" data-field="body"><label class="fr-label" for="body">Texte
            <span class="fr-hint-text">Champs possibles : {prénom}, {nom}, {lien} (le lien personnel, ajouté à la fin s'il manque), {désinscription}</span></label>
            <textarea class="fr-input" id="body" name="body" rows="8" maxlength="10000" required>Bonjour {prénom},\n\n</textarea></div>
        </fieldset>
        <ul class="fr-btns-group fr-btns-group--inline">
          <li><button class="fr-btn" type="submit">Enregistrer le brouillon</button></li>
          <li><button class="fr-btn fr-btn--tertiary" type="button" id="annuler">Annuler</button></li>
        </ul>
      </form>`;
    const form = this.querySelector('#campagne');
    const filter = () => ({ q: form.q.value, state: [...form.state.selectedOptions].map(o => o.value).join(','), commune: form.commune.value });
    this.querySelector('#annuler').addEventListener('click', () => this.showList());
    this.querySelector('#compter').addEventListener('click', async () => {
      try {
        this.clearErrors(form);
        const count = await this.api.post(this.root, { dryRun: true, filter: filter() });
        this.querySelector('#compte').textContent = `${count.recipients} bénévole(s) recevront ce message (ni désinscrits, ni sans e-mail).`;
      } catch (e) {
        this.showErrors(form, e);
      }
    });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        this.clearErrors(form);
        const created = await this.api.post(this.root, { subject: form.subject.value, body: form.body.value, filter: filter() });
        this.showCampaign(created.id);
      } catch (e) {
        this.showErrors(form, e);
      }
    });
    this.focusHeading();
  }

  clearErrors(form) {
    form.querySelectorAll('.fr-error-text').forEach(p => p.remove());
    form.querySelectorAll('[aria-invalid]').forEach(i => i.removeAttribute('aria-invalid'));
    form.querySelector('.fr-alert')?.remove();
  }

  showErrors(form, error) {
    const fields = error.fields || [];
    let first = null;
    for (const f of fields) {
      const group = form.querySelector(`[data-field="${f.field}"]`);
      const input = group?.querySelector('input, textarea, select');
      if (!group || !input) continue;
      input.setAttribute('aria-invalid', 'true');
      input.insertAdjacentHTML('afterend', `<p class="fr-error-text">${escape(f.message)}</p>`);
      first ??= input;
    }
    if (first) {
      first.focus();
    } else {
      form.insertAdjacentHTML('afterbegin', `<div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert"><p>${escape(error.message)}</p></div>`);
    }
  }

  async showCampaign(id) {
    try {
      const c = await this.api.get(`${this.root}/${encodeURIComponent(id)}`);
      const s = c.stats;
      const selection = [c.filter.q && `recherche « ${c.filter.q} »`, c.filter.state && `étapes ${c.filter.state.split(',').map(k => STATES[k] || k).join(', ')}`,
        c.filter.commune && `communes ${c.filter.commune}`].filter(Boolean).join(' ; ') || 'tous les bénévoles';
      this.innerHTML = `${this.heading(c.subject)}
        <p>Sélection : ${escape(selection)}. ${c.sent ? `Envoyée le ${date(c.sentAt)} par ${escape(c.sentBy)}.` : 'Brouillon, pas encore envoyée.'}</p>
        <ul class="fr-tags-group">
          <li><p class="fr-tag">Destinataires : ${s.recipients}</p></li><li><p class="fr-tag">En attente : ${s.pending}</p></li>
          <li><p class="fr-tag">Envoyés : ${s.sent}</p></li><li><p class="fr-tag">En échec : ${s.failed}</p></li>
          <li><p class="fr-tag">Liens ouverts : ${s.opened}</p></li><li><p class="fr-tag">Réponses : ${s.answered}</p></li>
        </ul>
        <h2 class="fr-h5">Message</h2><pre style="white-space: pre-wrap">${escape(c.body)}</pre>
        <div id="retour" role="status"></div>
        <ul class="fr-btns-group fr-btns-group--inline">
          ${c.sent ? '' : '<li><button class="fr-btn" id="envoyer" type="button">Envoyer</button></li>'}
          <li><button class="fr-btn fr-btn--secondary" id="actualiser" type="button">Actualiser</button></li>
          <li><button class="fr-btn fr-btn--tertiary" id="retour-liste" type="button">Toutes les campagnes</button></li>
        </ul>`;
      this.querySelector('#retour-liste').addEventListener('click', () => this.showList());
      this.querySelector('#actualiser').addEventListener('click', () => this.showCampaign(id));
      this.querySelector('#envoyer')?.addEventListener('click', async () => {
        if (!confirm(`Envoyer ce message à ${s.recipients} bénévole(s) environ ?`)) return;
        try {
          await this.api.post(`${this.root}/${encodeURIComponent(id)}/send`);
          this.showCampaign(id);
        } catch (e) {
          this.querySelector('#retour').innerHTML = `<div class="fr-alert fr-alert--error fr-alert--sm"><p>${escape(e.message)}</p></div>`;
        }
      });
      this.focusHeading();
    } catch (e) {
      this.innerHTML = `${this.heading('Campagne')}<div class="fr-alert fr-alert--error" role="alert"><p>${escape(e.message)}</p></div>`;
    }
  }
}
