/**
 * /api/documents routes: search, one document, its trace, and uploads (POST, token-guarded,
 * rate-limited). Thin: validate the input with the zod schemas of ../params → call the graph
 * read or the upload use case → answer JSON.
 */
import * as path from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import multer from 'multer';
import rateLimit from 'express-rate-limit';
import { getDocument, searchDocuments, traceDocument } from '../../graph/read';
import type { Config } from '../config';
import { requireWriteToken } from '../auth';
import { NotFoundError, TooManyRequestsError, UnsupportedMediaTypeError } from '../errors';
import { DocumentIdParams, SearchQuery, TraceQuery, UploadQuery, boolOf, parseInput, query, relationsOf } from '../params';
import { uploadDocuments, type UploadFile } from '../upload';

/** Content types POST /api/documents takes as a raw body (one file). */
const RAW_TYPES = ['text/plain', 'text/markdown', 'text/html', 'application/octet-stream', 'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/** Multer filenames arrive as the browser sent them (UTF-8); keep only the base name. */
function baseName(name: string): string {
  const b = path.basename(name.replace(/\\/g, '/')).normalize('NFC').trim();
  return b || 'upload.txt';
}

function uploadBody(config: Config): RequestHandler {
  const files = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.maxUploadBytes, files: config.maxUploadFiles, fields: 20, fieldSize: 64 * 1024, parts: config.maxUploadFiles + 20 },
    defParamCharset: 'utf8',
  }).array('files', config.maxUploadFiles);
  const raw = express.raw({ type: RAW_TYPES, limit: config.maxUploadBytes });
  return (req, res, next) => {
    if (req.is('multipart/form-data')) files(req, res, next);
    else if (req.is(RAW_TYPES)) raw(req, res, next);
    else next(new UnsupportedMediaTypeError(`Send multipart/form-data (field 'files') or a text/plain body; got '${req.get('content-type') ?? 'no content type'}'`));
  };
}

/**
 * The /api/documents router.
 * @example app.use('/api', documentsRouter(config));
 */
export function documentsRouter(config: Config): Router {
  const router = Router();

  router.get('/documents', async (req, res) => {
    const q = query(req, SearchQuery);
    res.json(await searchDocuments({ ...q, stub: boolOf(q.stub) }));
  });

  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(DocumentIdParams, req.params, 'path');
    const doc = await getDocument(id);
    if (!doc) throw new NotFoundError(`No document with id '${id}'`, { id });
    res.json(doc);
  });

  router.get('/documents/:id/trace', async (req, res) => {
    const { id } = parseInput(DocumentIdParams, req.params, 'path');
    const q = query(req, TraceQuery);
    const trace = await traceDocument(id, { direction: q.direction, depth: q.depth, relations: relationsOf(q.relations), limit: q.limit });
    if (!trace) throw new NotFoundError(`No document with id '${id}'`, { id });
    res.json(trace);
  });

  const writeLimiter = rateLimit({
    windowMs: 60_000,
    limit: config.rateLimitWrites,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new TooManyRequestsError(`Too many write requests: at most ${config.rateLimitWrites} per minute`)),
  });

  router.post('/documents', writeLimiter, requireWriteToken(config.apiToken), uploadBody(config), async (req, res) => {
    let files: UploadFile[];
    if (Array.isArray(req.files)) {
      files = req.files.map((f) => ({ name: baseName(f.originalname), bytes: f.buffer }));
    } else {
      const { source } = parseInput(UploadQuery, req.query, 'query');
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      files = [{ name: baseName(source), bytes: body }];
    }
    const result = await uploadDocuments(files);
    res.status(201).json(result);
  });

  return router;
}
