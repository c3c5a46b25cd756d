/**
 * What the analytics add to the document tab, after client/panels/document.ts has rendered it:
 *  - a "lag" button with the document's actions;
 *  - the status flags near the top: replaced / repealed / amended by which document and when,
 *    and, for a document that rests on a superseded one, which (GET /api/analytics/status/:id);
 *  - a "compare texts" button on each citation between two loaded documents (text reuse).
 * Only adds elements; when the tab's structure is not found the additions go on top.
 */
import type { StatusReport } from '../../../server/analytics/schema';
import type { Citation, DocumentDetail } from '../../../server/schema';
import { button, h } from '../../dom';
import { formatDate, t } from '../../i18n';
import { analyticsApi, Loader } from './api';

export interface DocExtrasActions {
  lag(id: string): void;
  /** Compare the texts of a citing document (child) and the cited one (parent). */
  reuse(child: string, parent: string): void;
  open(id: string): void;
  href(id: string): string;
}

const statuses = new Loader<StatusReport>(50);

function link(a: DocExtrasActions, id: string, label: string): HTMLAnchorElement {
  const el = h('a', { href: a.href(id), class: 'doc-link', 'data-id': id }, label);
  el.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    a.open(id);
  });
  return el;
}

const ref = (x: { id: string; number: string | null }) => x.number ?? x.id.replace(/^~/, '').split('|')[0];
const dated = (x: { issuedOn: string | null }) => (x.issuedOn ? ` (${formatDate(x.issuedOn)})` : '');

function restsOnDetail(a: DocExtrasActions, d: DocumentDetail, r: StatusReport): Node[] {
  if (!r.restsOn.length) return [];
  return r.restsOn.flatMap((x, i) => {
    const parts: Array<Node | string> = [i ? '; ' : '', link(a, x.id, ref(x)), dated(x)];
    if (x.supersededBy.length) {
      parts.push(` — ${t('an.flag.supersededBy')} `);
      x.supersededBy.forEach((b, j) => parts.push(j ? ', ' : '', link(a, b.id, ref(b)), dated(b)));
    }
    const via = x.path.slice(1, -1);
    if (via.length) parts.push(h('span', { class: 'muted' }, ` · ${t('an.flag.via', { path: [d.id, ...via, x.id].map((p) => p === d.id ? ref(d) : p.split('|')[0]).join(' → ') })}`));
    return parts.map((p) => (typeof p === 'string' ? document.createTextNode(p) : p));
  });
}

/** The flags box, or null when the document has none. */
function flagsBox(d: DocumentDetail, a: DocExtrasActions): HTMLElement | null {
  const st = d.status;
  if (!st.replacedBy.length && !st.repealedBy.length && !st.amendedBy.length && !st.restsOnSuperseded) return null;
  const serious = st.replacedBy.length || st.repealedBy.length || st.restsOnSuperseded;
  const box = h('div', { class: `an-flags ${serious ? 'warn' : 'info'}`, role: 'note', 'aria-label': t('doc.status') });
  const line = (flag: string, key: 'an.flag.replacedBy' | 'an.flag.repealedBy' | 'an.flag.amendedBy', list: typeof st.replacedBy) => {
    if (!list.length) return;
    box.appendChild(h('p', { class: `flag flag-${flag}`, 'data-flag': flag },
      h('span', { class: 'flag-icon', 'aria-hidden': 'true' }, flag === 'amended' ? '✎' : '⚠'), ' ',
      `${t(key)} `, ...list.flatMap((x, i) => [i ? ', ' : '', link(a, x.id, ref(x)), dated(x)])));
  };
  line('replaced', 'an.flag.replacedBy', st.replacedBy);
  line('repealed', 'an.flag.repealedBy', st.repealedBy);
  line('amended', 'an.flag.amendedBy', st.amendedBy);
  if (st.restsOnSuperseded) {
    const detail = h('span', { class: 'flag-detail' }, h('span', { class: 'muted' }, t('status.loading')));
    box.appendChild(h('p', { class: 'flag flag-rests', 'data-flag': 'rests' },
      h('span', { class: 'flag-icon', 'aria-hidden': 'true' }, '⚠'), ' ', `${t('an.flag.restsOn')}: `, detail));
    const fill = (nodes: Node[]) => { detail.replaceChildren(...nodes); };
    statuses.data(`status:${d.id}`, () => analyticsApi.status(d.id)).then(
      (r) => fill(r.restsOn.length ? restsOnDetail(a, d, r) : [h('span', { class: 'muted' }, t('doc.unknown'))]),
      () => fill([h('span', { class: 'muted' }, t('an.flag.noDetail'))]),
    );
  }
  return box;
}

function reuseButton(d: DocumentDetail, c: Citation, dir: 'out' | 'in', a: DocExtrasActions): HTMLButtonElement {
  const child = dir === 'out' ? d.id : c.id;
  const parent = dir === 'out' ? c.id : d.id;
  return button(t('an.reuse.open'), () => a.reuse(child, parent), {
    class: 'btn small reuse-btn', 'data-action': 'reuse', 'data-child': child, 'data-parent': parent, title: t('an.reuse.openHint'),
  });
}

/** Add the analytics to a rendered document tab. */
export function decorateDocument(el: HTMLElement, d: DocumentDetail, a: DocExtrasActions): void {
  const art = el.querySelector<HTMLElement>('article.doc') ?? el;
  const lagBtn = button(t('an.lag.open'), () => a.lag(d.id), { class: 'btn small', 'data-action': 'lag', title: t('an.lag.openHint') });
  const actions = art.querySelector('.doc-actions');
  if (actions) actions.appendChild(lagBtn);
  else art.prepend(h('div', { class: 'doc-actions' }, lagBtn));

  const flags = flagsBox(d, a);
  if (flags) {
    const after = art.querySelector('.badges') ?? art.querySelector('.doc-subtitle');
    if (after) after.after(flags);
    else art.prepend(flags);
  }

  if (d.stub || !d.text) return;
  const lists: Array<[string, Citation[], 'out' | 'in']> = [['references', d.references, 'out'], ['cited-by', d.citedBy, 'in']];
  for (const [name, cites, dir] of lists) {
    const items = art.querySelectorAll<HTMLElement>(`[data-list="${name}"] > li`);
    items.forEach((li, i) => {
      const c = cites[i];
      if (!c || c.stub || c.implied) return;
      const shown = li.querySelector<HTMLElement>('[data-id]')?.dataset.id;
      if (shown && shown !== c.id) return;
      const head = li.querySelector('.citation-head') ?? li;
      head.append(' ', reuseButton(d, c, dir, a));
    });
  }
}
