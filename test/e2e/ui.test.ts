/**
 * Browser tests of the page (client/), driving Debian's Chromium with playwright-core against
 * the real API and the real Neo4j that jest's global setup starts, loaded with the seeds.
 * The client is built first when client/dist is missing or older than its sources.
 * Screenshots go to test/artifacts/ (git-ignored).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/api/app';
import { closeDriver } from '../../server/graph/driver';
import { clearDatabase, ingestPaths } from '../../server/graph/ingest';
import { SEEDS } from '../helpers/seeds';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ensureClientBuilt, idsByNumber, ROOT } from './client-build';

const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const TOKEN = 'e2e-test-token';

const IDS = { tb172: '', cv1276: '', vx628: '' };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

async function shot(name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Wait until the graph the URL asks for is drawn; returns the load state. */
async function settled(p: Page = page): Promise<string> {
  await p.waitForFunction(() => !!(window as any).__dg);
  return p.evaluate(() => (window as any).__dg.settled());
}

async function open(url: string): Promise<void> {
  await page.goto(`${server.url}${url}`);
  await settled();
}

/** Numbers of the drawn documents. */
function drawnNumbers(): Promise<string[]> {
  return page.evaluate(() => (window as any).__cy.nodes('.doc').map((n: any) => n.data('number')).sort());
}

