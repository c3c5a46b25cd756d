/**
 * The document tab: metadata, signer, recipients, incoming stamps, status flags, parser
 * warnings, citations out and in with their quotes, and the full text with every reference
 * highlighted and clickable. Everything from the document is inserted as text.
 */
import type { Citation, DocumentDetail } from '../../server/schema';
import { button, h } from '../dom';
import { formatDate, formatNumber, t, type MessageKey } from '../i18n';
import type { LoadState } from '../state';
import { renderText } from './text';
import { statusBox } from './status';

export interface DocActions {
  open(id: string): void;
  href(id: string): string;
  traceDown(id: string): void;
  traceUp(id: string): void;
  neighbourhood(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  present(id: string): void;
  retry(): void;
}

const LEVEL_KEYS: Record<string, MessageKey> = {
  central: 'level.central', provincial: 'level.provincial', district: 'level.district', commune: 'level.commune',
};
export const levelName = (l: string | null | undefined) => (l && LEVEL_KEYS[l] ? t(LEVEL_KEYS[l]) : t('level.unknown'));
export const relationName = (r: string) => t(`relation.${r}` as MessageKey);

/** "Công văn 1276-CV/TU" or the title when there is no number. */
export function docLabel(d: { type: string | null; number: string | null; title?: string | null }): string {
  if (d.number) return [d.type, d.number].filter(Boolean).join(' ');
  return withType(d.type, d.title ?? t('doc.nonumber'));
}

/** "Luật Đất đai" rather than "Luật Luật Đất đai": the type is left out when the title already starts with it. */
export function withType(type: string | null, title: string): string {
  if (!type || title.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi'))) return title;
  return `${type} ${title}`;
}

function docLink(id: string, label: string, a: DocActions): HTMLAnchorElement {
  const link = h('a', { href: a.href(id), class: 'doc-link', 'data-id': id }, label);
  link.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    a.open(id);
  });
  return link;
}

function row(label: MessageKey, value: Node | string | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return h('div', { class: 'meta-row' }, h('dt', {}, t(label)), h('dd', {}, value));
}

function section(title: string, ...children: Array<Node | null>): HTMLElement {
  const s = h('section', { class: 'doc-section' }, h('h3', {}, title));
  for (const c of children) if (c) s.appendChild(c);
  return s;
}

function citationItem(c: Citation, a: DocActions, direction: 'out' | 'in'): HTMLElement {
  const li = h('li', { class: `citation${c.implied ? ' implied' : ''}` });
  const head = h('div', { class: 'citation-head' },
    h('span', { class: `rel-badge rel-${c.relation}` }, relationName(c.relation)),
    ' ',
    docLink(c.id, docLabel(c), a),
    c.issuedOn ? h('span', { class: 'muted' }, ` · ${formatDate(c.issuedOn)}`) : null,
    c.stub ? h('span', { class: 'badge stub' }, t('doc.stub')) : null,
    c.implied ? h('span', { class: 'badge implied' }, t('doc.implied')) : null,
  );
  li.appendChild(head);
  if (c.quote) li.appendChild(h('blockquote', { class: 'quote', lang: 'vi' }, c.quote));
  if (c.implied && c.evidence.length) {
    const ev = h('div', { class: 'muted small' });
    ev.append(t('doc.evidence', { docs: '' }).trim(), ' ');
    c.evidence.forEach((id, i) => { if (i) ev.append(', '); ev.append(docLink(id, id.split('|')[0], a)); });
    li.appendChild(ev);
  }
  li.dataset.direction = direction;
  return li;
}

