/**
 * The upload use case: read every file (txt/md/html in UTF-8 or UTF-16, docx, pdf with a text
 * layer), parse them all, and only when every file could be read, ingest them in one go.
 * One unreadable file (empty, binary, scanned PDF...) fails the whole upload with 422 and
 * nothing written, so a client never has to work out which half of a batch went in.
 */
import { ingestParsed, type ParsedFile } from '../graph/ingest';
import { assertGraphAvailable, documentSummaries, invalidateAggregates } from '../graph/read';
import { InputError, parseText } from '../parse';
import { extractText } from '../io/read';
import { UploadResult } from '../schema';
import { InvalidInputError, UnprocessableError } from './errors';

/** One uploaded file: its name (the extension picks the reader) and bytes. */
export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

/** Why a file could not be used. */
export interface FileError {
  source: string;
  error: string;
  message: string;
}

/**
 * Reads and parses the files; returns what parsed and what failed (never throws for bad input).
 * @example await parseUploads([{ name: 'a.txt', bytes: Buffer.from('Số: 12/UBND ...') }]) // → { parsed: [{ documents: [...], text }], errors: [] }
 */
export async function parseUploads(files: UploadFile[]): Promise<{ parsed: ParsedFile[]; errors: FileError[] }> {
  const parsed: ParsedFile[] = [];
  const errors: FileError[] = [];
  for (const file of files) {
    try {
      const { text, warnings } = await extractText(file.bytes, file.name);
      const documents = parseText(text, file.name, warnings);
      if (!documents.length) {
        errors.push({ source: file.name, error: 'no_document', message: 'no document found in the text' });
        continue;
      }
      parsed.push({ documents, text });
    } catch (e) {
      const err = e as Error;
      errors.push({
        source: file.name,
        error: e instanceof InputError ? e.code : err.name || 'Error',
        message: err.message,
      });
    }
  }
  return { parsed, errors };
}

/**
 * Parses every file, then ingests them all in one go and reports each document with its status
 * (loaded, updated, unchanged, upgraded from a stub). Throws InvalidInputError (400) for no
 * files, UnprocessableError (422, details.errors per file) when any file cannot be read, and
 * the graph's UnavailableError (503) when Neo4j is down; in those cases nothing is written.
 * @example await uploadDocuments([{ name: '628.txt', bytes }]) // → { documents: [{ id: '628/UBND-VX|lai chau|2020', status: 'loaded', ... }], errors: [] }
 */
export async function uploadDocuments(files: UploadFile[]): Promise<UploadResult> {
  if (!files.length) throw new InvalidInputError("No file: send multipart/form-data with the field 'files', or a text/plain body");
  const { parsed, errors } = await parseUploads(files);
  if (errors.length) {
    throw new UnprocessableError(
      `${errors.length} of ${files.length} file(s) could not be read (${errors.map((e) => `${e.source}: ${e.message}`).join('; ')}); nothing was written`,
      { errors },
    );
  }
  await assertGraphAvailable();
  const summary = await ingestParsed(parsed).finally(invalidateAggregates);
  const summaries = await documentSummaries(summary.results.map((r) => r.key));
  const seen = new Set<string>();
  const documents: UploadResult['documents'] = [];
  for (const r of summary.results) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    const s = summaries.get(r.key);
    const base = s ?? {
      id: r.key, number: r.number, type: null, title: null, issuer: null, issuedOn: null,
      level: null, province: null, stub: false, citedByCount: 0,
    };
    documents.push({ ...base, warnings: r.warnings, status: r.status });
  }
  return UploadResult.parse({ documents, errors: summary.failed });
}
