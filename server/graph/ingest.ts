/**
 * Ingest: parsed documents into Neo4j, in batches, idempotently.
 *
 * One batch = one write transaction (UNWIND of thousands of rows), so every document is
 * written whole or not at all, and a batch interrupted by a crash is simply written again
 * on the next run. Documents whose text has not changed are skipped; changed ones replace
 * what they said before. Citations to documents the graph does not hold create stubs, which
 * are upgraded in place when the real text arrives (MERGE on the same key).
 */
import fs from 'node:fs';
import type { ManagedTransaction } from 'neo4j-driver';
import { createHash } from 'node:crypto';
import { RELATION_STRENGTH, type Issuer, type ParsedDocument, type Reference, type Relation } from '../schema';
import { foldKey } from '../parse/clean';
import { classifyAuthority } from '../parse/issuers';
import { parseText } from '../parse';
import { InputError } from '../parse/decode';
import { extractText, listInputs } from '../io/read';
import { cypher } from './cypher';
import { currentSettings, getDriver, inReadTransaction, inWriteTransaction, rowsOf, toUnavailable } from './driver';
import { authorityKey, docKey, numberKey, parentOf, scopeOf, unnumberedKey } from './keys';

const STRENGTH = RELATION_STRENGTH;
/** Stored text is capped; the parse still sees all of it. */
export const MAX_STORED_TEXT = 2_000_000;

export interface IngestSummary {
  files: number;
  documents: number;
  loaded: number;
  updated: number;
  unchanged: number;
  stubsCreated: number;
  stubsUpgraded: number;
  unresolved: number;
  citations: number;
  warnings: number;
  failed: Array<{ source: string; error: string; message: string }>;
  /** Where the time went, in milliseconds (parse and build overlap with writes in ingestPaths). */
  timings: { parse: number; build: number; read: number; write: number; refresh: number };
  /** Per document: key and what happened to it. */
  results: Array<{ key: string; source: string; number: string | null; status: 'loaded' | 'updated' | 'unchanged' | 'upgraded'; warnings: string[] }>;
}

export interface IngestOptions {
  /** Documents per write transaction. */
  batchSize?: number;
  /** Called after every batch with the running totals. */
  onProgress?: (done: { files: number; documents: number; citations: number }) => void;
  /** Mark documents as coming from the synthetic generator. */
  generated?: boolean;
}

/** One parsed file: its documents and the decoded text their offsets point into. */
export interface ParsedFile { documents: ParsedDocument[]; text: string }

export const emptySummary = (): IngestSummary => ({
  files: 0, documents: 0, loaded: 0, updated: 0, unchanged: 0, stubsCreated: 0, stubsUpgraded: 0,
  unresolved: 0, citations: 0, warnings: 0, failed: [], results: [],
  timings: { parse: 0, build: 0, read: 0, write: 0, refresh: 0 },
});

export interface DocRow {
  key: string;
  props: Record<string, unknown>;
  issuerKey: string | null;
  recipients: Array<{ key: string; list: 'to' | 'cc'; position: number }>;
  /** The person who signed; null also when only the capacity could be read (it stays on the document). */
  signer: { key: string; name: string; capacity: string | null } | null;
  receipts: Array<{ key: string; on: string | null; registerNo: string | null }>;
  numberKey: string | null;
  scope: string;
  year: number | null;
}
export interface StubRow { key: string; props: Record<string, unknown> }
export interface CiteRow { from: string; to: string; type: string; props: Record<string, unknown> }
/** A citation being gathered: the strongest relation over all mentions of one pair. */
interface CiteAcc { from: string; to: string; type: string; rank: number; quote: string; first: number; mentions: Array<{ start: number; end: number }> }
export interface LinkRow { from: string; to: string; type: string; evidence: string; quote: string; start: number; end: number }

/** The identity facts of a document or a reference. */
function identity(p: { number: string | null; issuer: Issuer | null; year: number | null; type: string | null; title: string | null; issuedOn: string | null }, fallbackProvince: string | null, text?: string) {
  const issuerName = p.issuer?.name ?? null;
  const issuerKeyV = issuerName ? authorityKey(issuerName) : null;
  if (p.number) {
    const scope = scopeOf(p.number, p.issuer, fallbackProvince);
    return { key: docKey(p.number, scope, p.year), numberKey: numberKey(p.number), scope, issuerKey: issuerKeyV };
  }
  return { key: unnumberedKey({ type: p.type, title: p.title, issuerKey: issuerKeyV, issuedOn: p.issuedOn, text }), numberKey: null, scope: scopeOf(null, p.issuer, fallbackProvince), issuerKey: issuerKeyV };
}

