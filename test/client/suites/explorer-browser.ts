import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { MyItemsDocument } from '../../../client';
import { API_DIRECTORY, DEMO_PASSWORD, type ToyApiHarness } from '../toyapi-harness';

/**
 * The explorer as a person uses it: Debian's Chromium opens GraphiQL at `/`, signs in as alice through the
 * page's form, runs myItems from the editor and finds her items in the result pane. Never a downloaded
 * browser: CI installs the `chromium` package (.ci/run); elsewhere the test is skipped, loudly, without it.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Git-ignored: what the browser saw, for people to look at after a run. */
const SCREENSHOT = path.join(API_DIRECTORY, '.artifacts', 'explorer-alice-my-items.png');
const PAGE_SIZE = 3;

export function describeExplorerInBrowser(harness: () => ToyApiHarness): void {
  const hasChromium = existsSync(CHROMIUM);
  const inCi = Boolean(process.env.CI);
  if (!hasChromium && !inCi) {
    console.warn(
      `\n${'!'.repeat(100)}\n  SKIPPED: the explorer browser test needs Debian's Chromium at ${CHROMIUM}.\n` +
        `  Install it with: apt-get update && apt-get install -y chromium   (in CI the test fails without it)\n${'!'.repeat(100)}\n`,
    );
  }

  (hasChromium || inCi ? describe : describe.skip)('the explorer (GraphiQL) in Chromium', () => {
    let profile: string | undefined;
    let browser: BrowserContext | undefined;

    beforeAll(async () => {
      if (!hasChromium) throw new Error(`CI must provide Debian's Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
      // A fresh profile: nothing GraphiQL stored in another run (tabs, headers) can leak in.
      profile = mkdtempSync(path.join(tmpdir(), 'toyapi-chromium-'));
      browser = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        headless: true,
        viewport: { width: 1280, height: 900 },
      });
    });

    afterAll(async () => {
      await browser?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('signs in as alice, runs myItems from the editor and shows her items', async () => {
      const toyApi = harness();
      const { myItems } = await toyApi.users.alice.request(MyItemsDocument, { limit: PAGE_SIZE });
      expect(myItems.items.length).toBeGreaterThan(0);
      if (!browser) throw new Error('Chromium did not start');
      const page = browser.pages()[0] ?? (await browser.newPage());
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      await page.goto(`${toyApi.api.url}/`);
      await page.getByLabel('username').fill('alice');
      await page.getByLabel('password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Signed in as alice').waitFor();

      await page.locator('.graphiql-query-editor .CodeMirror').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      // insertText, not typing: the editor would close every brace typed.
      await page.keyboard.insertText(`query MyItems { myItems(limit: ${PAGE_SIZE}) { items { id message } nextToken } }`);
      await page.getByRole('button', { name: /Execute query/ }).click();

      const resultPane = page.locator('.result-window');
      await resultPane.getByText(myItems.items[0].id).waitFor();
      const shown = await resultPane.innerText();
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });

      for (const item of myItems.items) {
        expect(shown).toContain(item.id);
        expect(shown).toContain(JSON.stringify(item.message));
      }
      expect(shown).not.toContain('"errors"');
      expect(pageErrors).toEqual([]);
    });
  });
}
