/**
 * Upload dialog: drag and drop (or choose) files, the API token kept in sessionStorage, one
 * request per file so each has its own progress bar (XMLHttpRequest upload events), then the
 * documents loaded, their status and warnings, and the errors, listed per file.
 */
import type { UploadResult } from '../../server/schema';
import { ApiRequestError, uploadFile } from '../api';
import { button, clear, h } from '../dom';
import { t, type MessageKey } from '../i18n';
import { docLabel } from './document';
import { errorText } from './status';

const TOKEN_KEY = 'dg.apiToken';

interface Item { file: File; row: HTMLElement; bar: HTMLProgressElement; state: HTMLElement; result: HTMLElement; done: boolean }

export class UploadDialog {
  private readonly dialog: HTMLDialogElement;
  private items: Item[] = [];
  private list!: HTMLElement;
  private token!: HTMLInputElement;
  private message!: HTMLElement;
  private startBtn!: HTMLButtonElement;

  constructor(private readonly actions: { open(id: string): void; uploaded(): void }) {
    this.dialog = h('dialog', { class: 'upload-dialog', 'aria-labelledby': 'upload-title' });
    document.body.appendChild(this.dialog);
    this.dialog.addEventListener('close', () => { if (this.items.some((i) => i.done)) this.actions.uploaded(); });
  }

  open(): void {
    this.render();
    if (typeof this.dialog.showModal === 'function') this.dialog.showModal();
    else this.dialog.setAttribute('open', '');
    (this.token.value ? this.dialog.querySelector<HTMLElement>('.drop-zone') : this.token)?.focus();
  }

  private render(): void {
    clear(this.dialog);
    this.items = [];
    let stored = '';
    try { stored = sessionStorage.getItem(TOKEN_KEY) ?? ''; } catch { /* storage off */ }
    this.token = h('input', { id: 'upload-token', type: 'password', autocomplete: 'off', value: stored, 'aria-describedby': 'upload-token-hint' });
    this.token.addEventListener('change', () => { try { sessionStorage.setItem(TOKEN_KEY, this.token.value); } catch { /* ignore */ } });
    const fileInput = h('input', { type: 'file', multiple: true, id: 'upload-files', class: 'visually-hidden', accept: '.txt,.md,.html,.htm,.docx,.pdf,text/plain' });
    fileInput.addEventListener('change', () => { if (fileInput.files) this.add([...fileInput.files]); fileInput.value = ''; });
    const zone = h('div', { class: 'drop-zone', tabindex: '0', role: 'button', 'aria-describedby': 'upload-drop-hint' },
      h('p', { id: 'upload-drop-hint' }, t('upload.drop')),
      h('label', { for: 'upload-files', class: 'btn' }, t('upload.choose')),
      fileInput,
    );
    zone.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fileInput.click(); } });
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer?.files?.length) this.add([...e.dataTransfer.files]);
    });
    this.list = h('ul', { class: 'upload-list', 'aria-live': 'polite' });
    this.message = h('p', { class: 'upload-message', role: 'alert' });
    this.startBtn = button(t('upload.start'), () => void this.start(), { class: 'btn primary', id: 'upload-start' });
    this.dialog.append(
      h('h2', { id: 'upload-title' }, t('upload.title')),
      h('div', { class: 'field-col' },
        h('label', { for: 'upload-token' }, t('upload.token')),
        this.token,
        h('small', { id: 'upload-token-hint', class: 'muted' }, t('upload.tokenHint')),
      ),
      zone,
      this.list,
      this.message,
      h('div', { class: 'dialog-actions' },
        this.startBtn,
        button(t('upload.close'), () => this.dialog.close(), { class: 'btn', id: 'upload-close' }),
      ),
    );
  }

  /** Queue files (also used by tests through the file input). */
  add(files: File[]): void {
    for (const file of files) {
      const bar = h('progress', { max: 100, value: 0, 'aria-label': file.name });
      const state = h('span', { class: 'upload-state' }, t('upload.queued'));
      const result = h('ul', { class: 'upload-result plain' });
      const row = h('li', { class: 'upload-item' }, h('div', { class: 'upload-file' }, h('strong', {}, file.name), ' ', state), bar, result);
      this.list.appendChild(row);
      this.items.push({ file, row, bar, state, result, done: false });
    }
    this.message.textContent = '';
  }

  private async start(): Promise<void> {
    const token = this.token.value.trim();
    if (!token) { this.message.textContent = t('upload.noToken'); this.token.focus(); return; }
    try { sessionStorage.setItem(TOKEN_KEY, token); } catch { /* ignore */ }
    const todo = this.items.filter((i) => !i.done);
    if (!todo.length) { this.message.textContent = t('upload.noFiles'); return; }
    this.startBtn.disabled = true;
    this.message.textContent = '';
    for (const item of todo) {
      item.state.textContent = t('upload.sending', { pct: 0 });
      const { promise } = uploadFile(item.file, token, (p) => {
        if (p.phase === 'sending') {
          const pct = p.total ? Math.round((100 * p.loaded) / p.total) : 0;
          item.bar.value = pct;
          item.state.textContent = t('upload.sending', { pct });
        } else {
          item.bar.value = 100;
          item.state.textContent = t('upload.processing');
        }
      });
      try {
        const res = await promise;
        item.done = true;
        item.row.classList.add('ok');
        item.bar.value = 100;
        item.state.textContent = t('upload.done');
        this.showResult(item, res);
      } catch (e) {
        item.row.classList.add('failed');
        item.state.textContent = t('upload.failed');
        item.result.appendChild(h('li', { class: 'error' }, errorText(e)));
        if (e instanceof ApiRequestError && (e.status === 401 || e.status === 403)) { this.message.textContent = errorText(e); break; }
      }
    }
    this.startBtn.disabled = false;
  }

  private showResult(item: Item, res: UploadResult): void {
    for (const d of res.documents) {
      const open = button(t('upload.open.doc'), () => { this.dialog.close(); this.actions.open(d.id); }, { class: 'btn small', 'data-id': d.id });
      const li = h('li', { class: 'uploaded-doc' },
        h('strong', {}, docLabel(d)), ' ',
        h('span', { class: `badge st-${d.status}` }, t(`upload.status.${d.status}` as MessageKey)), ' ',
        open,
        d.title ? h('div', { class: 'muted small', lang: 'vi' }, d.title) : null,
        d.warnings.length ? h('details', {}, h('summary', {}, `${t('upload.warnings')} (${d.warnings.length})`),
          h('ul', { class: 'warnings' }, ...d.warnings.map((w) => h('li', {}, w)))) : null,
      );
      item.result.appendChild(li);
    }
    for (const e of res.errors) item.result.appendChild(h('li', { class: 'error' }, `${e.source}: ${e.message}`));
  }
}
