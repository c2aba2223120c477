// The teams plugin's page: the list of teams, the creation form, and one team's detail (status,
// members, partners, visits). Loaded on demand by the web shell, which sets api, tenant and page.
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const today = () => new Date().toISOString().slice(0, 10);
const list = text => text.split(/[\s,;]+/).map(s => s.trim()).filter(Boolean);

export default class TeamsPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${this.tenant}/teams`;
    this.showList();
  }

  // A form's failure: the message above, each field's message under it.
  fail(form, error) {
    form.querySelectorAll('.fr-error-text').forEach(e => e.remove());
    form.querySelectorAll('.fr-input-group--error').forEach(e => e.classList.remove('fr-input-group--error'));
    const alert = form.querySelector('[role=alert]');
    alert.className = 'fr-error-text'; // empty, the DSFR class would still draw its icon
    alert.textContent = error.message || 'Erreur';
    for (const f of error.fields || []) {
      const input = form.querySelector(`[name="${f.field}"]`);
      if (input) {
        input.closest('.fr-input-group, .fr-select-group')?.classList.add('fr-input-group--error');
        input.insertAdjacentHTML('afterend', `<p class="fr-error-text">${esc(f.message)}</p>`);
      }
    }
    (form.querySelector('.fr-input-group--error input, .fr-input-group--error select') || alert).focus();
  }

  // An input with its label; ids are numbered, since several forms of a page share field names.
  field(name, label, attrs = '', hint = '') {
    const id = `t-${name}-${this.fields = (this.fields || 0) + 1}`;
    return `<div class="fr-input-group"><label class="fr-label" for="${id}">${label}${hint ? `<span class="fr-hint-text">${hint}</span>` : ''}</label>
      <input class="fr-input" id="${id}" name="${name}" ${attrs}></div>`;
  }

  async showList() {
    this.innerHTML = '<h1 class="fr-h3">Équipes citoyennes</h1><p>Chargement…</p>';
    const teams = await this.api.get(this.root);
    this.innerHTML = `<h1 class="fr-h3">Équipes citoyennes</h1>
      ${teams.length ? `<div class="fr-table"><table><caption class="fr-sr-only">Équipes</caption>
        <thead><tr><th scope="col">Équipe</th><th scope="col">Statut</th><th scope="col">Communes</th><th scope="col">Membres</th></tr></thead>
        <tbody>${teams.map(t => `<tr><td><a href="#" data-team="${esc(t.id)}">${esc(t.name)}</a></td><td>${esc(t.status.label)}</td>
          <td>${t.communes.map(c => esc(c.nom)).join(', ')}</td><td>${t.members}</td></tr>`).join('')}</tbody></table></div>`
        : '<p>Aucune équipe pour le moment.</p>'}
      <form id="create" class="fr-mt-4w" novalidate><h2 class="fr-h5">Créer une équipe</h2>
        <div role="alert" tabindex="-1"></div>
        ${this.field('name', 'Nom de l’équipe', 'required maxlength="100"')}
        ${this.field('carrier', 'Structure porteuse', 'maxlength="150"', 'une association ou autre personne morale à but non lucratif')}
        ${this.field('communes', 'Communes', 'required', 'codes INSEE séparés par des virgules, par exemple 56260, 56243')}
        ${this.field('referents', 'Référents', '', 'identifiants de connexion séparés par des virgules')}
        ${this.field('charterSignedOn', 'Charte signée le', 'type="date"')}
        <button class="fr-btn" type="submit">Créer l’équipe</button></form>`;
    this.querySelectorAll('[data-team]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showTeam(a.dataset.team); }));
    const form = this.querySelector('#create');
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const v = Object.fromEntries(new FormData(form));
      try {
        const created = await this.api.post(this.root, { name: v.name, carrier: v.carrier, communes: list(v.communes),
          referents: list(v.referents), charterSignedOn: v.charterSignedOn || null });
        this.showTeam(created.team.id);
      } catch (error) {
        if (error.status === 400 || error.status === 409) this.fail(form, error); else throw error;
      }
    });
  }

  async showTeam(id) {
    const [d, kinds, candidates] = await Promise.all([this.api.get(`${this.root}/${id}`), this.api.get(`${this.root}/action-kinds`),
      this.api.get(`${this.root}/volunteers?q=`)]);
    const t = d.team;
    this.innerHTML = `<p><a href="#" id="back">← Toutes les équipes</a></p>
      <h1 class="fr-h3">${esc(t.name)} <span class="fr-badge">${esc(t.status.label)}</span></h1>
      <p>${esc(t.carrier)}${t.charterSignedOn ? ` — charte signée le ${esc(t.charterSignedOn)}` : ' — charte non signée'}</p>
      <p>Communes : ${t.communes.map(c => esc(c.nom)).join(', ')}. Référents : ${t.referents.map(esc).join(', ') || 'aucun'}.</p>
      ${t.next.length ? `<form id="move" novalidate><h2 class="fr-h5">Changer le statut</h2><div role="alert" tabindex="-1"></div>
        ${this.field('reason', 'Motif', 'maxlength="500"', 'obligatoire pour « En sommeil » et « Fermée »')}
        <ul class="fr-btns-group fr-btns-group--inline">${t.next.map(s => `<li><button class="fr-btn fr-btn--secondary" type="submit" value="${s.code}">Passer à « ${esc(s.label)} »</button></li>`).join('')}</ul></form>` : ''}
      <h2 class="fr-h5">Membres</h2>
      <ul>${d.members.map(m => `<li>${esc(m.firstName)} ${esc(m.lastName)} — depuis le ${esc(m.joinedOn)}${m.leftOn ? `, parti le ${esc(m.leftOn)}`
        : ` <button class="fr-btn fr-btn--sm fr-btn--tertiary" data-leave="${esc(m.id)}">Départ</button>`}</li>`).join('') || '<li>Aucun membre.</li>'}</ul>
      <form id="member" novalidate><div role="alert" tabindex="-1"></div>
        ${candidates.onboarding ? `<div class="fr-select-group"><label class="fr-label" for="t-volunteerId">Un bénévole de l’accueil</label>
          <select class="fr-select" id="t-volunteerId" name="volunteerId"><option value="">— saisir une personne ci-dessous —</option>
          ${candidates.volunteers.map(v => `<option value="${esc(v.id)}">${esc(v.firstName)} ${esc(v.lastName)}</option>`).join('')}</select></div>` : ''}
        ${this.field('firstName', 'Prénom')}${this.field('lastName', 'Nom')}${this.field('email', 'E-mail (facultatif)', 'type="email"')}
        ${this.field('phone', 'Téléphone (facultatif)', 'type="tel"')}
        <button class="fr-btn" type="submit">Ajouter le membre</button></form>
      <h2 class="fr-h5 fr-mt-4w">Partenaires</h2>
      <ul>${d.partners.map(p => `<li>${esc(p.name)} (${esc(p.kindLabel)}${p.commune ? `, ${esc(p.commune.nom)}` : ''})</li>`).join('') || '<li>Aucun partenaire.</li>'}</ul>
      <form id="partner" novalidate><div role="alert" tabindex="-1"></div>
        ${this.field('name', 'Nom du partenaire', 'maxlength="150"')}
        <div class="fr-select-group"><label class="fr-label" for="t-kind-p">Type</label><select class="fr-select" id="t-kind-p" name="kind">
          <option value="CCAS">CCAS</option><option value="EHPAD">EHPAD</option><option value="MAIRIE">Mairie</option>
          <option value="ASSOCIATION">Association</option><option value="OTHER">Autre</option></select></div>
        ${this.field('commune', 'Commune (code INSEE)')}${this.field('contact', 'Contact de la structure')}
        <button class="fr-btn" type="submit">Ajouter le partenaire</button></form>
      <h2 class="fr-h5 fr-mt-4w">Visites et actions</h2>
      <ul>${d.actions.map(a => `<li>${esc(a.doneOn)} — ${esc(a.kindLabel)}${a.commune ? ` à ${esc(a.commune.nom)}` : ''} :
        ${a.peopleMet} personne(s) rencontrée(s), ${esc(a.volunteerHours)} h de bénévolat</li>`).join('') || '<li>Aucune action consignée.</li>'}</ul>
      <form id="action" novalidate><div role="alert" tabindex="-1"></div>
        <p class="fr-text--sm">Les personnes visitées ne sont pas identifiées : un nombre, au plus des prénoms ou initiales, jamais de données de santé.</p>
        ${this.field('doneOn', 'Date', `type="date" value="${today()}"`)}
        <div class="fr-select-group"><label class="fr-label" for="t-kind">Type</label><select class="fr-select" id="t-kind" name="kind">
          ${kinds.map(k => `<option value="${esc(k.code)}">${esc(k.label)}</option>`).join('')}</select></div>
        ${this.field('commune', 'Commune (code INSEE)', `value="${esc(t.communes[0]?.code)}"`)}
        ${this.field('peopleMet', 'Personnes rencontrées', 'type="number" min="0" value="1"')}
        ${this.field('volunteerHours', 'Heures de bénévolat', 'type="number" min="0" step="0.25" value="1"')}
        ${this.field('firstNames', 'Prénoms ou initiales (facultatif)', 'maxlength="60"')}
        <button class="fr-btn" type="submit">Consigner</button></form>`;
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showList(); });
    const submit = (selector, send) => {
      const form = this.querySelector(selector);
      form?.addEventListener('submit', async e => {
        e.preventDefault();
        try { await send(Object.fromEntries(new FormData(form)), e.submitter); this.showTeam(id); } catch (error) {
          if (error.status === 400 || error.status === 409) this.fail(form, error); else throw error;
        }
      });
    };
    submit('#move', (v, button) => this.api.post(`${this.root}/${id}/transitions`, { to: button.value, reason: v.reason }));
    submit('#member', v => this.api.post(`${this.root}/${id}/members`, v.volunteerId ? { volunteerId: v.volunteerId }
      : { firstName: v.firstName, lastName: v.lastName, email: v.email || null, phone: v.phone || null }));
    submit('#partner', async v => {
      const p = await this.api.post(`${this.root}/partners`, { name: v.name, kind: v.kind, commune: v.commune || null, contact: v.contact || null });
      await this.api.put(`${this.root}/${id}/partners/${p.id}`, {});
    });
    submit('#action', v => this.api.post(`${this.root}/${id}/actions`, { ...v, commune: v.commune || null, firstNames: v.firstNames || null }));
    this.querySelectorAll('[data-leave]').forEach(b => b.addEventListener('click', async () => {
      await this.api.put(`${this.root}/${id}/members/${b.dataset.leave}/left`, { leftOn: today() });
      this.showTeam(id);
    }));
  }
}
customElements.define('maillage-teams-page', TeamsPage);