/**
 * Write parsed files into the graph. Returns what happened, document by document.
 * @example await ingestParsed([{documents: parseText(text, 'a.txt'), text}])
 */
export async function ingestParsed(files: ParsedFile[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  summary.files = files.length;
  const batchSize = opts.batchSize ?? 500;
  let batch: Array<{ doc: ParsedDocument; text: string }> = [];
  let docsDone = 0;
  for (const f of files) {
    for (const doc of f.documents) {
      batch.push({ doc, text: f.text });
      if (batch.length >= batchSize) { await writeBatch(batch, summary, opts); docsDone += batch.length; batch = []; opts.onProgress?.({ files: summary.files, documents: docsDone, citations: summary.citations }); }
    }
  }
  if (batch.length) { await writeBatch(batch, summary, opts); docsDone += batch.length; opts.onProgress?.({ files: summary.files, documents: docsDone, citations: summary.citations }); }
  const t = Date.now();
  await refreshSearchIndex();
  summary.timings.refresh += Date.now() - t;
  return summary;
}

/** The full-text index is eventually consistent; make what was just written searchable. */
async function refreshSearchIndex(): Promise<void> {
  try {
    await inWriteTransaction(async (tx) => { await tx.run(cypher('await-search-index')); });
  } catch (e) {
    throw toUnavailable(e, currentSettings().uri, currentSettings().user) ?? e;
  }
}

/**
 * Read, parse and load files and folders (.txt, .md, .html, .docx, .pdf). A file that cannot be
 * read is reported in `failed` with its reason and skipped; the rest loads. Parsing of the next
 * batch overlaps with the database write of the previous one.
 * @example await ingestPaths(['../shared/seeds'], {onProgress: console.log})
 */
export async function ingestPaths(paths: string[], opts: IngestOptions & { onFile?: (file: string, ok: boolean) => void } = {}): Promise<IngestSummary> {
  const files = listInputs(paths);
  const summary = emptySummary();
  summary.files = files.length;
  const batchSize = opts.batchSize ?? 500;
  let batch: Array<{ doc: ParsedDocument; text: string }> = [];
  let pending: Promise<void> = Promise.resolve();
  let docsDone = 0;
  let filesDone = 0;
  const flush = async () => {
    const b = batch;
    batch = [];
    await pending;
    pending = writeBatch(b, summary, opts).then(() => {
      docsDone += b.length;
      opts.onProgress?.({ files: filesDone, documents: docsDone, citations: summary.citations });
    });
    // Surface a failed write at the next flush instead of an unhandled rejection.
    pending.catch(() => undefined);
  };
  for (const file of files) {
    try {
      const { text, warnings } = await extractText(fs.readFileSync(file), file);
      const t = Date.now();
      const docs = parseText(text, file, warnings);
      summary.timings.parse += Date.now() - t;
      for (const doc of docs) batch.push({ doc, text });
      opts.onFile?.(file, true);
    } catch (e) {
      const err = e as Error;
      summary.failed.push({ source: file, error: e instanceof InputError ? e.code : err.name, message: err.message });
      opts.onFile?.(file, false);
    }
    filesDone++;
    if (batch.length >= batchSize) await flush();
    // Let the pending write's network I/O run between files, so parsing and writing overlap.
    else await yieldToIo();
  }
  if (batch.length) await flush();
  await pending;
  const tr = Date.now();
  if (summary.documents) await refreshSearchIndex();
  summary.timings.refresh += Date.now() - tr;
  return summary;
}

/** Everything one batch writes, as plain rows (see cypher/ingest-*.cypher). */
export interface BatchRows {
  docRows: DocRow[];
  byKey: Map<string, DocRow>;
  docOf: Map<ParsedDocument, DocRow>;
  authorities: Array<{ key: string; name: string; code: string | null; level: string | null; province: string | null; branch: string | null }>;
  partOf: Array<{ child: string; parent: string }>;
  stubs: Map<string, StubRow>;
  citeRows: CiteRow[];
  links: LinkRow[];
  /** Stubs with a guessed year per `numberKey|scope`, as found in the graph. */
  guessed: Map<string, number[]>;
}

/** Graph lookups the row building needs: documents with a given number and scope, any year. */
export type CandidateLookup = (pairs: Array<{ numberKey: string; scope: string }>) => Promise<Array<{ numberKey: string; scope: string; year: number | null; key: string; stub: boolean; yearGuessed: boolean }>>;

const graphLookup: CandidateLookup = async (pairs) => {
  const rows = await inReadTransaction(async (tx) => rowsOf(await tx.run(cypher('ingest-candidates'), { pairs })));
  return rows.map((r) => ({ numberKey: r.numberKey as string, scope: r.scope as string, year: (r.year as number | null) ?? null, key: r.key as string, stub: !!r.stub, yearGuessed: !!r.yearGuessed }));
};

/** Authority keys (and `child>parent` pairs) this process has written, per server and database; cleared with the database. */
const writtenByServer = new Map<string, Set<string>>();
function written(): Set<string> {
  const s = currentSettings();
  const k = `${s.uri}|${s.database}`;
  let set = writtenByServer.get(k);
  if (!set) writtenByServer.set(k, (set = new Set()));
  return set;
}

/** Give the event loop a turn (timers, sockets) without waiting for anything else. */
const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Build all rows for a batch, resolve references, write in one transaction, update the summary. */
async function writeBatch(batch: Array<{ doc: ParsedDocument; text: string }>, summary: IngestSummary, opts: IngestOptions): Promise<void> {
  const t = Date.now();
  const rows = await buildRows(batch, opts, graphLookup);
  summary.timings.build += Date.now() - t;
  await writeRows(batch, rows, summary);
}

/**
 * Turn a batch of parsed documents into rows: keys, authorities, stubs, citations (strongest
 * relation per pair), implied links. `lookup` resolves citations that give no year.
 * @example const rows = await buildRows([{doc, text}], {}, async () => [])
 */
export async function buildRows(batch: Array<{ doc: ParsedDocument; text: string }>, opts: IngestOptions, lookup: CandidateLookup): Promise<BatchRows> {
  const authorities = new Map<string, Issuer & { key: string }>();
  const partOf = new Map<string, { child: string; parent: string }>();
  const addAuthority = (a: Issuer | null): string | null => {
    if (!a) return null;
    const key = authorityKey(a.name);
    if (!key) return null;
    if (!authorities.has(key)) authorities.set(key, { ...a, key });
    const parent = parentOf(a);
    if (parent) {
      const pk = authorityKey(parent.name);
      if (pk !== key) {
        if (!authorities.has(pk)) authorities.set(pk, { ...parent, key: pk });
        partOf.set(`${key}>${pk}`, { child: key, parent: pk });
      }
    }
    return key;
  };

  // 1. the documents themselves
  const docRows: DocRow[] = [];
  const byKey = new Map<string, DocRow>();
  const docOf = new Map<ParsedDocument, DocRow>();
  for (const { doc, text } of batch) {
    const slice = text.slice(doc.start, doc.end);
    const year = doc.year ?? (doc.issuedOn ? Number(doc.issuedOn.slice(0, 4)) : null);
    const id = identity({ ...doc, year }, doc.issuer?.province ?? null, slice);
    const issuerKeyV = addAuthority(doc.issuer);
    const recipients: DocRow['recipients'] = [];
    doc.recipients.forEach((r, position) => {
      // Only single bodies become Authority nodes; "Các sở, ban, ngành" stays in recipientsJson.
      const name = r.name.replace(/\s*\([^)]*\)\s*$/, '').trim();
      if (/,|;|\b(các|những|Các|Những)\b/u.test(name)) return;
      const a = classifyAuthority(name, doc.issuer?.province ?? null);
      const k = a ? addAuthority(a) : null;
      if (k && !recipients.some((x) => x.key === k && x.list === r.list)) recipients.push({ key: k, list: r.list, position });
    });
    const receipts: DocRow['receipts'] = [];
    for (const r of doc.received) {
      const a = r.by ? classifyAuthority(r.by) : null;
      const k = a ? addAuthority(a) : null;
      if (k) receipts.push({ key: k, on: r.on, registerNo: r.registerNo });
    }
    const stored = slice.length > MAX_STORED_TEXT ? slice.slice(0, MAX_STORED_TEXT) : slice;
    const warnings = slice.length > MAX_STORED_TEXT ? [...doc.warnings, `text truncated to ${MAX_STORED_TEXT} characters for storage`] : doc.warnings;
    const hash = createHash('sha1').update(JSON.stringify([stored, doc.number, doc.title, doc.issuer, doc.issuedOn, doc.references.length, doc.impliedLinks.length])).digest('hex');
    const row: DocRow = {
      key: id.key,
      issuerKey: issuerKeyV,
      recipients,
      signer: doc.signer?.name ? { key: foldKey(doc.signer.name), name: doc.signer.name, capacity: doc.signer.capacity } : null,
      receipts,
      numberKey: id.numberKey,
      scope: id.scope,
      year,
      props: {
        number: doc.number, numberKey: id.numberKey, scope: id.scope, year, type: doc.type, title: doc.title,
        issuedOn: doc.issuedOn, place: doc.place, level: doc.issuer?.level ?? null, province: doc.issuer?.province ?? null,
        issuerName: doc.issuer?.name ?? null, issuerKey: issuerKeyV, issuerJson: doc.issuer ? JSON.stringify(doc.issuer) : null,
        text: stored, source: doc.source, sourceIndex: doc.index, generated: !!opts.generated,
        searchText: searchText(doc), warnings, hash,
        signerName: doc.signer?.name ?? null, signerCapacity: doc.signer?.capacity ?? null,
        recipientsJson: JSON.stringify(doc.recipients), receivedJson: JSON.stringify(doc.received),
      },
    };
    docOf.set(doc, row);
    if (!byKey.has(row.key)) { byKey.set(row.key, row); docRows.push(row); }
    else {
      // Two texts of one document in a batch: the later wins, like a re-ingest would.
      const i = docRows.findIndex((d) => d.key === row.key);
      docRows[i] = row;
      byKey.set(row.key, row);
    }
  }

  // 2. references: resolve each to a key (asking the graph for year-less ones)
  const needYear = new Map<string, { numberKey: string; scope: string }>();
  const refIds = new Map<Reference, ReturnType<typeof identity>>();
  for (const { doc } of batch) {
    const citingProvince = doc.issuer?.province ?? null;
    for (const r of doc.references) {
      const id = identity(r, citingProvince);
      refIds.set(r, id);
      if (r.number && r.year === null) needYear.set(`${id.numberKey}|${id.scope}`, { numberKey: id.numberKey!, scope: id.scope });
    }
  }
  const candidates = new Map<string, Array<{ year: number | null; key: string; stub: boolean }>>();
  const addCandidate = (nk: string, scope: string, c: { year: number | null; key: string; stub: boolean }) => {
    const k = `${nk}|${scope}`;
    const list = candidates.get(k) ?? [];
    if (!list.some((x) => x.key === c.key)) list.push(c);
    candidates.set(k, list);
  };
  for (const d of docRows) if (d.numberKey && needYear.has(`${d.numberKey}|${d.scope}`)) addCandidate(d.numberKey, d.scope, { year: d.year, key: d.key, stub: false });
  // One read for both: year-less references, and stubs with a guessed year that a document of this batch may replace.
  const pairs = new Map(needYear);
  for (const d of docRows) if (d.numberKey) pairs.set(`${d.numberKey}|${d.scope}`, { numberKey: d.numberKey, scope: d.scope });
  const guessed = new Map<string, number[]>();
  if (pairs.size) {
    for (const r of await lookup([...pairs.values()])) {
      const pk = `${r.numberKey}|${r.scope}`;
      if (r.stub && r.yearGuessed) guessed.set(pk, [...(guessed.get(pk) ?? []), r.year ?? 0]);
      if (needYear.has(pk)) addCandidate(r.numberKey, r.scope, { year: r.year, key: r.key, stub: r.stub && r.yearGuessed });
    }
  }

  const stubs = new Map<string, StubRow>();
  const cites = new Map<string, CiteAcc>();
  const links: LinkRow[] = [];
  for (const { doc } of batch) {
    const citing = docOf.get(doc)!;
    const citingYear = citing.year;
    const resolved: string[] = [];
    doc.references.forEach((r, idx) => {
      const id = refIds.get(r)!;
      let key = id.key;
      let yearGuessed = false;
      let year = r.year;
      if (r.number && r.year === null) {
        const list = candidates.get(`${id.numberKey}|${id.scope}`) ?? [];
        const real = list.filter((c) => !c.stub && c.year !== null);
        const earlier = real.filter((c) => citingYear === null || (c.year as number) <= citingYear).sort((a, b) => (b.year as number) - (a.year as number));
        const pick = earlier[0] ?? real.sort((a, b) => (a.year as number) - (b.year as number))[0] ?? list[0];
        if (pick) { key = pick.key; year = pick.year; }
        else { year = citingYear; yearGuessed = true; key = docKey(r.number, id.scope, year); }
      }
      resolved[idx] = key;
      if (key === citing.key) return;
      if (!byKey.has(key) && !stubs.has(key)) {
        stubs.set(key, {
          key,
          props: {
            number: r.number, numberKey: id.numberKey, scope: id.scope, year, yearGuessed, type: r.type, title: r.title,
            issuedOn: r.issuedOn, level: r.issuer?.level ?? null, province: r.issuer?.province ?? null,
            issuerName: r.issuer?.name ?? null, issuerKey: id.issuerKey, searchText: searchText(r), generated: !!opts.generated,
          },
        });
      }
      const type = r.relation.toUpperCase();
      const pair = `${citing.key}>${key}`;
      const rank = STRENGTH.indexOf(r.relation);
      const start = r.start - doc.start;
      const end = r.end - doc.start;
      const prev = cites.get(pair);
      if (!prev) cites.set(pair, { from: citing.key, to: key, type, rank, quote: r.quote, first: 0, mentions: [{ start, end }] });
      else {
        prev.mentions.push({ start, end });
        if (rank < prev.rank) { prev.rank = rank; prev.type = type; prev.quote = r.quote; prev.first = prev.mentions.length - 1; }
      }
    });
    for (const l of doc.impliedLinks) {
      const from = resolved[l.fromIndex];
      const to = resolved[l.toIndex];
      if (!from || !to || from === to) continue;
      links.push({ from, to, type: l.relation.toUpperCase(), evidence: citing.key, quote: doc.references[l.toIndex].quote, start: l.start - doc.start, end: l.end - doc.start });
    }
  }
  const citeRows: CiteRow[] = [...cites.values()].map((c) => {
    const m = c.mentions[c.first];
    return {
      from: c.from, to: c.to, type: c.type,
      props: { quote: c.quote, start: m.start, end: m.end, starts: c.mentions.map((x) => x.start), ends: c.mentions.map((x) => x.end), mentions: c.mentions.length },
    };
  });

  return {
    docRows, byKey, docOf, stubs, citeRows, links, guessed, partOf: [...partOf.values()],
    authorities: [...authorities.values()].map((a) => ({ key: a.key, name: a.name, code: a.code, level: a.level, province: a.province, branch: a.branch })),
  };
}