/** Click a drawn node at its on-screen position. */
async function clickNode(id: string): Promise<void> {
  const pos = await page.evaluate((nid) => {
    const cy = (window as any).__cy;
    const n = cy.getElementById(nid);
    const p = n.renderedPosition();
    const r = cy.container().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
  await page.mouse.click(pos.x, pos.y);
}

/** Click an empty spot of the graph (clears the selection and its highlight). */
async function clickBackground(): Promise<void> {
  const r = await page.locator('#cy').boundingBox();
  await page.mouse.click(r!.x + 12, r!.y + r!.height - 12);
}

const xssDoc = [
  'UỶ BAN NHÂN DÂN',
  'XÃ THỬ NGHIỆM',
  '',
  'Số: 77/UBND-VP',
  '',
  'Thử Nghiệm, ngày 02 tháng 4 năm 2020',
  '',
  'V/v thử nghiệm hiển thị <script>window.__xss=1</script> an toàn',
  '',
  'Kính gửi: Các thôn, bản.',
  '',
  'Thực hiện Công văn số 628/UBND-VX ngày 29/3/2020 của UBND tỉnh Lai Châu, nội dung <img src=x onerror="window.__xss=2"> phải hiện ra như chữ.',
  '',
  '<script>window.__xss=1</script>',
  '',
  'CHỦ TỊCH',
  'Nguyễn Văn A',
].join('\n');

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  ensureClientBuilt();
  await clearDatabase();
  await ingestPaths([SEEDS]);
  server = await startServer({ port: 0, staticDir: DIST, config: { apiToken: TOKEN, logLevel: 'silent', rateLimitWrites: 1000 } });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  Object.assign(IDS, await idsByNumber(server.url, { tb172: '172-TB/TW', cv1276: '1276-CV/TU', vx628: '628/UBND-VX' }));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close(1000);
  await closeDriver();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('search "172" lists 172-TB/TW and opens it', async () => {
  await open('/');
  await page.fill('#search-input', '172');
  await page.press('#search-input', 'Enter');
  const link = page.locator('.result-link', { hasText: '172-TB/TW' });
  await link.waitFor();
  await shot('01-search');
  await link.click();
  await settled();
  await page.locator('.doc-title', { hasText: '172-TB/TW' }).waitFor();
  expect(await page.evaluate(() => (window as any).__dg.state().doc)).toBe(IDS.tb172);
  expect(await drawnNumbers()).toContain('172-TB/TW');
});

test('trace down from 172-TB/TW draws 628/UBND-VX through 1276-CV/TU, with delays', async () => {
  await page.click('#modes [data-mode="trace-down"]');
  expect(await settled()).toBe('ready');
  const numbers = await drawnNumbers();
  expect(numbers).toEqual(expect.arrayContaining(['172-TB/TW', '1276-CV/TU', '628/UBND-VX']));
  const links = await page.evaluate(({ a, b, c }) => {
    const cy = (window as any).__cy;
    const has = (s: string, t: string) => cy.edges('.cite').some((e: any) => e.source().id() === s && e.target().id() === t);
    return { vxCitesCv: has(c, b), cvCitesTb: has(b, a), label: cy.getElementById(c).data('label') };
  }, { a: IDS.tb172, b: IDS.cv1276, c: IDS.vx628 });
  expect(links.vxCitesCv).toBe(true);
  expect(links.cvCitesTb).toBe(true);
  // 21/3/2020 → 29/3/2020: eight days from the root.
  expect(links.label).toContain('+8');
  // Selecting 628 highlights its path from the root and fades the rest.
  await clickNode(IDS.vx628);
  await page.locator('.doc-title', { hasText: '628/UBND-VX' }).waitFor();
  const hl = await page.evaluate(() => (window as any).__cy.nodes('.hl').map((n: any) => n.data('number')).sort());
  expect(hl).toEqual(['1276-CV/TU', '172-TB/TW', '628/UBND-VX']);
  await shot('02-trace-down');
});

test('the timeline layout puts documents in date order along x', async () => {
  await page.selectOption('#layout', 'timeline');
  await settled();
  const nodes = await page.evaluate(() => (window as any).__cy.nodes('.doc').map((n: any) => ({ d: n.data('issuedOn'), x: n.position('x') })));
  const dated = nodes.filter((n: { d: string | null }) => n.d).sort((a: { d: string }, b: { d: string }) => a.d.localeCompare(b.d));
  expect(dated.length).toBeGreaterThanOrEqual(3);
  for (let i = 1; i < dated.length; i++) expect(dated[i].x).toBeGreaterThanOrEqual(dated[i - 1].x);
  expect(await page.evaluate(() => (window as any).__dg.state().layout)).toBe('timeline');
  await shot('03-timeline');
});

test('a highlighted reference in the text opens the cited document', async () => {
  await clickNode(IDS.vx628);
  await page.locator('.doc-title', { hasText: '628/UBND-VX' }).waitFor();
  const ref = page.locator(`.doc-text a.ref[data-id="${IDS.cv1276}"]`).first();
  await ref.scrollIntoViewIfNeeded();
  await shot('04-panel-text');
  await ref.click();
  await page.locator('.doc-title', { hasText: '1276-CV/TU' }).waitFor();
  expect(await page.evaluate(() => (window as any).__dg.state().sel)).toBe(IDS.cv1276);
});

test('export PNG, SVG and GraphML', async () => {
  await clickBackground();
  expect(await page.evaluate(() => (window as any).__cy.nodes('.faded').length)).toBe(0);
  const exportAs = async (kind: string) => {
    await page.click('#export-menu > summary');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
    const file = path.join(ARTIFACTS, `export-${dl.suggestedFilename()}`);
    await dl.saveAs(file);
    return fs.readFileSync(file);
  };
  const png = await exportAs('png');
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(50);
  expect(height).toBeGreaterThan(50);

  const svg = (await exportAs('svg')).toString('utf8');
  const svgCheck = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.nodeName, text: doc.documentElement.textContent };
  }, svg);
  expect(svgCheck.error).toBe(0);
  expect(svgCheck.root).toBe('svg');
  expect(svgCheck.text).toContain('172-TB/TW');
  expect(svgCheck.text).toContain('628/UBND-VX');

  const graphml = (await exportAs('graphml')).toString('utf8');
  const gm = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return { error: doc.getElementsByTagName('parsererror').length, nodes: doc.getElementsByTagName('node').length, edges: doc.getElementsByTagName('edge').length };
  }, graphml);
  expect(gm.error).toBe(0);
  expect(gm.nodes).toBeGreaterThanOrEqual(3);
  expect(gm.edges).toBeGreaterThanOrEqual(2);
});

test('reloading a deep link brings the same view back', async () => {
  const url = page.url();
  expect(url).toContain('mode=trace-down');
  expect(url).toContain('layout=timeline');
  const before = {
    numbers: await drawnNumbers(),
    state: await page.evaluate(() => (window as any).__dg.state()),
    title: await page.locator('.doc-title').textContent(),
    positions: await page.evaluate(() => (window as any).__cy.nodes('.doc').map((n: any) => [n.id(), Math.round(n.position('x'))]).sort()),
  };
  const fresh = await context.newPage();
  fresh.on('pageerror', (e) => pageErrors.push(e.message));
  await fresh.goto(url);
  await settled(fresh);
  const after = {
    numbers: await fresh.evaluate(() => (window as any).__cy.nodes('.doc').map((n: any) => n.data('number')).sort()),
    state: await fresh.evaluate(() => (window as any).__dg.state()),
    layoutSelect: await fresh.inputValue('#layout'),
    title: await fresh.locator('.doc-title').textContent(),
    positions: await fresh.evaluate(() => (window as any).__cy.nodes('.doc').map((n: any) => [n.id(), Math.round(n.position('x'))]).sort()),
  };
  expect(after.numbers).toEqual(before.numbers);
  expect(after.state).toEqual(before.state);
  expect(after.layoutSelect).toBe('timeline');
  expect(after.title).toBe(before.title);
  expect(after.positions).toEqual(before.positions);
  await fresh.screenshot({ path: path.join(ARTIFACTS, '05-deep-link-reload.png') });
  await fresh.close();
});

