// The self-service page of a volunteer: no account, the signed link after « #lien= » in the address,
// sent to the API in the Maillage-Lien header (never in an address a server logs). The page is public and
// outside the shell, but uses the shell's helpers like every other page.
import { createApi, html, alert, announce, field, clearErrors, showFormErrors, confirmAction } from '/app/ui.js';

const API = '/api/onboarding/self-service';

const dateFr = iso => new Date(`${iso}T12:00:00`).toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });

function linkFromAddress() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  return { token: params.get('lien'), action: params.get('action') };
}

export default class SelfServicePage extends HTMLElement {
  async connectedCallback() {
    const { token, action } = linkFromAddress();
    if (!token) {
      return this.fail('Le lien personnel manque : ouvrez cette page depuis le lien reçu par e-mail.');
    }
    this.api = createApi({ headers: { 'Maillage-Lien': token } });
    try {
      this.me = await this.api.get(API);
      this.render(action === 'desinscription');
    } catch (e) {
      this.fail(e.message);
    }
  }

  fail(message) {
    this.innerHTML = html`<h1 class="fr-h2" tabindex="-1">Mon inscription de bénévole</h1>
      ${alert('error', message, { title: 'Lien inutilisable' })}`;
    this.querySelector('h1').focus();
  }

  notice(message, kind = 'success') {
    announce(this.querySelector('#retour'), alert(kind, message));
  }

  render(unsubscribeFirst) {
    const me = this.me;
    this.innerHTML = html`
      <h1 class="fr-h2" tabindex="-1">Bonjour ${me.firstName || ''}</h1>
      <p>Votre étape dans l’accueil des bénévoles : <strong>${me.stateLabel}</strong>.</p>
      <div id="retour"></div>
      ${unsubscribeFirst ? this.unsubscribeSection(me) : ''}
      <section class="fr-mb-4w">
        <h2 class="fr-h4">Je souhaite participer</h2>
        <form id="reponse" novalidate>
          ${field({ name: 'availability', id: 'disponibilites', label: 'Mes disponibilités', rows: 3, maxlength: 500,
            value: me.availability || '', hint: 'Par exemple : le samedi matin, deux heures par semaine' })}
          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">Ma commune (actuellement : ${me.commune ? me.commune.nom : 'non renseignée'})</legend>
            <div class="fr-fieldset__element">${field({ name: 'postcode', id: 'code-postal', label: 'Code postal', inputmode: 'numeric',
              maxlength: 5, pattern: '[0-9]{5}', autocomplete: 'postal-code' })}</div>
            <div class="fr-fieldset__element">${field({ name: 'commune', id: 'commune', label: 'Commune', disabled: true,
              choices: [{ value: '', label: 'Saisissez d’abord le code postal' }] })}</div>
          </fieldset>
          <div class="fr-checkbox-group fr-mb-2w">
            <input type="checkbox" id="consentement" name="consent"${me.consent ? html` checked` : ''}>
            <label class="fr-label" for="consentement">J’accepte que la coopération conserve mes coordonnées pour me proposer des actions de solidarité près de chez moi
              <span class="fr-hint-text">Vous pouvez retirer ce consentement à tout moment ici.</span></label>
          </div>
          <button class="fr-btn" type="submit">Je confirme mon intérêt</button>
        </form>
      </section>
      ${me.suggestions ? html`<section class="fr-mb-4w" id="suggestions" aria-labelledby="titre-suggestions">
        <h2 class="fr-h4" id="titre-suggestions">Une première action ou une équipe près de chez vous</h2>
        <div id="liste-suggestions" aria-live="polite"><p>Chargement des propositions…</p></div></section>` : ''}
      ${unsubscribeFirst ? '' : this.unsubscribeSection(me)}
      <section class="fr-mb-4w">
        <h2 class="fr-h4">Je ne souhaite plus participer</h2>
        <form id="retrait" novalidate>
          ${field({ name: 'reason', id: 'motif', label: 'Pourquoi ?', hint: 'Quelques mots suffisent', maxlength: 500, required: true })}
          <button class="fr-btn fr-btn--secondary" type="submit">Je me retire</button>
        </form>
      </section>
      <section class="fr-mb-4w">
        <h2 class="fr-h4">Effacer mes données</h2>
        <p>Vos nom, coordonnées et réponses seront effacés définitivement ; ce lien cessera de fonctionner.</p>
        <button class="fr-btn fr-btn--tertiary" id="effacer" type="button">Effacer mes données</button>
      </section>`;
    this.querySelector('h1').focus();
    this.wire();
    if (me.suggestions) this.showSuggestions();
  }

  async showSuggestions() {
    const box = this.querySelector('#liste-suggestions');
    try {
      const found = await this.api.get(`${API}/suggestions`);
      box.innerHTML = html`${this.actionsList(found.actions)}${this.teamsList(found.teams)}`;
      box.querySelectorAll('button[data-action]').forEach(button => button.addEventListener('click', event => this.act(event, async () => {
        button.disabled = true;
        const done = await this.api.post(`${API}/first-actions/${encodeURIComponent(button.dataset.action)}`);
        this.notice(done.status === 'WAITING'
          ? `Vous êtes sur la liste d’attente de « ${button.dataset.title} » : la coopération vous préviendra si une place se libère.`
          : `C’est noté : vous êtes inscrit·e à « ${button.dataset.title} ». La coopération vous recontactera.`);
        await this.showSuggestions();
      })));
    } catch (e) {
      box.innerHTML = html`<p>${e.message}</p>`;
    }
  }

