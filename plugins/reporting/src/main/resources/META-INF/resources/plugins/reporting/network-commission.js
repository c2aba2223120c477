// « Commission réseau » (national console): meetings planned, edited and published; their agenda fed by the
// cooperations' sent reports and questions and by other modules' proposals.
import { html, field, alert, showError, showFormErrors, confirmAction, pageReady, cooperationNames } from '/app/ui.js';
import { meetingText, onCalendar, when } from './meeting.js';

const ROOT = '/api/reporting/meetings';
const PAGE_SIZE = 20;
const local = iso => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60000).toISOString().slice(0, 16) : '');
const instant = value => (value ? new Date(value).toISOString() : null);

export default class NetworkCommissionPage extends HTMLElement {
  connectedCallback() {
    this.showList();
  }

  async showList(notice, page = 1) {
    this.innerHTML = html`<h1 class="fr-h3">Commission réseau</h1><p>Chargement…</p>`;
    const [found, cooperations] = await Promise.all([this.api.get(`${ROOT}?page=${page}&size=${PAGE_SIZE}`), this.invitable()]);
    const pages = Math.ceil(found.total / PAGE_SIZE);
    this.innerHTML = html`<h1 class="fr-h3">Commission réseau</h1><div id="notice">${notice ?? ''}</div>
      ${found.items.length ? html`<p>${found.total} réunion${found.total > 1 ? 's' : ''}, les plus récentes d’abord.</p>
        <ul data-meetings>${found.items.map(m => html`<li><a href="#" data-meeting="${m.id}">${m.title}</a> — ${when(m)}
        ${m.published ? html` <span class="fr-badge fr-badge--sm fr-badge--success">publié</span>` : ''}</li>`)}</ul>
        ${pages > 1 ? html`<nav class="fr-pagination" aria-label="Pages des réunions"><ul class="fr-pagination__list">
          ${Array.from({ length: pages }, (_, i) => i + 1).map(n => html`<li><button type="button" class="fr-pagination__link" data-page="${n}"
            ${n === page ? html`aria-current="page"` : ''}>${n}</button></li>`)}</ul></nav>` : ''}`
        : html`<p>Aucune réunion programmée.</p>`}
      <h2 class="fr-h5 fr-mt-4w">Programmer une réunion</h2>${this.planForm({ invited: [] }, cooperations, 'Programmer la réunion')}`;
    this.querySelectorAll('[data-meeting]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showMeeting(a.dataset.meeting); }));
    this.querySelectorAll('[data-page]').forEach(b => b.addEventListener('click', () => this.showList(undefined, Number(b.dataset.page))
      .catch(error => showError(this, error))));
    const form = this.querySelector('form');
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        const created = await this.api.post(ROOT, this.plan(form));
        this.showMeeting(created.id, saved('Réunion programmée.', created, cooperations));
      } catch (error) {
        showFormErrors(form, error);
      }
    });
    pageReady(this, 'Commission réseau');
  }

  /** The cooperations a meeting may invite (active, with the module), by name. */
  async invitable() {
    return (await this.api.get(`${ROOT}/cooperations`)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  planForm(m, cooperations, label, more = '') {
    const choices = [...cooperations, ...m.invited.filter(slug => !cooperations.some(c => c.slug === slug)).map(slug => ({ slug, name: slug, contact: true }))];
    return html`<form id="plan" novalidate>
      ${field({ name: 'title', id: 'reunion-titre', label: 'Titre', required: true, maxlength: 200, value: m.title ?? '' })}
      ${field({ name: 'startsAt', id: 'reunion-debut', label: 'Début', type: 'datetime-local', required: true, value: local(m.startsAt) })}
      ${field({ name: 'endsAt', id: 'reunion-fin', label: 'Fin', type: 'datetime-local', required: true, value: local(m.endsAt) })}
      ${field({ name: 'place', id: 'reunion-lieu', label: 'Lieu', maxlength: 300, value: m.place ?? '', hint: 'ou un lien de visioconférence' })}
      ${field({ name: 'videoLink', id: 'reunion-visio', label: 'Lien de visioconférence', type: 'url', maxlength: 500, value: m.videoLink ?? '' })}
      <fieldset class="fr-fieldset" data-field="invited" id="reunion-invites" aria-labelledby="reunion-invites-legende reunion-invites-messages">
        <legend class="fr-fieldset__legend" id="reunion-invites-legende">Coopérations invitées
          <span class="fr-hint-text">chacune reçoit l’invitation par courriel à son adresse de contact</span></legend>
        ${choices.length ? choices.map(c => html`<div class="fr-fieldset__element"><div class="fr-checkbox-group">
          <input type="checkbox" name="invited" value="${c.slug}" id="invite-${c.slug}"${m.invited.includes(c.slug) ? html` checked` : ''}>
          <label class="fr-label" for="invite-${c.slug}">${c.name}
            <span class="fr-hint-text">${c.slug}${c.contact ? '' : ' — sans adresse de contact : elle ne sera pas prévenue par courriel'}</span></label>
          </div></div>`) : html`<p class="fr-fieldset__element">Aucune coopération n’utilise le module « Rapport au réseau ».</p>`}
        <div class="fr-messages-group" id="reunion-invites-messages" aria-live="polite"></div>
      </fieldset>
      ${more}
      <button class="fr-btn" type="submit">${label}</button></form>`;
  }

  plan(form) {
    const data = new FormData(form);
    return { title: data.get('title'), startsAt: instant(data.get('startsAt')), endsAt: instant(data.get('endsAt')),
      place: data.get('place'), videoLink: data.get('videoLink') || null, invited: data.getAll('invited').map(String) };
  }

  async showMeeting(id, notice) {
    const url = `${ROOT}/${encodeURIComponent(id)}`;
    const [m, waiting, cooperations, nameOf] = await Promise.all([this.api.get(url), this.api.get(`${ROOT}/proposals`), this.invitable(),
      cooperationNames(this.api)]);
    const reports = (await this.api.get('/api/reporting/reports')).reports
      .filter(r => (r.state === 'SUBMITTED' || r.state === 'ACKNOWLEDGED') && m.invited.includes(r.tenant));
    const choices = [
      ...reports.map(r => ({ value: `REPORT|${r.tenant}|${r.id}`, label: `Rapport — ${nameOf(r.tenant)} — ${r.periodLabel}` })),
      ...waiting.questions.map(q => ({ value: `QUESTION||${q.id}`, label: `Question de ${nameOf(q.cooperation)} — ${q.text.slice(0, 80)}` })),
      ...waiting.proposals.map(p => ({ value: `PROPOSAL||${p.key}`, label: `Proposition — ${p.title}` }))];
    this.innerHTML = html`<p><a href="#" id="back">← Toutes les réunions</a></p><h1 class="fr-h3">${m.title}</h1>
      <div id="notice">${notice ?? ''}</div>
      ${meetingText(m, { removable: true, name: nameOf })}
      <form id="item" class="fr-mt-4w" novalidate><h2 class="fr-h5">Inscrire un sujet à l’ordre du jour</h2>
        ${choices.length ? field({ name: 'source', id: 'sujet-source', label: 'Sujet proposé', choices: [{ value: '', label: '— un sujet du réseau —' }, ...choices] }) : ''}
        ${field({ name: 'title', id: 'sujet-titre', label: choices.length ? 'Ou un sujet du réseau' : 'Sujet du réseau', maxlength: 300 })}
        <button class="fr-btn" type="submit">Inscrire</button></form>
      <h2 class="fr-h5 fr-mt-4w">Modifier la réunion, son compte rendu et ses décisions</h2>
      ${this.planForm(m, cooperations, 'Enregistrer', html`
        ${field({ name: 'minutes', id: 'reunion-compte-rendu', label: 'Compte rendu', rows: 8, maxlength: 20000, value: m.minutes ?? '' })}
        ${field({ name: 'decisions', id: 'reunion-decisions', label: 'Décisions', rows: 4, value: m.decisions.map(d => `${d.text} | ${d.followUp}`).join('\n'),
          hint: 'une par ligne : la décision | qui la suit (un rôle ou une coopération, jamais une personne)' })}
        <div class="fr-checkbox-group fr-mb-3w"><input type="checkbox" id="reunion-publiee" name="published" ${m.published ? html`checked` : ''}>
          <label class="fr-label" for="reunion-publiee">Compte rendu publié aux coopérations invitées
            <span class="fr-hint-text">à la publication, chacune reçoit une fois par courriel le lien du compte rendu</span></label></div>`)}
      <h2 class="fr-h5 fr-mt-4w">Annuler la réunion</h2>
      <p>La réunion est supprimée avec son ordre du jour ; les coopérations invitées reçoivent un courriel d’annulation.</p>
      <button class="fr-btn fr-btn--secondary maillage-btn--danger-text" type="button" data-action="cancel">Annuler la réunion</button>`;
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showList(); });
    this.querySelector('[data-action="cancel"]').addEventListener('click', async () => {
      if (!(await confirmAction({ title: `Annuler « ${m.title} » ?`, confirmLabel: 'Annuler la réunion',
        text: 'La réunion, son ordre du jour, son compte rendu et ses décisions sont supprimés ; les questions inscrites attendent une autre réunion.' }))) return;
      try {
        const cancelled = await this.api.delete(`${url}?version=${m.version}`);
        this.showList(saved('Réunion annulée.', cancelled, cooperations));
      } catch (error) {
        showError(this, error);
      }
    });
    onCalendar(this, this.api, `${url}/calendar.ics`);
    this.querySelectorAll('[data-remove]').forEach(b => b.addEventListener('click', async () => {
      try {
        await this.api.delete(`${url}/agenda/${b.dataset.remove}?version=${m.version}`);
        this.showMeeting(id, alert('success', 'Sujet retiré de l’ordre du jour.'));
      } catch (error) {
        showError(this, error);
      }
    }));
    const item = this.querySelector('#item');
    item.addEventListener('submit', async e => {
      e.preventDefault();
      const data = new FormData(item);
      const [kind, cooperation, reference] = String(data.get('source') || '').split('|');
      const body = kind ? { kind, cooperation: cooperation || null, reference, version: m.version }
        : { kind: 'NETWORK', title: data.get('title'), version: m.version };
      try {
        await this.api.post(`${url}/agenda`, body);
        this.showMeeting(id, alert('success', 'Sujet inscrit à l’ordre du jour.'));
      } catch (error) {
        if (error.fields?.length) showFormErrors(item, error); else showError(this, error);
      }
    });
    const edit = this.querySelector('#plan');
    edit.addEventListener('submit', async e => {
      e.preventDefault();
      const data = new FormData(edit);
      const decisions = String(data.get('decisions')).split('\n').map(l => l.trim()).filter(Boolean).map(l => {
        const [text, followUp] = l.split('|').map(s => s.trim());
        return { text, followUp: followUp ?? '' };
      });
      try {
        const written = await this.api.put(url, { plan: this.plan(edit), minutes: data.get('minutes'), decisions,
          published: data.get('published') === 'on', version: m.version });
        this.showMeeting(id, saved('Réunion enregistrée.', written, cooperations));
      } catch (error) {
        if (error.fields?.length) showFormErrors(edit, error); else showError(this, error);
      }
    });
    pageReady(this, m.title);
  }
}

/** The success notice of a save, and a warning naming the cooperations that could not be told by e-mail. */
function saved(message, answer, cooperations) {
  const names = (answer.untold ?? []).map(slug => cooperations.find(c => c.slug === slug)?.name ?? slug);
  return html`${alert('success', message)}${names.length ? alert('warning',
    `Sans adresse de contact, ${names.length > 1 ? 'ces coopérations n’ont' : 'cette coopération n’a'} pas pu être prévenue${names.length > 1 ? 's' : ''} par courriel : ${names.join(', ')}. ${names.length > 1 ? 'Leurs' : 'Ses'} coordinateurs peuvent renseigner l’adresse sur la page d’accueil de la coopération, puis enregistrez de nouveau la réunion.`,
    { title: 'Coopérations non prévenues' }) : ''}`;
}
