/**
 * The filter drawer: level, province, issuer, type, relation and a date range, plus the
 * overview's node limit. Filters combine with each other and with the current mode: the
 * overview sends them to the API; traces, neighbourhoods and paths apply them to what was
 * fetched (non-matching documents hidden, those linking the root to a match kept faded).
 */
import { RELATIONS, LEVELS, type IssuerList, type Level, type Relation } from '../../server/schema';
import { button, clear, h } from '../dom';
import { t, type MessageKey } from '../i18n';
import { emptyFilters, LIMITS, type Filters } from '../state';

export interface FilterOptions { provinces: string[]; types: string[]; issuers: IssuerList['items'] }

export class FilterForm {
  private options: FilterOptions = { provinces: [], types: [], issuers: [] };
  private filters: Filters = emptyFilters();
  private limit = 2000;

  constructor(private readonly root: HTMLElement, private readonly onApply: (f: Filters, limit: number) => void) {}

  setOptions(o: Partial<FilterOptions>): void {
    this.options = { ...this.options, ...o };
    this.render();
  }

  setValue(f: Filters, limit: number): void {
    this.filters = { ...f, levels: [...f.levels], types: [...f.types], relations: [...f.relations] };
    this.limit = limit;
    this.render();
  }

  /** The issuer's display name for a key (GraphNode.issuer carries names). */
  issuerName(key: string | null): string | null {
    if (!key) return null;
    return this.options.issuers.find((i) => i.key === key)?.name ?? key;
  }

  render(): void {
    clear(this.root);
    const f = this.filters;
    const form = h('form', { class: 'filters-form', 'aria-label': t('filters.title') });
    const checks = <T extends string>(name: string, legend: MessageKey, values: readonly T[], chosen: readonly string[], label: (v: T) => string) =>
      h('fieldset', { class: 'checks' }, h('legend', {}, t(legend)),
        ...values.map((v) => h('label', {}, h('input', { type: 'checkbox', name, value: v, checked: chosen.includes(v) }), ' ', label(v))));

    const provinceList = h('datalist', { id: 'province-options' }, ...this.options.provinces.map((p) => h('option', { value: p })));
    const issuerList = h('datalist', { id: 'issuer-options' }, ...this.options.issuers.slice(0, 2000).map((i) => h('option', { value: i.name })));
    const typeValues = [...new Set([...this.options.types, ...f.types])];

    form.append(
      checks('level', 'filters.level', LEVELS, f.levels, (l) => t(`level.${l}` as MessageKey)),
      h('div', { class: 'field-col' },
        h('label', { for: 'f-province' }, t('filters.province')),
        h('input', { id: 'f-province', name: 'province', list: 'province-options', value: f.province ?? '', placeholder: t('filters.any'), autocomplete: 'off' }),
        provinceList,
        h('label', { for: 'f-issuer' }, t('filters.issuer')),
        h('input', { id: 'f-issuer', name: 'issuer', list: 'issuer-options', value: this.issuerName(f.issuer) ?? '', placeholder: t('filters.any'), autocomplete: 'off' }),
        issuerList,
      ),
      typeValues.length ? checks('type', 'filters.type', typeValues, f.types, (v) => v) : h('span'),
      checks('rel', 'filters.relation', RELATIONS, f.relations, (r) => t(`relation.${r}` as MessageKey)),
      h('div', { class: 'field-col' },
        h('label', { for: 'f-from' }, t('filters.from')),
        h('input', { id: 'f-from', name: 'from', type: 'date', value: f.from ?? '' }),
        h('label', { for: 'f-to' }, t('filters.to')),
        h('input', { id: 'f-to', name: 'to', type: 'date', value: f.to ?? '' }),
        h('label', { for: 'f-limit' }, t('filters.limit')),
        h('select', { id: 'f-limit', name: 'limit' }, ...LIMITS.map((n) => h('option', { value: n, selected: n === this.limit }, n.toLocaleString()))),
      ),
    );
    const actions = h('div', { class: 'filters-actions' },
      h('button', { type: 'submit', class: 'btn primary' }, t('filters.apply')),
      button(t('filters.reset'), () => { this.filters = emptyFilters(); this.render(); this.onApply(this.filters, this.limit); }, { class: 'btn' }),
    );
    form.appendChild(actions);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.filters = this.read(form);
      this.limit = Number((form.elements.namedItem('limit') as HTMLSelectElement).value) || this.limit;
      this.onApply(this.filters, this.limit);
    });
    this.root.appendChild(form);
  }

  private read(form: HTMLFormElement): Filters {
    const all = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
    const val = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    const issuerText = val('issuer');
    const issuer = issuerText ? (this.options.issuers.find((i) => i.name === issuerText || i.key === issuerText)?.key ?? issuerText) : null;
    return {
      levels: all('level') as Level[],
      types: all('type'),
      relations: all('rel') as Relation[],
      province: val('province') || null,
      issuer,
      from: val('from') || null,
      to: val('to') || null,
    };
  }
}
