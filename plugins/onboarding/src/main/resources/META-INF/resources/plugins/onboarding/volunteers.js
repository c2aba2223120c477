// The volunteers of a cooperation: the list (search, filters, sort, pages, counts by state, bulk moves)
// at #/coop/<slug>/onboarding/volunteers, one volunteer at #/coop/<slug>/onboarding/volunteers/<id>
// (details, history, next steps, commune, personal data). Team referents read; coordinators act.
// The « Actions » area links to the plugin's other pages by address only (first actions, suggestions,
// campaigns: other modules of the plugin), never by importing them.
import { ApiError, html, alert, announce, showError, showFormErrors, clearErrors, confirmAction, selector, pageReady, buttons, count } from '/app/ui.js';
import { root, address, dateTime, date, number, stateBadge, canAct, save, pager } from './common.js';

const SORTS = [
  { value: 'name', label: 'Nom (A → Z)' },
  { value: '-name', label: 'Nom (Z → A)' },
  { value: '-created', label: 'Inscription (récentes d’abord)' },
  { value: 'created', label: 'Inscription (anciennes d’abord)' },
  { value: 'state', label: 'Étape du parcours' },
];
const PAGE_SIZE = 25;
/** Where a volunteer came from, as people name it (the code stays in the API). */
const SOURCES = { jeveuxaider: 'JeVeuxAider.gouv.fr' };

export default class OnboardingVolunteers extends HTMLElement {
  async connectedCallback() {
    this.base = root(this.tenant);
    this.acts = canAct(this);
    const [id] = this.path ?? [];
    if (id) await this.detail(id); else await this.list();
  }

  // ------------------------------------------------------------------ the list

  /** The list's criteria live in the session, so that coming back from a volunteer finds them again. */
  get criteria() {
    const saved = JSON.parse(sessionStorage.getItem(`onboarding.volunteers.${this.tenant}`) ?? 'null');
    return saved ?? { q: '', state: '', commune: '', sort: 'name', page: 1 };
  }

  set criteria(value) {
    sessionStorage.setItem(`onboarding.volunteers.${this.tenant}`, JSON.stringify(value));
  }

