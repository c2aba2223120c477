// The teams plugin's page: the list of teams, the creation form, and one team's detail (status,
// members, partners, visits). Loaded on demand by the web shell, which sets api, tenant and page.
import { html, field, showFormErrors, selector, pageReady, requiredNote, count } from '/app/ui.js';

const today = () => new Date().toISOString().slice(0, 10);
/** A person as the pages name them: full name, and the e-mail address that tells two namesakes apart. */
const person = p => [[p.firstName, p.lastName].filter(Boolean).join(' '), p.email].filter(Boolean).join(' — ');
const list = text => text.split(/[\s,;]+/).map(s => s.trim()).filter(Boolean);
const PARTNER_KINDS = [{ value: 'CCAS', label: 'CCAS' }, { value: 'EHPAD', label: 'EHPAD' }, { value: 'MAIRIE', label: 'Mairie' },
  { value: 'ASSOCIATION', label: 'Association' }, { value: 'OTHER', label: 'Autre' }];

export default class TeamsPage extends HTMLElement {
  connectedCallback() {
    this.root = `/api/tenants/${encodeURIComponent(this.tenant)}/teams`;
    this.showList();
  }

  async showList() {
    this.innerHTML = html`<h1 class="fr-h3">Équipes citoyennes</h1><p>Chargement…</p>`;
    const teams = await this.api.get(this.root);
    this.innerHTML = html`<h1 class="fr-h3">Équipes citoyennes</h1>
      ${teams.length ? html`<div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content"><table><caption class="fr-sr-only">Équipes</caption>
        <thead><tr><th scope="col">Équipe</th><th scope="col">Statut</th><th scope="col">Communes</th><th scope="col">Membres</th></tr></thead>
        <tbody>${teams.map(t => html`<tr><td><a href="#" data-team="${t.id}">${t.name}</a></td><td>${t.status.label}</td>
          <td>${t.communes.map(c => c.nom).join(', ')}</td><td>${t.members}</td></tr>`)}</tbody></table></div></div></div></div>`
        : html`<p>Aucune équipe pour le moment.</p>`}
      <form id="create" class="fr-mt-4w" novalidate><h2 class="fr-h5">Créer une équipe</h2>${requiredNote}
        ${field({ name: 'name', id: 'equipe-nom', label: 'Nom de l’équipe', required: true, maxlength: 100 })}
        ${field({ name: 'carrier', id: 'equipe-structure', label: 'Structure porteuse', maxlength: 150,
          hint: 'une association ou autre personne morale à but non lucratif' })}
        ${field({ name: 'communes', id: 'equipe-communes', label: 'Communes', required: true,
          hint: 'codes INSEE séparés par des virgules, par exemple 56260, 56243' })}
        ${field({ name: 'referents', id: 'equipe-referents', label: 'Référents', hint: 'identifiants de connexion séparés par des virgules' })}
        ${field({ name: 'charterSignedOn', id: 'equipe-charte', label: 'Charte signée le', type: 'date' })}
        <button class="fr-btn" type="submit">Créer l’équipe</button></form>`;
    this.querySelectorAll('[data-team]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showTeam(a.dataset.team); }));
    pageReady(this, 'Équipes citoyennes');
    const form = this.querySelector('#create');
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const v = Object.fromEntries(new FormData(form));
      try {
        const created = await this.api.post(this.root, { name: v.name, carrier: v.carrier, communes: list(v.communes),
          referents: list(v.referents), charterSignedOn: v.charterSignedOn || null });
        this.showTeam(created.team.id);
      } catch (error) {
        showFormErrors(form, error);
      }
    });
  }

  async showTeam(id) {
    const [d, kinds, candidates] = await Promise.all([this.api.get(`${this.root}/${encodeURIComponent(id)}`),
      this.api.get(`${this.root}/action-kinds`), this.api.get(`${this.root}/volunteers?q=`)]);
    const t = d.team;
    this.innerHTML = html`<p><a href="#" id="back">← Toutes les équipes</a></p>
      <h1 class="fr-h3">${t.name} <span class="fr-badge">${t.status.label}</span></h1>
      <p>${t.carrier}${t.charterSignedOn ? ` — charte signée le ${t.charterSignedOn}` : ' — charte non signée'}</p>
      <p>Communes : ${t.communes.map(c => c.nom).join(', ')}. Référents : ${t.referents.join(', ') || 'aucun'}.</p>
      ${t.next.length ? html`<form id="move" novalidate><h2 class="fr-h5">Changer le statut</h2>
        ${field({ name: 'reason', id: 'statut-motif', label: 'Motif', maxlength: 500, hint: 'obligatoire pour « En sommeil » et « Fermée »' })}
        <ul class="fr-btns-group fr-btns-group--inline-md">${t.next.map(s => html`<li><button class="fr-btn fr-btn--secondary" type="submit"
          value="${s.code}">Passer à « ${s.label} »</button></li>`)}</ul></form>` : ''}
      <h2 class="fr-h5">Membres</h2>
      <ul>${d.members.length ? d.members.map(m => html`<li>${person(m)} — depuis le ${m.joinedOn}${m.leftOn ? `, parti le ${m.leftOn}`
        : html` <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" data-leave="${m.id}">Départ</button>`}</li>`) : html`<li>Aucun membre.</li>`}</ul>
      <form id="member" novalidate>
        ${candidates.onboarding ? field({ name: 'volunteerId', id: 'membre-benevole', label: 'Un bénévole de l’accueil',
          choices: [{ value: '', label: '— saisir une personne ci-dessous —' },
            ...candidates.volunteers.map(v => ({ value: v.id, label: person(v) }))] }) : ''}
        ${field({ name: 'firstName', id: 'membre-prenom', label: 'Prénom' })}${field({ name: 'lastName', id: 'membre-nom', label: 'Nom' })}
        ${field({ name: 'email', id: 'membre-email', label: 'E-mail (facultatif)', type: 'email' })}
        ${field({ name: 'phone', id: 'membre-telephone', label: 'Téléphone (facultatif)', type: 'tel' })}
        <button class="fr-btn" type="submit">Ajouter le membre</button></form>
      <h2 class="fr-h5 fr-mt-4w">Partenaires</h2>
      <ul>${d.partners.length ? d.partners.map(p => html`<li>${p.name} (${p.kindLabel}${p.commune ? `, ${p.commune.nom}` : ''})</li>`)
        : html`<li>Aucun partenaire.</li>`}</ul>
      <form id="partner" novalidate>
        ${field({ name: 'name', id: 'partenaire-nom', label: 'Nom du partenaire', maxlength: 150 })}
        ${field({ name: 'kind', id: 'partenaire-type', label: 'Type', choices: PARTNER_KINDS })}
        ${field({ name: 'commune', id: 'partenaire-commune', label: 'Commune (code INSEE)' })}
        ${field({ name: 'contact', id: 'partenaire-contact', label: 'Contact de la structure' })}
        <button class="fr-btn" type="submit">Ajouter le partenaire</button></form>
      <h2 class="fr-h5 fr-mt-4w">Visites et actions</h2>
      <ul>${d.actions.length ? d.actions.map(a => html`<li>${a.doneOn} — ${a.kindLabel}${a.commune ? ` à ${a.commune.nom}` : ''} :
        ${count(a.peopleMet, 'personne rencontrée', 'personnes rencontrées')}, ${a.volunteerHours} h de bénévolat</li>`) : html`<li>Aucune action consignée.</li>`}</ul>
      <form id="action" novalidate>
        <p class="fr-text--sm">Les personnes visitées ne sont pas identifiées : un nombre, au plus des prénoms ou initiales, jamais de données de santé.</p>
        ${field({ name: 'doneOn', id: 'visite-date', label: 'Date', type: 'date', value: today() })}
        ${field({ name: 'kind', id: 'visite-type', label: 'Type', choices: kinds.map(k => ({ value: k.code, label: k.label })) })}
        ${field({ name: 'commune', id: 'visite-commune', label: 'Commune (code INSEE)', value: t.communes[0]?.code ?? '' })}
        ${field({ name: 'peopleMet', id: 'visite-personnes', label: 'Personnes rencontrées', type: 'number', min: 0, value: 1 })}
        ${field({ name: 'volunteerHours', id: 'visite-heures', label: 'Heures de bénévolat', type: 'number', min: 0, step: 0.25, value: 1 })}
        ${field({ name: 'firstNames', id: 'visite-prenoms', label: 'Prénoms ou initiales (facultatif)', maxlength: 60 })}
        <button class="fr-btn" type="submit">Consigner</button></form>`;
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showList(); });
    pageReady(this, t.name, { within: 'Équipes citoyennes' });
    const submit = (formId, send) => {
      const form = this.querySelector(selector`#${formId}`);
      form?.addEventListener('submit', async e => {
        e.preventDefault();
        try {
          await send(Object.fromEntries(new FormData(form)), e.submitter);
          this.showTeam(id);
        } catch (error) {
          showFormErrors(form, error);
        }
      });
    };
    const team = `${this.root}/${encodeURIComponent(id)}`;
    submit('move', (v, button) => this.api.post(`${team}/transitions`, { to: button.value, reason: v.reason }));
    submit('member', v => this.api.post(`${team}/members`, v.volunteerId ? { volunteerId: v.volunteerId }
      : { firstName: v.firstName, lastName: v.lastName, email: v.email || null, phone: v.phone || null }));
    submit('partner', async v => {
      const p = await this.api.post(`${this.root}/partners`, { name: v.name, kind: v.kind, commune: v.commune || null, contact: v.contact || null });
      await this.api.put(`${team}/partners/${encodeURIComponent(p.id)}`, {});
    });
    submit('action', v => this.api.post(`${team}/actions`, { ...v, commune: v.commune || null, firstNames: v.firstNames || null }));
    this.querySelectorAll('[data-leave]').forEach(b => b.addEventListener('click', async () => {
      await this.api.put(`${team}/members/${encodeURIComponent(b.dataset.leave)}/left`, { leftOn: today() });
      this.showTeam(id);
    }));
  }
}
customElements.define('maillage-teams-page', TeamsPage);