/** Write a batch's rows in one transaction and account for them in the summary. */
async function writeRows(batch: Array<{ doc: ParsedDocument; text: string }>, r: BatchRows, summary: IngestSummary): Promise<void> {
  const { docRows, byKey, docOf, stubs, citeRows, links, guessed } = r;
  // 3. what is there already
  const allKeys = [...byKey.keys(), ...stubs.keys()];
  const existing = new Map<string, { stub: boolean; hash: string | null }>();
  const tRead = Date.now();
  const rows = await inReadTransaction(async (tx) => rowsOf(await tx.run(cypher('ingest-existing'), { keys: allKeys })));
  summary.timings.read += Date.now() - tRead;
  for (const r of rows) existing.set(r.key as string, { stub: !!r.stub, hash: (r.hash as string | null) ?? null });
  const status = new Map<string, IngestSummary['results'][number]['status']>();
  for (const d of docRows) {
    const e = existing.get(d.key);
    status.set(d.key, !e ? 'loaded' : e.stub ? 'upgraded' : e.hash === d.props.hash ? 'unchanged' : 'updated');
  }
  const toWrite = docRows.filter((d) => status.get(d.key) !== 'unchanged');
  const writeKeys = new Set(toWrite.map((d) => d.key));
  const updatedKeys = toWrite.filter((d) => status.get(d.key) === 'updated').map((d) => d.key);

  // 4. write, all or nothing
  if (toWrite.length) {
    // Authorities and their hierarchy repeat in every batch: send only those not yet written by this process.
    const done = written();
    const auths = r.authorities.filter((a) => !done.has(a.key));
    const partOfNew = r.partOf.filter((p) => !done.has(`${p.child}>${p.parent}`));
    const stubRows = [...stubs.values()].filter((s) => !existing.has(s.key) || existing.get(s.key)!.stub);
    const citesW = citeRows.filter((c) => writeKeys.has(c.from));
    const linksW = links.filter((l) => writeKeys.has(l.evidence));
    // Guessed-year stubs of the same number that this batch's documents replace (usually none).
    const mergeRows = toWrite
      .filter((d) => d.numberKey && (guessed.get(`${d.numberKey}|${d.scope}`) ?? []).some((y) => y >= (d.year ?? 0) && y !== d.year))
      .map((d) => ({ key: d.key, numberKey: d.numberKey, scope: d.scope, year: d.year ?? 0 }));
    try {
      const tWrite = Date.now();
      const merged = await inWriteTransaction(async (tx: ManagedTransaction) => {
        if (updatedKeys.length) await tx.run(cypher('ingest-clear'), { keys: updatedKeys });
        if (auths.length || partOfNew.length) await tx.run(cypher('ingest-authorities'), { authorities: auths, partOf: partOfNew });
        const shape = ({ key, props, issuerKey, recipients, signer, receipts }: DocRow) => ({ key, props, issuerKey, recipients, signer, receipts });
        // Never seen before: CREATE; a stub to upgrade or a changed document: MERGE.
        const fresh = toWrite.filter((d) => !existing.has(d.key));
        const known = toWrite.filter((d) => existing.has(d.key));
        if (fresh.length) await tx.run(cypher('ingest-documents-new'), { docs: fresh.map(shape) });
        if (known.length) await tx.run(cypher('ingest-documents'), { docs: known.map(shape) });
        const newStubs = stubRows.filter((st) => !existing.has(st.key));
        const oldStubs = stubRows.filter((st) => existing.has(st.key));
        if (newStubs.length) await tx.run(cypher('ingest-stubs-new'), { stubs: newStubs });
        if (oldStubs.length) await tx.run(cypher('ingest-stubs'), { stubs: oldStubs });
        // Implied links before citations: on a graph still empty, the first batch's link lookup
        // scans this transaction's relationships (see ingest-implied), fewer before the citations.
        if (linksW.length) await tx.run(cypher('ingest-implied'), { links: linksW });
        if (citesW.length) await tx.run(cypher('ingest-citations'), { cites: citesW });
        const m = mergeRows.length ? rowsOf(await tx.run(cypher('ingest-merge-stubs'), { docs: mergeRows })) : [];
        return m.reduce((a, r) => a + ((r.merged as number) ?? 0), 0);
      });
      summary.stubsUpgraded += merged;
      summary.stubsCreated += stubRows.filter((s) => !existing.has(s.key)).length;
      summary.citations += citesW.length + linksW.length;
      for (const a of auths) done.add(a.key);
      for (const p of partOfNew) done.add(`${p.child}>${p.parent}`);
      summary.timings.write += Date.now() - tWrite;
    } catch (e) {
      throw toUnavailable(e, currentSettings().uri, currentSettings().user) ?? e;
    }
  }
  // 5. the summary
  for (const { doc } of batch) {
    const row = docOf.get(doc)!;
    const st = status.get(row.key)!;
    summary.results.push({ key: row.key, source: doc.source, number: doc.number, status: st, warnings: doc.warnings });
    summary.warnings += doc.warnings.length;
  }
  summary.documents += batch.length;
  for (const d of docRows) {
    const st = status.get(d.key)!;
    if (st === 'loaded') summary.loaded++;
    else if (st === 'updated') summary.updated++;
    else if (st === 'unchanged') summary.unchanged++;
    else summary.stubsUpgraded++;
  }
  summary.unresolved += [...stubs.keys()].filter((k) => !byKey.has(k)).length;
}

/** Words for the full-text index that the analyzer would otherwise miss: the symbol split up, the type. */
function searchText(d: { number: string | null; type: string | null; title?: string | null; issuer: Issuer | null }): string {
  const parts = [d.type, d.number, d.number?.replace(/[/-]/g, ' '), d.issuer?.name, d.issuer?.province];
  return foldKey(parts.filter(Boolean).join(' '));
}

/**
 * Delete everything (tests, `ingest --reset`). Uses an auto-commit transaction so the batched
 * delete can commit as it goes.
 * @example await clearDatabase()
 */
export async function clearDatabase(): Promise<void> {
  written().clear();
  const s = currentSettings();
  const session = getDriver().session({ database: s.database });
  try {
    await session.run(cypher('clear-database'));
  } catch (e) {
    throw toUnavailable(e, s.uri, s.user) ?? e;
  } finally {
    await session.close();
  }
}
