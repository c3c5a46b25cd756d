/**
 * Browser tests of the analytics views (client/panels/analytics) in Debian's Chromium, against
 * the real API and Neo4j loaded with the seeds (../shared/seeds): 172-TB/TW (Bộ Chính trị,
 * 21/3/2020) → 1276-CV/TU (Tỉnh ủy Lai Châu) → 628/UBND-VX (UBND tỉnh Lai Châu, 29/3/2020),
 * 53-CV/TU (Điện Biên) implementing 1699/CĐ-TTg, and the Thái Bình công điện implementing
 * 10-TB/VPTW. Screenshots go to test/artifacts/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/api/app';
import { closeDriver } from '../../server/graph/driver';
import { clearDatabase, ingestPaths } from '../../server/graph/ingest';
import { SEEDS } from '../helpers/seeds';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ensureClientBuilt, idsByNumber, ROOT } from './client-build';

const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const IDS = { tb172: '', cv1276: '', vx628: '', cd1699: '' };

let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const state = () => page.evaluate(() => (window as any).__dg.state());
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

async function open(query: string): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => !!(window as any).__dg);
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  ensureClientBuilt();
  await clearDatabase();
  await ingestPaths([SEEDS]);
  server = await startServer({ port: 0, staticDir: DIST, config: { logLevel: 'silent' } });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  Object.assign(IDS, await idsByNumber(server.url, { tb172: '172-TB/TW', cv1276: '1276-CV/TU', vx628: '628/UBND-VX', cd1699: '1699/CĐ-TTg' }));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close(1000);
  await closeDriver();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('the lag report of 172-TB/TW opens from the document panel and lists the Lai Châu chain with its delays', async () => {
  await open(`?doc=${encodeURIComponent(IDS.tb172)}`);
  const lagButton = page.locator('#side [data-action="lag"]').first();
  await lagButton.waitFor();
  await lagButton.click();
  await page.locator('#analytics[open]').waitFor();
  const s = await state();
  expect([s.an, s.adoc]).toEqual(['lag', IDS.tb172]);
  expect(page.url()).toContain('an=lag');
  const rows = page.locator('#analytics table[data-table="lag"] tbody tr');
  await rows.first().waitFor();
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
  expect(ids).toEqual(expect.arrayContaining([IDS.cv1276, IDS.vx628]));
  // 628/UBND-VX is dated 29/3/2020, eight days after the conclusion of 21/3/2020.
  const vxRow = await page.locator(`#analytics table[data-table="lag"] tr[data-id="${IDS.vx628}"]`).innerText();
  expect(vxRow).toContain('+8');
  expect(vxRow).toContain('Lai Châu');
  await shot('an-01-lag');
  // Esc closes the overlay through the state: the URL loses `an` and the document stays open.
  await page.keyboard.press('Escape');
  await page.locator('#analytics[open]').waitFor({ state: 'detached' }).catch(() => undefined);
  expect(await page.locator('#analytics').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  const after = await state();
  expect(after.an).toBeNull();
  expect(after.doc).toBe(IDS.tb172);
  // The back button brings the report back.
  await page.goBack();
  await page.locator('#analytics[open] table[data-table="lag"]').waitFor();
});

test('the coverage heat map has a Lai Châu cell under 172-TB/TW that opens the chain filtered to the province', async () => {
  await open('?an=coverage');
  const cell = page.locator(`#analytics button.cell-btn[data-province="Lai Châu"][data-root="${IDS.tb172}"]`);
  await cell.waitFor();
  // The earliest Lai Châu document carrying out the conclusion is the Tỉnh ủy letter.
  expect(await cell.getAttribute('data-earliest')).toBe(IDS.cv1276);
  expect(Number(await cell.innerText())).toBeGreaterThanOrEqual(0);
  // Điện Biên answered the Prime Minister's công điện, not the conclusion.
  expect(await page.locator(`#analytics button.cell-btn[data-province="Điện Biên"][data-root="${IDS.cd1699}"]`).count()).toBe(1);
  expect(await page.locator(`#analytics button.cell-btn[data-province="Điện Biên"][data-root="${IDS.tb172}"]`).count()).toBe(0);
  await shot('an-02-coverage');

  const csvLink = page.locator('#analytics [data-csv]').first();
  const [dl] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
  const file = path.join(ARTIFACTS, `an-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv).toContain('Lai Châu');
  expect(csv).toContain('172-TB/TW');

  await cell.click();
  await page.waitForFunction(() => (window as any).__dg.state().an === null);
  await page.evaluate(() => (window as any).__dg.settled());
  const s = await state();
  expect(s.mode).toBe('trace-down');
  expect(s.doc).toBe(IDS.tb172);
  expect(s.filters.province).toBe('Lai Châu');
  const drawn: string[] = await page.evaluate(() => (window as any).__cy.nodes('.doc').map((n: any) => n.data('number')));
  expect(drawn).toEqual(expect.arrayContaining(['172-TB/TW', '1276-CV/TU']));
});

test('rankings list the most cited documents and switch metric through the URL-free controls', async () => {
  await open('?an=rankings');
  const table = page.locator('#analytics table[data-table="rankings"]');
  await table.waitFor();
  expect(await table.getAttribute('data-by')).toBe('indegree');
  const first = await page.locator('#analytics table[data-table="rankings"] tbody tr').first().innerText();
  expect(first.length).toBeGreaterThan(0);
  await page.click('#analytics [data-by="pagerank"]');
  await page.locator('#analytics table[data-table="rankings"][data-by="pagerank"]').waitFor();
  const rows = await page.locator('#analytics table[data-table="rankings"] tbody tr').count();
  expect(rows).toBeGreaterThan(0);
  await shot('an-03-rankings');
});

test('gaps list cited documents the graph does not hold, such as 1699/CĐ-TTg', async () => {
  await open('?an=gaps');
  const table = page.locator('#analytics table[data-table="unloaded"]');
  await table.waitFor();
  const ids = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
  expect(ids).toContain(IDS.cd1699);
  // 1276-CV/TU is only known through the letters that cite it; the loaded 628/UBND-VX is no gap.
  expect(ids).toContain(IDS.cv1276);
  expect(ids).not.toContain(IDS.vx628);
  await shot('an-04-gaps');
});

test('text reuse shows the two documents side by side with the share the child repeats', async () => {
  // 1276-CV/TU has no text in the graph: the view says so instead of comparing.
  await open(`?an=reuse&adoc=${encodeURIComponent(IDS.vx628)}&awith=${encodeURIComponent(IDS.cv1276)}`);
  await page.locator('#analytics .an-body .status-box.info').first().waitFor();
  expect(await page.locator('#analytics .an-body [data-action="retry"]').count()).toBe(0);
  expect(await page.locator('#analytics .reuse-pane').count()).toBe(0);
  // Both 628/UBND-VX and the conclusion it carries out were loaded from seed 004.
  await open(`?an=reuse&adoc=${encodeURIComponent(IDS.vx628)}&awith=${encodeURIComponent(IDS.tb172)}`);
  const panes = page.locator('#analytics .reuse-pane');
  await panes.first().waitFor();
  expect(await panes.count()).toBe(2);
  const share = Number(await page.locator('#analytics .reuse-share').getAttribute('data-share'));
  expect(share).toBeGreaterThanOrEqual(0);
  expect(share).toBeLessThanOrEqual(1);
  const sides = await panes.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.side));
  expect(sides.sort()).toEqual(['child', 'parent'].sort());
  await shot('an-05-reuse');
});

test('the overlay follows the language switch', async () => {
  await open('?an=gaps');
  await page.locator('#analytics table[data-table="unloaded"]').waitFor();
  const vi = await page.locator('#an-tab-gaps').innerText();
  await page.evaluate(() => document.getElementById('analytics-close')?.click());
  await page.click('#lang-switch');
  await page.goto(`${server.url}/?an=gaps`);
  await page.locator('#analytics table[data-table="unloaded"]').waitFor();
  const en = await page.locator('#an-tab-gaps').innerText();
  expect(en).not.toBe(vi);
  expect(en.toLowerCase()).toContain('gap');
});