  actionsList(actions) {
    if (!actions.length) return '';
    const when = a => (a.endsOn && a.endsOn !== a.startsOn ? `du ${dateFr(a.startsOn)} au ${dateFr(a.endsOn)}` : `le ${dateFr(a.startsOn)}`);
    const places = a => `${a.placesLeft} place${a.placesLeft > 1 ? 's' : ''} restante${a.placesLeft > 1 ? 's' : ''}`;
    return html`<h3 class="fr-h6">Premières actions</h3><ul class="fr-raw-list">${actions.map(a => html`
      <li class="fr-card fr-card--no-arrow fr-mb-2w"><div class="fr-card__body"><div class="fr-card__content">
        <h4 class="fr-card__title">${a.title}</h4>
        <p class="fr-card__desc">${a.communeName}, ${when(a)}${a.description ? ` — ${a.description}` : ''}</p>
        <p class="fr-card__detail">${a.waitingList ? 'Complet : liste d’attente' : places(a)}</p>
      </div><div class="fr-card__footer">
        <button class="fr-btn fr-btn--sm" type="button" data-action="${a.id}" data-title="${a.title}"
          aria-label="${a.waitingList ? 'M’inscrire sur la liste d’attente de' : 'M’inscrire à'} ${a.title}">${a.waitingList ? 'M’inscrire sur la liste d’attente' : 'Je m’inscris'}</button>
      </div></div></li>`)}</ul>`;
  }

  teamsList(teams) {
    if (!teams.length) return '';
    return html`<h3 class="fr-h6">Équipes près de chez vous</h3>
      <p>La coordination vous mettra en relation avec l’équipe qui vous convient.</p>
      <ul>${teams.map(t => html`<li><strong>${t.name}</strong> — ${t.communes.join(', ')}</li>`)}</ul>`;
  }

  unsubscribeSection(me) {
    return html`<section class="fr-mb-4w"><h2 class="fr-h4">Messages</h2>${me.unsubscribed
      ? html`<p>Vous ne recevez plus nos messages.</p>`
      : html`<button class="fr-btn fr-btn--secondary" id="desinscrire" type="button">Ne plus recevoir de messages</button>`}</section>`;
  }

  wire() {
    const answer = this.querySelector('#reponse');
    const postcode = answer.postcode;
    const select = answer.commune;
    postcode.addEventListener('input', async () => {
      if (!/^[0-9]{5}$/.test(postcode.value)) return;
      clearErrors(answer);
      try {
        const communes = await this.api.get(`${API}/communes?postcode=${postcode.value}`);
        select.innerHTML = html`${communes.length
          ? communes.map(c => html`<option value="${c.code}">${c.nom}</option>`)
          : html`<option value="">Aucune commune du territoire de la coopération pour ce code postal</option>`}`;
        select.disabled = communes.length === 0;
      } catch (e) {
        showFormErrors(answer, e);
      }
    });
    answer.addEventListener('submit', event => this.act(event, async form => {
      this.me = await this.api.put(API, {
        interested: true,
        availability: form.availability.value,
        commune: select.disabled ? null : select.value || null,
        consent: form.consent.checked,
      });
      this.render(false);
      this.notice('Merci ! Votre réponse est enregistrée ; la coopération reviendra vers vous.');
    }));
    this.querySelector('#retrait').addEventListener('submit', event => this.act(event, async form => {
      this.me = await this.api.post(`${API}/withdrawal`, { reason: form.reason.value });
      this.render(false);
      this.notice('C’est noté : vous ne faites plus partie des bénévoles accueillis. Merci pour votre intérêt.');
    }));
    this.querySelector('#desinscrire')?.addEventListener('click', event => this.act(event, async () => {
      this.me = await this.api.post(`${API}/unsubscribe`);
      this.render(false);
      this.notice('C’est noté : vous ne recevrez plus nos messages.');
    }));
    this.querySelector('#effacer').addEventListener('click', event => this.act(event, async () => {
      const erase = await confirmAction({ title: 'Effacer définitivement vos données ?', confirmLabel: 'Effacer mes données',
        text: 'Vos nom, coordonnées et réponses seront effacés ; ce lien ne fonctionnera plus. C’est définitif.' });
      if (!erase) return;
      await this.api.post(`${API}/erasure`);
      this.innerHTML = html`<h1 class="fr-h2" tabindex="-1">Données effacées</h1>
        <p>Vos données ont été effacées. Merci de l’intérêt que vous avez porté à la coopération.</p>`;
      this.querySelector('h1').focus();
    }));
  }

  /** Runs what a form or a button asks; a failure is shown on the form (next to its fields), or at the top. */
  async act(event, work) {
    event.preventDefault();
    const form = event.target.closest('form');
    if (form) clearErrors(form);
    try {
      await work(form);
    } catch (e) {
      if (form) showFormErrors(form, e); else this.notice(e.message, 'error');
    }
  }
}
customElements.define('maillage-self-service', SelfServicePage);
