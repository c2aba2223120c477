// « Commission réseau » (national console): meetings planned, edited and published; their agenda fed by the
// cooperations' sent reports and questions and by other modules' proposals.
import { html, field, alert, showError, showFormErrors, pageReady } from '/app/ui.js';
import { meetingText, onCalendar, when } from './meeting.js';

const ROOT = '/api/reporting/meetings';
const local = iso => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60000).toISOString().slice(0, 16) : '');
const instant = value => (value ? new Date(value).toISOString() : null);

export default class NetworkCommissionPage extends HTMLElement {
  connectedCallback() {
    this.showList();
  }

  async showList(notice) {
    this.innerHTML = html`<h1 class="fr-h3">Commission réseau</h1><p>Chargement…</p>`;
    const meetings = await this.api.get(ROOT);
    this.innerHTML = html`<h1 class="fr-h3">Commission réseau</h1><div id="notice">${notice ?? ''}</div>
      ${meetings.length ? html`<ul>${meetings.map(m => html`<li><a href="#" data-meeting="${m.id}">${m.title}</a> — ${when(m)}
        ${m.published ? html` <span class="fr-badge fr-badge--sm fr-badge--success">publié</span>` : ''}</li>`)}</ul>`
        : html`<p>Aucune réunion programmée.</p>`}
      <h2 class="fr-h5 fr-mt-4w">Programmer une réunion</h2>${this.planForm({ invited: [] }, 'Programmer la réunion')}`;
    this.querySelectorAll('[data-meeting]').forEach(a => a.addEventListener('click', e => { e.preventDefault(); this.showMeeting(a.dataset.meeting); }));
    const form = this.querySelector('form');
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        const created = await this.api.post(ROOT, this.plan(form));
        this.showMeeting(created.id, alert('success', 'Réunion programmée.'));
      } catch (error) {
        showFormErrors(form, error);
      }
    });
    pageReady(this, 'Commission réseau');
  }

  planForm(m, label, more = '') {
    return html`<form id="plan" novalidate>
      ${field({ name: 'title', id: 'reunion-titre', label: 'Titre', required: true, maxlength: 200, value: m.title ?? '' })}
      ${field({ name: 'startsAt', id: 'reunion-debut', label: 'Début', type: 'datetime-local', required: true, value: local(m.startsAt) })}
      ${field({ name: 'endsAt', id: 'reunion-fin', label: 'Fin', type: 'datetime-local', required: true, value: local(m.endsAt) })}
      ${field({ name: 'place', id: 'reunion-lieu', label: 'Lieu', maxlength: 300, value: m.place ?? '', hint: 'ou un lien de visioconférence' })}
      ${field({ name: 'videoLink', id: 'reunion-visio', label: 'Lien de visioconférence', type: 'url', maxlength: 500, value: m.videoLink ?? '' })}
      ${field({ name: 'invited', id: 'reunion-invites', label: 'Coopérations invitées', value: m.invited.join(', '),
        hint: 'identifiants séparés par des virgules (morbihan, finistere)' })}
      ${more}
      <button class="fr-btn" type="submit">${label}</button></form>`;
  }

  plan(form) {
    const data = new FormData(form);
    return { title: data.get('title'), startsAt: instant(data.get('startsAt')), endsAt: instant(data.get('endsAt')),
      place: data.get('place'), videoLink: data.get('videoLink') || null,
      invited: String(data.get('invited')).split(',').map(s => s.trim()).filter(Boolean) };
  }

  async showMeeting(id, notice) {
    const url = `${ROOT}/${encodeURIComponent(id)}`;
    const [m, waiting] = await Promise.all([this.api.get(url), this.api.get(`${ROOT}/proposals`)]);
    const reports = (await this.api.get('/api/reporting/reports')).reports
      .filter(r => (r.state === 'SUBMITTED' || r.state === 'ACKNOWLEDGED') && m.invited.includes(r.tenant));
    const choices = [
      ...reports.map(r => ({ value: `REPORT|${r.tenant}|${r.id}`, label: `Rapport — ${r.tenant} — ${r.periodLabel}` })),
      ...waiting.questions.map(q => ({ value: `QUESTION||${q.id}`, label: `Question de ${q.cooperation} — ${q.text.slice(0, 80)}` })),
      ...waiting.proposals.map(p => ({ value: `PROPOSAL||${p.key}`, label: `Proposition — ${p.title}` }))];
    this.innerHTML = html`<p><a href="#" id="back">← Toutes les réunions</a></p><h1 class="fr-h3">${m.title}</h1>
      <div id="notice">${notice ?? ''}</div>
      ${meetingText(m, { removable: true })}
      <form id="item" class="fr-mt-4w" novalidate><h2 class="fr-h5">Inscrire un sujet à l’ordre du jour</h2>
        ${choices.length ? field({ name: 'source', id: 'sujet-source', label: 'Sujet proposé', choices: [{ value: '', label: '— un sujet du réseau —' }, ...choices] }) : ''}
        ${field({ name: 'title', id: 'sujet-titre', label: 'Ou un sujet du réseau', maxlength: 300 })}
        <button class="fr-btn" type="submit">Inscrire</button></form>
      <h2 class="fr-h5 fr-mt-4w">Modifier la réunion, son compte rendu et ses décisions</h2>
      ${this.planForm(m, 'Enregistrer', html`
        ${field({ name: 'minutes', id: 'reunion-compte-rendu', label: 'Compte rendu', rows: 8, maxlength: 20000, value: m.minutes ?? '' })}
        ${field({ name: 'decisions', id: 'reunion-decisions', label: 'Décisions', rows: 4, value: m.decisions.map(d => `${d.text} | ${d.followUp}`).join('\n'),
          hint: 'une par ligne : la décision | qui la suit (un rôle ou une coopération, jamais une personne)' })}
        <div class="fr-checkbox-group fr-mb-3w"><input type="checkbox" id="reunion-publiee" name="published" ${m.published ? html`checked` : ''}>
          <label class="fr-label" for="reunion-publiee">Compte rendu publié aux coopérations invitées</label></div>`)}`;
    this.querySelector('#back').addEventListener('click', e => { e.preventDefault(); this.showList(); });
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
        await this.api.put(url, { plan: this.plan(edit), minutes: data.get('minutes'), decisions,
          published: data.get('published') === 'on', version: m.version });
        this.showMeeting(id, alert('success', 'Réunion enregistrée.'));
      } catch (error) {
        if (error.fields?.length) showFormErrors(edit, error); else showError(this, error);
      }
    });
    pageReady(this, m.title);
  }
}