test('presentation mode steps through the chain with the keyboard', async () => {
  await open(`/?doc=${encodeURIComponent(IDS.tb172)}&mode=trace-down&sel=${encodeURIComponent(IDS.vx628)}`);
  await page.click('#present');
  const pres = page.locator('#presentation');
  await pres.waitFor({ state: 'visible' });
  await expect(pres.locator('.present-doc h2').textContent()).resolves.toContain('172-TB/TW');
  await page.keyboard.press('ArrowRight');
  await expect(pres.locator('.present-doc h2').textContent()).resolves.toContain('1276-CV/TU');
  await page.keyboard.press('ArrowRight');
  await expect(pres.locator('.present-doc h2').textContent()).resolves.toContain('628/UBND-VX');
  await pres.locator('.present-quote blockquote').waitFor();
  expect(await pres.locator('.present-quote blockquote').textContent()).toContain('1276');
  await page.screenshot({ path: path.join(ARTIFACTS, '06-presentation.png') });
  await page.keyboard.press('ArrowLeft');
  await expect(pres.locator('.present-doc h2').textContent()).resolves.toContain('1276-CV/TU');
  await page.keyboard.press('Escape');
  await pres.waitFor({ state: 'hidden' });
});

test('the graph works from the keyboard: arrows move and announce, Escape returns to the root, Enter traces', async () => {
  await open(`/?doc=${encodeURIComponent(IDS.cv1276)}&mode=trace-down`);
  const selected = () => page.evaluate(() => (window as any).__dg.state().sel as string | null);
  const positions = await page.evaluate(() => {
    const cy = (window as any).__cy;
    return Object.fromEntries(cy.nodes('.doc').map((n: any) => [n.id(), n.position()]));
  });
  // Tab order reaches the graph, and it says how to use it.
  await page.focus('#cy');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
  expect(await page.locator('#graph-keys').textContent()).toMatch(/Enter/);
  // Nothing selected: an arrow selects the document nearest the middle of the view.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => !!(window as any).__dg.state().sel);
  const first = await selected();
  expect(Object.keys(positions)).toContain(first);
  // Layered layout: 1276-CV/TU is above 628/UBND-VX, which implements it. Up goes to 1276, down to 628.
  expect(positions[IDS.cv1276].y).toBeLessThan(positions[IDS.vx628].y);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction((id) => (window as any).__dg.state().sel === id, IDS.cv1276);
  await page.locator('#graph-announce', { hasText: '1276-CV/TU' }).waitFor();
  await page.locator('.doc-title', { hasText: '1276-CV/TU' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((id) => (window as any).__dg.state().sel === id, IDS.vx628);
  expect(await page.locator('#graph-announce').textContent()).toContain('628/UBND-VX');
  await shot('04b-keyboard');
  // Escape goes back to the graph's own document, as a click on the background does.
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => (window as any).__dg.state().sel === id, IDS.cv1276);
  // Enter traces from the selected document, as a double click does.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((id) => (window as any).__dg.state().sel === id, IDS.vx628);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => (window as any).__dg.state().doc === id, IDS.vx628);
  expect(await settled()).toBe('ready');
});

test('play reveals the documents in date order', async () => {
  // The chain 172-TB/TW → 1276-CV/TU → 628/UBND-VX: three documents, three dates.
  await open(`/?doc=${encodeURIComponent(IDS.tb172)}&mode=trace-down`);
  await page.fill('#play-speed', '6');
  await page.click('#play');
  const seen: number[] = [];
  for (let i = 0; i < 100; i++) {
    seen.push(await page.evaluate(() => (window as any).__cy.nodes('.doc').not('.play-hidden').length));
    if (seen[seen.length - 1] === 3 && i > 0) break;
    await page.waitForTimeout(60);
  }
  expect(Math.min(...seen)).toBeLessThan(3);
  expect(seen[seen.length - 1]).toBe(3);
  await page.click('#play-stop');
});

test('filters combine with the trace: non-matching documents on the way stay as faded context', async () => {
  await open(`/?doc=${encodeURIComponent(IDS.tb172)}&mode=trace-down&from=2020-03-25`);
  const classes = await page.evaluate(() => Object.fromEntries((window as any).__cy.nodes('.doc').map((n: any) => [n.data('number'), n.hasClass('context')])));
  expect(classes).toEqual({ '172-TB/TW': false, '1276-CV/TU': true, '628/UBND-VX': false });
  await open(`/?doc=${encodeURIComponent(IDS.tb172)}&mode=trace-down&level=central`);
  expect(await drawnNumbers()).toEqual(['172-TB/TW']);
});

test('upload with the API token lists the results, and an XSS payload stays inert text', async () => {
  await open('/');
  await page.click('#upload-open');
  await page.fill('#upload-token', TOKEN);
  // Drag and drop onto the drop zone.
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'xss-77-UBND-VP.txt', { type: 'text/plain' }));
    const zone = document.querySelector('.drop-zone')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, xssDoc);
  expect(await page.locator('.upload-item').count()).toBe(1);
  await page.click('#upload-start');
  await page.locator('.upload-item.ok').waitFor({ timeout: 60_000 });
  expect(await page.locator('.upload-item progress').evaluate((p: HTMLProgressElement) => p.value)).toBe(100);
  const doc = page.locator('.uploaded-doc').first();
  expect(await doc.textContent()).toContain('77/UBND-VP');
  await page.screenshot({ path: path.join(ARTIFACTS, '07-upload.png') });
  await doc.locator('button').click();
  await page.locator('.doc-title', { hasText: '77/UBND-VP' }).waitFor();
  await settled();
  const text = await page.locator('.doc-text').textContent();
  expect(text).toContain('<script>window.__xss=1</script>');
  expect(text).toContain('<img src=x onerror="window.__xss=2">');
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  expect(await page.locator('#side img, #side script').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  await shot('08-xss-inert');
});

