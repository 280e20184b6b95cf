import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { sharedDemoRun, type DemoRun } from './demo-run.js';

// Debian's chromium, installed by .ci/run; Playwright never downloads a browser here.
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`demo-page.test.ts skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

(haveChromium ? describe : describe.skip)('demo-output/index.html in headless Chromium', () => {
  let run: DemoRun;
  let browser: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));

  beforeAll(async () => {
    run = await sharedDemoRun();
    // A fresh profile: Playwright takes it as the persistent context's directory (--user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('renders every Mermaid diagram as an SVG, with nothing fetched from outside', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) external.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(run.outDir, 'index.html')).href);
    // The page sets data-mermaid on <body> once Mermaid has run: "done", or "error: …".
    await page.locator('body[data-mermaid]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('body').getAttribute('data-mermaid')).toBe('done');

    const blocks = await page.locator('pre.mermaid').count();
    const diagramsInMarkdown = (readFileSync(join(run.outDir, 'index.html'), 'utf8').match(/<pre class="mermaid">/g) ?? []).length;
    expect(blocks).toBe(diagramsInMarkdown);
    expect(blocks).toBeGreaterThanOrEqual(5); // each promotion and rollback draws one
    expect(await page.locator('pre.mermaid svg').count()).toBe(blocks);
    // A diagram Mermaid could not parse renders as an SVG too, saying "Syntax error".
    expect(await page.locator('pre.mermaid').allInnerTexts()).not.toContainEqual(expect.stringContaining('Syntax error'));
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  }, 60_000);

  it('wraps wide tables (the deploy table\'s ARN column) inside the page', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(join(run.outDir, 'index.html')).href);
    // Evaluated in the page (a string: the test's TypeScript has no DOM types).
    const overflowing = await page.evaluate<string[]>(
      `[...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().right > document.body.getBoundingClientRect().right + 1).map((t) => t.closest('section')?.id ?? 'top')`,
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.close();
  }, 60_000);
});
