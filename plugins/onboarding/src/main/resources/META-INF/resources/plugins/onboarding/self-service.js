// The self-service page of a volunteer: no account, the signed link after « #lien= » in the address,
// sent to the API in the Maillage-Lien header (never in an address a server logs).
const API = '/api/onboarding/self-service';
const escape = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const dateFr = iso => new Date(`${iso}T12:00:00`).toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });

function linkFromAddress() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  return { token: params.get('lien'), action: params.get('action') };
}

async function call(token, method, path = '', body) {
  const response = await fetch(API + path, {
    method,
    headers: { 'Maillage-Lien': token, 'Accept': 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(data?.message || 'Le service ne répond pas comme prévu ; réessayez plus tard.');
    error.status = response.status;
    error.fields = data?.fields || [];
    throw error;
  }
  return data;
}

export default class SelfServicePage extends HTMLElement {
  async connectedCallback() {
    const { token, action } = linkFromAddress();
    this.token = token;
    if (!token) {
      return this.fail('Le lien personnel manque : ouvrez cette page depuis le lien reçu par e-mail.');
    }
    try {
      this.me = await call(token, 'GET');
      this.render(action === 'desinscription');
    } catch (e) {
      this.fail(e.message);
    }
  }

  fail(message) {
    this.innerHTML = `<h1 class="fr-h2" tabindex="-1">Mon inscription de bénévole</h1>
      <div class="fr-alert fr-alert--error" role="alert"><h2 class="fr-alert__title">Lien inutilisable</h2><p>${escape(message)}</p></div>`;
    this.querySelector('h1').focus();
  }

  notice(message, type = 'success') {
    const box = this.querySelector('#retour');
    box.innerHTML = `<div class="fr-alert fr-alert--${type} fr-alert--sm" role="status"><p>${escape(message)}</p></div>`;
    box.focus();
  }

  render(unsubscribeFirst) {
    const me = this.me;
    const commune = me.commune ? `${me.commune.nom}` : 'non renseignée';
    this.innerHTML = `
      <h1 class="fr-h2" tabindex="-1">Bonjour ${escape(me.firstName || '')}</h1>
      <p>Votre étape dans l'accueil des bénévoles : <strong>${escape(me.stateLabel)}</strong>.</p>
      <div id="retour" tabindex="-1"></div>
      ${unsubscribeFirst ? this.unsubscribeSection(me) : ''}
      <section class="fr-mb-4w">
        <h2 class="fr-h4">Je souhaite participer</h2>
        <form id="reponse">
          <div class="fr-input-group">
            <label class="fr-label" for="disponibilites">Mes disponibilités
              <span class="fr-hint-text">Par exemple : le samedi matin, deux heures par semaine</span></label>
            <textarea class="fr-input" id="disponibilites" name="availability" maxlength="500">${escape(me.availability || '')}</textarea>
          </div>
          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">Ma commune (actuellement : ${escape(commune)})</legend>
            <div class="fr-fieldset__element fr-input-group">
              <label class="fr-label" for="code-postal">Code postal</label>
              <input class="fr-input" id="code-postal" inputmode="numeric" maxlength="5" pattern="[0-9]{5}" autocomplete="postal-code">
            </div>
            <div class="fr-fieldset__element fr-select-group">
              <label class="fr-label" for="commune">Commune</label>
              <select class="fr-select" id="commune" name="commune" disabled><option value="">Saisissez d'abord le code postal</option></select>
            </div>
          </fieldset>
          <div class="fr-checkbox-group fr-mb-2w">
            <input type="checkbox" id="consentement" name="consent" ${me.consent ? 'checked' : ''}>
            <label class="fr-label" for="consentement">J'accepte que la coopération conserve mes coordonnées pour me proposer des actions de solidarité près de chez moi
              <span class="fr-hint-text">Vous pouvez retirer ce consentement à tout moment ici.</span></label>
          </div>
          <button class="fr-btn" type="submit">Je confirme mon intérêt</button>
        </form>
      </section>
      ${me.suggestions ? `<section class="fr-mb-4w" id="suggestions" aria-labelledby="titre-suggestions">
        <h2 class="fr-h4" id="titre-suggestions">Une première action ou une équipe près de chez vous</h2>
        <div id="liste-suggestions" aria-live="polite"><p>Chargement des propositions…</p></div></section>` : ''}
      ${unsubscribeFirst ? '' : this.unsubscribeSection(me)}
      <section class="fr-mb-4w">
        <h2 class="fr-h4">Je ne souhaite plus participer</h2>
        <form id="retrait">
          <div class="fr-input-group">
            <label class="fr-label" for="motif">Pourquoi ? <span class="fr-hint-text">Quelques mots suffisent</span></label>
            <input class="fr-input" id="motif" name="reason" maxlength="500" required>
          </div>
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
      const found = await call(this.token, 'GET', '/suggestions');
      box.innerHTML = this.actionsList(found.actions) + this.teamsList(found.teams);
      box.querySelectorAll('button[data-action]').forEach(button => button.addEventListener('click', event => this.act(event, async () => {
        button.disabled = true;
        const done = await call(this.token, 'POST', `/first-actions/${encodeURIComponent(button.dataset.action)}`);
        this.notice(done.status === 'WAITING'
          ? `Vous êtes sur la liste d'attente de « ${button.dataset.title} » : la coopération vous préviendra si une place se libère.`
          : `C'est noté : vous êtes inscrit·e à « ${button.dataset.title} ». La coopération vous recontactera.`);
        await this.showSuggestions();
      })));
    } catch (e) {
      box.innerHTML = `<p>${escape(e.message)}</p>`;
    }
  }

  actionsList(actions) {
    if (!actions.length) return '';
    const when = a => a.endsOn && a.endsOn !== a.startsOn
      ? `du ${dateFr(a.startsOn)} au ${dateFr(a.endsOn)}` : `le ${dateFr(a.startsOn)}`;
    return `<h3 class="fr-h6">Premières actions</h3><ul class="fr-raw-list">${actions.map(a => `
      <li class="fr-card fr-card--no-arrow fr-mb-2w"><div class="fr-card__body"><div class="fr-card__content">
        <h4 class="fr-card__title">${escape(a.title)}</h4>
        <p class="fr-card__desc">${escape(a.communeName)}, ${escape(when(a))}${a.description ? ` — ${escape(a.description)}` : ''}</p>
        <p class="fr-card__detail">${a.waitingList ? 'Complet : liste d\'attente' : `${a.placesLeft} place${a.placesLeft > 1 ? 's' : ''} restante${a.placesLeft > 1 ? 's' : ''}`}</p>
      </div><div class="fr-card__footer">
        <button class="fr-btn fr-btn--sm" type="button" data-action="${escape(a.id)}" data-title="${escape(a.title)}"
          aria-label="${a.waitingList ? 'M\'inscrire sur la liste d\'attente de' : 'M\'inscrire à'} ${escape(a.title)}">${a.waitingList ? 'M\'inscrire sur la liste d\'attente' : 'Je m\'inscris'}</button>
      </div></div></li>`).join('')}</ul>`;
  }

  teamsList(teams) {
    if (!teams.length) return '';
    return `<h3 class="fr-h6">Équipes près de chez vous</h3>
      <p>La coordination vous mettra en relation avec l'équipe qui vous convient.</p>
      <ul>${teams.map(t => `<li><strong>${escape(t.name)}</strong> — ${escape(t.communes.join(', '))}</li>`).join('')}</ul>`;
  }

  unsubscribeSection(me) {
    return me.unsubscribed
      ? '<section class="fr-mb-4w"><h2 class="fr-h4">Messages</h2><p>Vous ne recevez plus nos messages.</p></section>'
      : `<section class="fr-mb-4w"><h2 class="fr-h4">Messages</h2>
          <button class="fr-btn fr-btn--secondary" id="desinscrire" type="button">Ne plus recevoir de messages</button></section>`;
  }

  wire() {
    const postcode = this.querySelector('#code-postal');
    const select = this.querySelector('#commune');
    postcode.addEventListener('input', async () => {
      if (!/^[0-9]{5}$/.test(postcode.value)) return;
      try {
        const communes = await call(this.token, 'GET', `/communes?postcode=${postcode.value}`);
        select.innerHTML = communes.length
          ? communes.map(c => `<option value="${escape(c.code)}">${escape(c.nom)}</option>`).join('')
          : '<option value="">Aucune commune du territoire de la coopération pour ce code postal</option>';
        select.disabled = communes.length === 0;
      } catch (e) {
        this.notice(e.message, 'error');
      }
    });
    this.querySelector('#reponse').addEventListener('submit', event => this.act(event, async form => {
      this.me = await call(this.token, 'PUT', '', {
        interested: true,
        availability: form.availability.value,
        commune: select.disabled ? null : select.value || null,
        consent: form.consent.checked,
      });
      this.render(false);
      this.notice('Merci ! Votre réponse est enregistrée ; la coopération reviendra vers vous.');
    }));
    this.querySelector('#retrait').addEventListener('submit', event => this.act(event, async form => {
      this.me = await call(this.token, 'POST', '/withdrawal', { reason: form.reason.value });
      this.render(false);
      this.notice('C\'est noté : vous ne faites plus partie des bénévoles accueillis. Merci pour votre intérêt.');
    }));
    this.querySelector('#desinscrire')?.addEventListener('click', event => this.act(event, async () => {
      this.me = await call(this.token, 'POST', '/unsubscribe');
      this.render(false);
      this.notice('C\'est noté : vous ne recevrez plus nos messages.');
    }));
    this.querySelector('#effacer').addEventListener('click', event => this.act(event, async () => {
      if (!confirm('Effacer définitivement vos données ? Ce lien ne fonctionnera plus.')) return;
      await call(this.token, 'POST', '/erasure');
      this.innerHTML = '<h1 class="fr-h2" tabindex="-1">Données effacées</h1><p>Vos données ont été effacées. Merci de l\'intérêt que vous avez porté à la coopération.</p>';
      this.querySelector('h1').focus();
    }));
  }

  async act(event, work) {
    event.preventDefault();
    const form = event.target.closest('form') || event.target;
    try {
      await work(form);
    } catch (e) {
      const field = e.fields?.[0];
      this.notice(field ? `${e.message} ${field.message}` : e.message, 'error');
    }
  }
}
customElements.define('maillage-self-service', SelfServicePage);