test('a wrong token is refused with a readable message', async () => {
  await page.click('#upload-open');
  await page.fill('#upload-token', 'wrong-token');
  await page.setInputFiles('#upload-files', [{ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from(xssDoc, 'utf8') }]);
  await page.click('#upload-start');
  await page.locator('.upload-item.failed').waitFor();
  expect(await page.locator('.upload-message').textContent()).toMatch(/401|403/);
  await page.click('#upload-close');
});

test('Neo4j down (503), nothing found and a truncated overview are shown', async () => {
  await page.route('**/api/documents/*/trace*', (route) => route.fulfill({
    status: 503, contentType: 'application/json',
    body: JSON.stringify({ error: 'unavailable', message: 'Neo4j is not reachable', details: {} }),
  }));
  await open(`/?doc=${encodeURIComponent(IDS.tb172)}&mode=trace-down`);
  expect(await page.evaluate(() => (window as any).__dg.graphState())).toBe('error');
  expect(await page.locator('#status').textContent()).toContain('Neo4j');
  await shot('09-neo4j-down');
  await page.unroute('**/api/documents/*/trace*');

  await page.fill('#search-input', 'zzqxw không có');
  await page.press('#search-input', 'Enter');
  await page.locator('.status-box.info', { hasText: 'zzqxw' }).waitFor();

  await open('/?mode=overview&limit=500');
  await page.route('**/api/graph*', async (route) => {
    const res = await route.fetch();
    const body = await res.json();
    await route.fulfill({ response: res, json: { ...body, truncated: true, total: body.nodes.length + 1000 } });
  });
  await page.reload();
  await settled();
  expect(await page.locator('#status').textContent()).toMatch(/\d/);
  expect(await page.locator('#status .status-box.warn').count()).toBeGreaterThan(0);
  await shot('10-overview-truncated');
  await page.unroute('**/api/graph*');
});

test('the interface switches to English and back', async () => {
  await open(`/?doc=${encodeURIComponent(IDS.tb172)}&mode=trace-down`);
  await page.click('#lang-switch');
  expect(await page.locator('#modes [data-mode="trace-down"]').textContent()).toBe('Trace down');
  expect(await page.evaluate((id) => (window as any).__cy.getElementById(id).data('label'), IDS.vx628)).toContain('days');
  await shot('11-english');
  await page.click('#lang-switch');
  expect(await page.locator('#modes [data-mode="trace-down"]').textContent()).toBe('Truy xuống');
});