  async list() {
    const c = this.criteria;
    const communes = await this.api.get(`/api/tenants/${encodeURIComponent(this.tenant)}/territory`)
      .then(t => [...t.communes].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))).catch(() => []);
    this.innerHTML = html`<h1 class="fr-h3">Bénévoles</h1>
      <form id="benevoles-recherche" role="search" class="maillage-filters" aria-label="Rechercher des bénévoles">
        <div class="fr-input-group">
          <label class="fr-label" for="benevoles-q">Rechercher
            <span class="fr-hint-text">Prénom, nom, e-mail ou commune, sans tenir compte des majuscules ni des accents</span></label>
          <input class="fr-input" type="search" id="benevoles-q" name="q" value="${c.q}" autocomplete="off">
        </div>
        ${communes.length ? html`<div class="fr-select-group">
          <label class="fr-label" for="benevoles-commune">Commune</label>
          <select class="fr-select" id="benevoles-commune" name="commune">
            <option value="">Toutes les communes</option>
            ${communes.map(k => html`<option value="${k.code}"${k.code === c.commune ? html` selected` : ''}>${k.nom} (${k.code})</option>`)}
          </select></div>` : ''}
        <div class="fr-select-group">
          <label class="fr-label" for="benevoles-tri">Trier par</label>
          <select class="fr-select" id="benevoles-tri" name="sort">
            ${SORTS.map(s => html`<option value="${s.value}"${s.value === c.sort ? html` selected` : ''}>${s.label}</option>`)}
          </select></div>
        <button class="fr-btn fr-icon-search-line fr-btn--icon-left" type="submit">Rechercher</button>
      </form>
      <div id="benevoles-etapes"></div>
      <p id="benevoles-resultats" class="fr-text--sm" aria-live="polite" data-results></p>
      <div id="benevoles-avis"></div>
      ${this.acts ? html`<form id="benevoles-action" class="maillage-panel fr-mb-3w" novalidate>
        <fieldset class="fr-fieldset" aria-labelledby="benevoles-action-titre">
          <legend class="fr-fieldset__legend" id="benevoles-action-titre">Changer l’étape de plusieurs bénévoles</legend>
          <div class="fr-fieldset__element">
            <div class="fr-radio-group"><input type="radio" id="portee-coches" name="scope" value="picked" checked>
              <label class="fr-label" for="portee-coches" data-picked>Les bénévoles cochés (0)</label></div>
            <div class="fr-radio-group"><input type="radio" id="portee-tous" name="scope" value="all">
              <label class="fr-label" for="portee-tous" data-total>Tous ceux de la recherche, toutes pages confondues</label></div>
          </div>
          <div class="fr-fieldset__element maillage-filters">
            <div class="fr-select-group" data-field="to">
              <label class="fr-label" for="action-etape">Nouvelle étape</label>
              <select class="fr-select" id="action-etape" name="to" aria-describedby="action-etape-messages"></select>
              <div class="fr-messages-group" id="action-etape-messages" aria-live="polite"></div></div>
            <div class="fr-input-group" data-field="reason">
              <label class="fr-label" for="action-motif">Motif <span data-reason-hint class="fr-hint-text"></span></label>
              <input class="fr-input" id="action-motif" name="reason" maxlength="500" aria-describedby="action-motif-messages">
              <div class="fr-messages-group" id="action-motif-messages" aria-live="polite"></div></div>
            <button class="fr-btn" type="submit">Appliquer</button>
          </div>
        </fieldset>
      </form>` : ''}
      <div id="benevoles-liste"></div>`;
    const search = this.querySelector('#benevoles-recherche');
    search.addEventListener('submit', event => {
      event.preventDefault();
      this.search({ q: search.q.value.trim(), commune: search.commune?.value ?? '', sort: search.sort.value, page: 1 });
    });
    search.querySelectorAll('select').forEach(s => s.addEventListener('change', () => search.requestSubmit()));
    const action = this.querySelector('#benevoles-action');
    if (action) {
      action.addEventListener('submit', event => { event.preventDefault(); this.bulk(action); });
      action.to.addEventListener('change', () => this.reasonHint(action));
    }
    this.picked = new Set();
    await this.refresh();
  }

  async search(changes, focus) {
    this.criteria = { ...this.criteria, ...changes };
    this.picked = new Set();
    this.querySelector('#benevoles-avis').replaceChildren();
    await this.refresh(focus);
  }

  /** Reads the counts by state and the page, and draws them. */
  async refresh(focus) {
    const c = this.criteria;
    const asked = (this.asked ?? 0) + 1;
    this.asked = asked;
    const params = new URLSearchParams({ q: c.q, commune: c.commune });
    const [states, page] = await Promise.all([
      this.api.get(`${this.base}/volunteers/states?${params}`),
      this.api.get(`${this.base}/volunteers?${new URLSearchParams({ ...Object.fromEntries(params), state: c.state, sort: c.sort, page: c.page, size: PAGE_SIZE })}`),
    ]);
    if (!this.isConnected || asked !== this.asked) return; // left, or a newer search was asked meanwhile
    this.states = states;
    const total = states.reduce((sum, s) => sum + s.count, 0);
    this.querySelector('#benevoles-etapes').innerHTML = html`<ul class="maillage-chips" aria-label="Filtrer par étape">
      ${[{ code: '', label: 'Toutes les étapes', count: total }, ...states].map(s => html`<li>
        <button type="button" class="fr-tag" data-state-filter="${s.code}" aria-pressed="${String(s.code === c.state)}">${s.label} (${number(s.count)})</button></li>`)}
    </ul>`;
    this.querySelectorAll('[data-state-filter]').forEach(b => b.addEventListener('click',
      () => this.search({ state: b.dataset.stateFilter, page: 1 }, selector`[data-state-filter="${b.dataset.stateFilter}"]`)));
    this.page = page;
    this.drawPage();
    this.querySelector('#benevoles-resultats').textContent = page.total
      ? `${page.totalExact === false ? 'Plus de ' : ''}${count(page.total, 'bénévole trouvé', 'bénévoles trouvés')}`
      : 'Aucun bénévole ne correspond à la recherche.';
    const action = this.querySelector('#benevoles-action');
    if (action) {
      action.querySelector('[data-total]').textContent = `Tous ceux de la recherche (${page.totalExact === false ? 'plus de ' : ''}${number(page.total)}), toutes pages confondues`;
      const current = action.to.value;
      action.to.innerHTML = html`${states.filter(s => s.code !== 'NEW').map(s => html`<option value="${s.code}"
        ${s.code === current ? html` selected` : ''}>${s.label}</option>`)}`;
      this.reasonHint(action);
      this.pickedChanged();
    }
    if (focus) this.querySelector(focus)?.focus();
  }

  drawPage() {
    const { items, total, page, size } = this.page;
    const pages = Math.max(1, Math.ceil(total / size));
    const place = this.querySelector('#benevoles-liste');
    if (!items.length) {
      place.innerHTML = html`<div class="maillage-empty"><p>Aucun bénévole à afficher. Changez la recherche, ou importez
        l’export de JeVeuxAider depuis la page <a href="${address(this.tenant, 'imports')}">Imports JeVeuxAider</a>.</p></div>`;
      return;
    }
    place.innerHTML = html`<div class="fr-table maillage-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
      <table><caption>Bénévoles, page ${page} sur ${this.page.totalExact === false ? 'au moins ' : ''}${pages}</caption>
        <thead><tr>
          ${this.acts ? html`<th scope="col"><div class="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id="tout-cocher" data-pick-all><label class="fr-label" for="tout-cocher"><span class="fr-sr-only">Cocher toute la page</span></label></div></th>` : ''}
          <th scope="col">Nom</th><th scope="col">E-mail</th><th scope="col">Commune</th><th scope="col">Étape</th><th scope="col">Inscription</th></tr></thead>
        <tbody>${items.map(v => html`<tr data-volunteer="${v.id}">
          ${this.acts ? html`<td><div class="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id="coche-${v.id}" data-pick="${v.id}"${this.picked.has(v.id) ? html` checked` : ''}>
            <label class="fr-label" for="coche-${v.id}"><span class="fr-sr-only">Cocher ${name(v)}</span></label></div></td>` : ''}
          <td data-label="Nom"><a href="${address(this.tenant, 'volunteers', v.id)}">${name(v)}</a></td>
          <td data-label="E-mail">${v.email}</td>
          <td data-label="Commune">${v.commune ? v.commune.nom : v.communeCandidates.length
            ? html`<span class="maillage-todo">${v.postcode} : à préciser</span>` : v.postcode ?? '—'}</td>
          <td data-label="Étape">${stateBadge(v.state, v.stateLabel)}</td>
          <td data-label="Inscription">${dateTime(v.createdAt)}</td></tr>`)}</tbody>
      </table></div></div></div></div>
      ${pages > 1 ? pager(page, pages) : ''}`;
    place.querySelectorAll('[data-pick]').forEach(box => box.addEventListener('change', () => {
      if (box.checked) this.picked.add(box.dataset.pick); else this.picked.delete(box.dataset.pick);
      this.pickedChanged();
    }));
    place.querySelector('[data-pick-all]')?.addEventListener('change', event => {
      place.querySelectorAll('[data-pick]').forEach(box => {
        box.checked = event.target.checked;
        if (box.checked) this.picked.add(box.dataset.pick); else this.picked.delete(box.dataset.pick);
      });
      this.pickedChanged();
    });
    place.querySelectorAll('.maillage-pager [data-page]').forEach(button => button.addEventListener('click',
      () => this.search({ page: Number(button.dataset.page) }, '#benevoles-liste caption')));
  }

  pickedChanged() {
    const action = this.querySelector('#benevoles-action');
    if (!action) return;
    action.querySelector('[data-picked]').textContent = `Les bénévoles cochés (${number(this.picked.size)})`;
    const all = this.querySelector('[data-pick-all]');
    if (all) {
      const boxes = [...this.querySelectorAll('[data-pick]')];
      all.checked = boxes.length > 0 && boxes.every(b => b.checked);
    }
  }

  /** A reason is required when every move into the chosen state needs one; hinted when some do. */
  reasonHint(form) {
    const moves = this.states.flatMap(s => s.next.filter(m => m.to === form.to.value).map(m => ({ ...m, from: s })));
    const always = moves.length > 0 && moves.every(m => m.reasonRequired);
    const some = moves.filter(m => m.reasonRequired).map(m => `« ${m.from.label} »`);
    form.reason.required = always;
    form.reason.setAttribute('aria-required', String(always));
    form.querySelector('[data-reason-hint]').textContent = always ? '(obligatoire pour cette étape)'
      : some.length ? `(obligatoire pour les bénévoles à l’étape ${some.join(', ')} ; facultatif sinon)` : '(facultatif)';
  }

  async bulk(form) {
    clearErrors(form);
    const c = this.criteria;
    const picked = form.scope.value === 'picked';
    if (picked && !this.picked.size) {
      showFormErrors(form, new ApiError(400, 'Cochez au moins un bénévole dans la liste, ou choisissez « tous ceux de la recherche ».'));
      return;
    }
    if (form.reason.required && !form.reason.value.trim()) {
      showFormErrors(form, new ApiError(400, 'Indiquez le motif.', [{ field: 'reason', message: 'est obligatoire pour cette étape' }]));
      return;
    }
    const filter = { q: c.q, state: c.state, commune: c.commune, ...(picked ? { ids: [...this.picked] } : {}) };
    const label = form.to.selectedOptions[0].textContent.trim();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const result = await this.api.post(`${this.base}/volunteers/bulk/transitions`,
        { filter, to: form.to.value, reason: form.reason.value.trim() || null });
      form.reason.value = '';
      this.picked = new Set();
      await this.refresh();
      const refused = result.refused
        ? ` ${count(result.refused, 'bénévole n’a pas pu changer', 'bénévoles n’ont pas pu changer')} : le passage à « ${label} » est impossible depuis leur étape.`
        : '';
      announce(this.querySelector('#benevoles-avis'), alert(result.refused ? 'warning' : 'success',
        `${count(result.changed, 'bénévole passé', 'bénévoles passés')} à l’étape « ${label} ».${refused}`));
    } catch (error) {
      showFormErrors(form, error);
    } finally {
      button.disabled = false;
    }
  }

  // ------------------------------------------------------------------ one volunteer

  async detail(id, notice) {
    let v;
    try {
      v = await this.api.get(`${this.base}/volunteers/${encodeURIComponent(id)}`);
    } catch (error) {
      this.innerHTML = html`<h1 class="fr-h3">Bénévole</h1>${back(this.tenant)}`;
      showError(this, error);
      return;
    }
    if (!this.isConnected) return;
    const states = await this.api.get(`${this.base}/volunteers/states`);
    const current = states.find(s => s.code === v.state);
    const labelOf = code => states.find(s => s.code === code)?.label ?? code;
    this.innerHTML = html`${back(this.tenant)}
      <h1 class="fr-h3" data-volunteer="${v.id}">${name(v)}</h1>
      <p>${stateBadge(v.state, v.stateLabel)} depuis le ${dateTime(v.stateChangedAt ?? v.createdAt)}${v.stateReason ? ` — ${v.stateReason}` : ''}</p>
      <div id="benevole-avis" aria-live="polite"></div>
      <div class="fr-grid-row fr-grid-row--gutters">
        <section class="fr-col-12 fr-col-lg-6" aria-labelledby="benevole-fiche">
          <h2 class="fr-h5" id="benevole-fiche">Fiche</h2>
          <dl class="maillage-facts">
            <dt>E-mail</dt><dd><a href="mailto:${v.email}">${v.email}</a></dd>
            <dt>Téléphone</dt><dd>${v.phone ? html`<a href="tel:${v.phone}">${v.phone}</a>` : '—'}</dd>
            <dt>Code postal</dt><dd>${v.postcode ?? '—'}</dd>
            <dt>Commune</dt><dd data-commune>${v.commune ? `${v.commune.nom} (${v.commune.code})`
              : v.communeCandidates.length ? html`<span class="maillage-todo">à préciser : le code postal dessert plusieurs communes</span>` : '—'}</dd>
            <dt>Date de naissance</dt><dd>${date(v.birthDate)}</dd>
            <dt>Origine</dt><dd>${SOURCES[v.source] ?? v.source ?? '—'}${v.jvaProfileId ? ` (profil JeVeuxAider n° ${v.jvaProfileId})` : ''}</dd>
            <dt>Consentement</dt><dd>${v.consent ? `oui${v.consentAt ? `, le ${dateTime(v.consentAt)}` : ''}` : 'non'}</dd>
            <dt>Disponibilités</dt><dd>${v.availability ?? '—'}</dd>
            <dt>Centres d’intérêt</dt><dd>${v.interests ?? '—'}</dd>
            <dt>Notes</dt><dd>${v.notes ?? '—'}</dd>
            <dt>Inscription</dt><dd>${dateTime(v.createdAt)}</dd>
            <dt>Dernière modification</dt><dd>${dateTime(v.updatedAt)}</dd>
          </dl>
          ${this.acts && v.communeCandidates.length ? html`<form id="benevole-commune" class="maillage-panel fr-mb-3w" novalidate>
            <fieldset class="fr-fieldset" data-field="code" aria-labelledby="commune-titre">
              <legend class="fr-fieldset__legend" id="commune-titre">Préciser la commune (code postal ${v.postcode})</legend>
              ${v.communeCandidates.map(k => html`<div class="fr-fieldset__element"><div class="fr-radio-group">
                <input type="radio" id="commune-${k.code}" name="code" value="${k.code}">
                <label class="fr-label" for="commune-${k.code}">${k.nom ?? k.code} (${k.code})</label></div></div>`)}
              <div class="fr-messages-group" aria-live="polite"></div>
            </fieldset>
            <button class="fr-btn fr-btn--secondary" type="submit">Enregistrer la commune</button>
          </form>` : ''}
        </section>
        <section class="fr-col-12 fr-col-lg-6" aria-labelledby="benevole-parcours">
          <h2 class="fr-h5" id="benevole-parcours">Parcours</h2>
          ${this.acts && v.next.length ? html`<form id="benevole-etape" class="maillage-panel fr-mb-3w" novalidate>
            <p class="fr-mb-1w">Faire passer à l’étape :</p>
            <div class="fr-input-group" data-field="reason">
              <label class="fr-label" for="etape-motif">Motif
                <span class="fr-hint-text">Obligatoire pour ${current.next.filter(m => m.reasonRequired).map(m => `« ${labelOf(m.to)} »`).join(', ') || 'aucune de ces étapes'}</span></label>
              <input class="fr-input" id="etape-motif" name="reason" maxlength="500" aria-describedby="etape-motif-messages">
              <div class="fr-messages-group" id="etape-motif-messages" aria-live="polite"></div>
            </div>
            <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
              ${current.next.map(m => html`<li><button type="submit" class="fr-btn${m.to === 'INACTIVE' || m.to === 'WITHDRAWN' ? html` fr-btn--secondary` : ''}"
                data-to="${m.to}" data-reason-required="${String(m.reasonRequired)}">${labelOf(m.to)}</button></li>`)}
            </ul>
          </form>` : ''}
          <h3 class="fr-h6" id="benevole-historique">Historique</h3>
          ${v.transitions.length ? html`<ol class="maillage-history" aria-labelledby="benevole-historique">
            ${[...v.transitions].reverse().map(t => html`<li data-transition="${t.to}">
              <p class="fr-mb-0"><strong>${labelOf(t.from)} → ${labelOf(t.to)}</strong></p>
              <p class="fr-text--sm fr-mb-0">le ${dateTime(t.at)} par ${t.by ?? 'inconnu'}</p>
              ${t.reason ? html`<p class="fr-text--sm fr-mb-0">Motif : ${t.reason}</p>` : ''}</li>`)}
          </ol>` : html`<p>Aucun changement d’étape depuis l’inscription du ${dateTime(v.createdAt)}.</p>`}
        </section>
      </div>
      <section class="fr-mt-4w maillage-panel" aria-labelledby="benevole-actions" data-links>
        <h2 class="fr-h5" id="benevole-actions">Actions</h2>
        <ul class="fr-links-group">
          <li><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="${address(this.tenant, 'suggestions', v.id)}">Propositions près de chez ce bénévole : premières actions et équipes</a></li>
          <li><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="${address(this.tenant, 'first-actions')}">Toutes les premières actions</a></li>
          ${this.acts ? html`<li><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="${address(this.tenant, 'campaigns')}">Campagnes de messages</a></li>` : ''}
        </ul>
      </section>
      ${this.acts ? html`<section class="fr-mt-4w maillage-panel" aria-labelledby="benevole-rgpd">
        <h2 class="fr-h5" id="benevole-rgpd">Données personnelles</h2>
        <p>À la demande de la personne : lui remettre ses données (toutes celles que Maillage garde sur elle dans cette
          coopération, au format JSON), ou les effacer. L’effacement est définitif ; la personne reste comptée dans les
          indicateurs sans rien qui la désigne, et un prochain import ne la recréera pas.</p>
        ${buttons([{ label: 'Exporter ses données', icon: 'download-line', kind: 'secondary', 'data-action': 'exporter' },
          { label: 'Effacer ses données', icon: 'delete-line', kind: 'danger', 'data-action': 'effacer' }])}
      </section>` : ''}`;
    pageReady(this, name(v), { within: 'Bénévoles' });
    if (notice) announce(this.querySelector('#benevole-avis'), notice);
    this.wireDetail(v);
  }

  wireDetail(v) {
    const moves = this.querySelector('#benevole-etape');
    moves?.addEventListener('submit', async event => {
      event.preventDefault();
      const button = event.submitter;
      clearErrors(moves);
      const reason = moves.reason.value.trim();
      if (button.dataset.reasonRequired === 'true' && !reason) {
        showFormErrors(moves, new ApiError(400, `Indiquez le motif du passage à « ${button.textContent.trim()} ».`,
          [{ field: 'reason', message: 'est obligatoire pour cette étape' }]));
        return;
      }
      try {
        await this.api.post(`${this.base}/volunteers/${encodeURIComponent(v.id)}/transitions`, { to: button.dataset.to, reason: reason || null });
        await this.detail(v.id, alert('success', `${name(v)} est passé·e à l’étape « ${button.textContent.trim()} ».`));
      } catch (error) {
        showFormErrors(moves, error);
      }
    });
    const commune = this.querySelector('#benevole-commune');
    commune?.addEventListener('submit', async event => {
      event.preventDefault();
      clearErrors(commune);
      try {
        if (!commune.code.value) throw new ApiError(400, 'Choisissez une commune.', [{ field: 'code', message: 'est obligatoire' }]);
        const saved = await this.api.put(`${this.base}/volunteers/${encodeURIComponent(v.id)}/commune`, { code: commune.code.value });
        await this.detail(v.id, alert('success', `Commune enregistrée : ${saved.commune.nom}.`));
      } catch (error) {
        showFormErrors(commune, error);
      }
    });
    // The address goes in the body, never in the URL (kept by logs and histories).
    const personal = `/api/tenants/${encodeURIComponent(this.tenant)}/personal-data`;
    this.querySelector('[data-action="exporter"]')?.addEventListener('click', async () => {
      try {
        const data = await this.api.post(`${personal}/export`, { email: v.email });
        save({ blob: new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }) },
          `donnees-${v.email.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
        announce(this.querySelector('#benevole-avis'), alert('success', 'Export téléchargé : remettez le fichier à la personne par un moyen sûr.'));
      } catch (error) {
        showError(this.querySelector('#benevole-avis'), error);
      }
    });
    this.querySelector('[data-action="effacer"]')?.addEventListener('click', async () => {
      const confirmed = await confirmAction({
        title: `Effacer les données de ${name(v)} ?`,
        text: `Tout ce que Maillage garde sur ${v.email} dans cette coopération sera effacé, dans tous les modules. C’est définitif.`,
        confirmLabel: 'Effacer définitivement',
      });
      if (!confirmed) return;
      try {
        await this.api.post(`${personal}/erasure`, { email: v.email });
        this.innerHTML = html`${back(this.tenant)}<h1 class="fr-h3">Données effacées</h1>
          ${alert('success', `Les données de ${v.email} ont été effacées de la coopération.`)}`;
        this.querySelector('h1').setAttribute('tabindex', '-1');
        this.querySelector('h1').focus();
      } catch (error) {
        showError(this.querySelector('#benevole-avis'), error);
      }
    });
  }
}

const name = v => [v.firstName, v.lastName].filter(Boolean).join(' ') || v.email;

const back = tenant => html`<p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left"
  href="${address(tenant, 'volunteers')}">Retour à la liste des bénévoles</a></p>`;