/** Render the document tab for a load state. */
export function renderDocument(el: HTMLElement, s: LoadState<DocumentDetail>, a: DocActions): void {
  if (s.kind === 'idle') { el.appendChild(h('p', { class: 'empty' }, t('doc.none'))); return; }
  if (s.kind === 'loading') { el.appendChild(statusBox('loading', t('status.loading'))); return; }
  if (s.kind === 'error') {
    const box = statusBox('error', s.message);
    box.appendChild(button(t('status.retry'), () => a.retry(), { class: 'btn small' }));
    el.appendChild(box);
    return;
  }
  const d = s.data;
  const art = h('article', { class: 'doc', 'data-id': d.id, 'aria-label': docLabel(d) });
  const badges = h('div', { class: 'badges' },
    h('span', { class: `badge lvl lvl-${d.level ?? 'unknown'}` }, levelName(d.level)),
    d.stub ? h('span', { class: 'badge stub' }, t('doc.stub')) : null,
    d.generated ? h('span', { class: 'badge generated' }, t('doc.generated')) : null,
    d.status.replacedBy.length || d.status.repealedBy.length ? h('span', { class: 'badge warn' }, t('legend.superseded')) : null,
    d.status.restsOnSuperseded ? h('span', { class: 'badge warn' }, t('legend.restsOnSuperseded')) : null,
  );
  art.append(
    h('h2', { class: 'doc-title' }, docLabel(d)),
    h('p', { class: 'doc-subtitle', lang: 'vi' }, d.title ?? t('doc.untitled')),
    badges,
  );
  const actions = h('div', { class: 'doc-actions', role: 'group', 'aria-label': t('mode.label') },
    button(t('doc.traceDown'), () => a.traceDown(d.id), { class: 'btn small', 'data-action': 'trace-down' }),
    button(t('doc.traceUp'), () => a.traceUp(d.id), { class: 'btn small', 'data-action': 'trace-up' }),
    button(t('doc.neighbourhood'), () => a.neighbourhood(d.id), { class: 'btn small', 'data-action': 'neighbourhood' }),
    button(t('doc.pathFrom'), () => a.pathFrom(d.id), { class: 'btn small', 'data-action': 'path-from' }),
    button(t('doc.pathTo'), () => a.pathTo(d.id), { class: 'btn small', 'data-action': 'path-to' }),
    button(t('doc.present'), () => a.present(d.id), { class: 'btn small', 'data-action': 'present' }),
  );
  art.appendChild(actions);

  const meta = h('dl', { class: 'meta' });
  for (const r of [
    row('doc.number', d.number),
    row('doc.type', d.type),
    row('doc.issuer', d.issuerDetail?.name ?? d.issuer),
    row('doc.level', levelName(d.level)),
    row('doc.province', d.province),
    row('doc.issuedOn', d.issuedOn ? formatDate(d.issuedOn) : null),
    row('doc.place', d.place),
    row('doc.citedByCount', formatNumber(d.citedByCount)),
    row('doc.source', d.source),
  ]) if (r) meta.appendChild(r);
  art.appendChild(meta);

  if (d.signer) art.appendChild(section(t('doc.signer'), h('p', {}, d.signer.name ?? t('doc.signerUnreadable'), d.signer.capacity ? h('span', { class: 'muted' }, ` — ${d.signer.capacity}`) : null)));

  if (d.recipients.length) {
    const to = d.recipients.filter((r) => r.list === 'to');
    const cc = d.recipients.filter((r) => r.list === 'cc');
    art.appendChild(section(t('doc.recipients'),
      to.length ? h('h4', {}, t('doc.recipients.to')) : null,
      to.length ? h('ul', { class: 'plain' }, ...to.map((r) => h('li', {}, r.name))) : null,
      cc.length ? h('h4', {}, t('doc.recipients.cc')) : null,
      cc.length ? h('ul', { class: 'plain' }, ...cc.map((r) => h('li', {}, r.name))) : null,
    ));
  }
  if (d.received.length) {
    art.appendChild(section(t('doc.receipts'), h('ul', { class: 'plain' }, ...d.received.map((r) =>
      h('li', {}, t('doc.receipt', { by: r.by ?? t('doc.unknown'), on: formatDate(r.on), no: r.registerNo ?? t('doc.unknown') }))))));
  }

  const st = d.status;
  const flagList = (key: MessageKey, list: Array<{ id: string; number: string | null; issuedOn: string | null }>) =>
    list.length ? h('p', {}, `${t(key)}: `, ...list.flatMap((x, i) => [i ? ', ' : '', docLink(x.id, `${x.number ?? x.id}${x.issuedOn ? ` (${formatDate(x.issuedOn)})` : ''}`, a)])) : null;
  const flags = [
    flagList('doc.replacedBy', st.replacedBy), flagList('doc.repealedBy', st.repealedBy), flagList('doc.amendedBy', st.amendedBy),
    st.restsOnSuperseded ? h('p', { class: 'warn' }, t('doc.restsOnSuperseded')) : null,
  ].filter(Boolean) as HTMLElement[];
  art.appendChild(section(t('doc.status'), ...(flags.length ? flags : [h('p', { class: 'muted' }, t('doc.noStatus'))])));

  if (d.warnings.length) art.appendChild(section(t('doc.warnings'), h('ul', { class: 'warnings' }, ...d.warnings.map((w) => h('li', {}, w)))));

  art.appendChild(section(t('doc.references', { n: d.references.length }),
    d.references.length ? h('ul', { class: 'citations', 'data-list': 'references' }, ...d.references.map((c) => citationItem(c, a, 'out'))) : null));
  art.appendChild(section(t('doc.citedBy', { n: d.citedBy.length }),
    d.citedBy.length ? h('ul', { class: 'citations', 'data-list': 'cited-by' }, ...d.citedBy.map((c) => citationItem(c, a, 'in'))) : null));

  const textSection = section(t('doc.text'));
  if (d.text) {
    textSection.appendChild(renderText(d.text, d.references, {
      open: a.open, href: a.href, title: (m) => t('doc.openRef', { label: m.label }),
    }));
  } else {
    textSection.appendChild(h('p', { class: 'muted' }, t('doc.noText')));
  }
  art.appendChild(textSection);
  el.appendChild(art);
}
