// The UI test's part for the corpus views (issue 6): the presstag side bar's Entities and Quotations trees
// filled for the open article, one entity expanded to its mentions, the switch to the workspace scope, a click
// on a mention that opens its document with the mention selected (checked in the status bar's selection), a
// speaker's quotations, and the Corpus overview webview with its charts drawn. Screenshots: entities-tree.png,
// quotations-tree.png, corpus-overview.png.
import * as path from 'node:path';
import { updateUserSettings } from './codeServer.mjs';

/** Runs the scenario on the open workbench; returns figures for the test's log. */
export async function corpusViewsScenario({ page, sandbox, step, screenshots, article }) {
  const entities = pane(page, 'Entities');
  const quotations = pane(page, 'Quotations');
  const figures = {};

  await step('presstag side bar: both trees filled for the open article', async () => {
    // The earlier steps end in the light theme; the screenshots here are in the dark one like the others.
    updateUserSettings(sandbox, { 'workbench.colorTheme': 'Default Dark Modern' });
    await page.reload();
    await page.locator('.monaco-workbench.vs-dark').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: article }).dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: article }).waitFor();
    await page.locator('.activitybar a.action-label[aria-label^="presstag"]').click();
    await rows(entities, 2).first().waitFor();
    await rows(quotations, 1).first().waitFor();
    figures.fileEntities = await rows(entities, 2).count();
    figures.fileSpeakers = await rows(quotations, 1).count();
  });

  await step('Entities: a type and an entity expanded to their mentions', async () => {
    const type = rows(entities, 1).first();
    if ((await type.getAttribute('aria-expanded')) !== 'true') {
      await type.click();
    }
    await rows(entities, 2).first().click();
    await rows(entities, 3).first().waitFor();
    const mention = await rows(entities, 3).first().getAttribute('aria-label');
    if (!/line \d+/.test(mention ?? '')) {
      throw new Error(`a mention row should name its line: ${mention}`);
    }
  });

  await step('switch to the workspace scope', async () => {
    await entities.locator('.pane-header').hover();
    await entities.locator('.pane-header a.action-label[aria-label="Show the Whole Workspace"]').click();
    await entities.locator('.pane-header .description', { hasText: 'workspace' }).waitFor();
    await entities.locator('.monaco-list-row[aria-level="2"]', { hasText: /· \d+ docs?/ }).first().waitFor();
    figures.workspaceEntities = await rows(entities, 2).count();
  });

  await step('a click on a mention opens its document with the mention selected', async () => {
    // With every editor closed, the click itself has to open the document.
    await page.keyboard.press('F1');
    await page.keyboard.type('View: Close All Editors');
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    await entities.locator('.pane-header').hover();
    await entities.locator('.pane-header a.action-label[aria-label="Collapse All"]').click();
    await rows(entities, 1).first().click();
    await rows(entities, 2).first().click();
    await rows(entities, 3).first().waitFor();
    await rows(entities, 3).first().click();
    const mention = rows(entities, 4).first();
    await mention.waitFor();
    const label = (await mention.getAttribute('aria-label')) ?? '';
    const parsed = /^(.*), (.+) line (\d+)$/.exec(label);
    if (!parsed) {
      throw new Error(`unexpected mention row label: ${label}`);
    }
    const [, text, document, line] = parsed;
    await mention.click();
    await page.locator('.tabs-container .tab.active', { hasText: document }).waitFor();
    await page.locator('#status\\.editor\\.selection', { hasText: new RegExp(`Ln ${line}, Col \\d+ \\(${text.length} selected\\)`) }).waitFor();
    figures.revealed = `«${text}» in ${document} line ${line}`;
    await page.mouse.move(700, 5);
    await page.screenshot({ path: path.join(screenshots, 'entities-tree.png') });
  });

  await step('Quotations: a speaker expanded, a quotation revealed', async () => {
    await quotations.locator('.pane-header .description', { hasText: 'workspace' }).waitFor();
    await rows(quotations, 1).first().click();
    const quote = rows(quotations, 2).first();
    await quote.waitFor();
    await quote.click();
    await page.locator('#status\\.editor\\.selection', { hasText: /\(\d+ selected\)/ }).waitFor();
    figures.workspaceSpeakers = await rows(quotations, 1).count();
    await page.mouse.move(700, 5);
    await page.screenshot({ path: path.join(screenshots, 'quotations-tree.png') });
  });

  await step('Corpus overview: its charts drawn', async () => {
    await entities.locator('.pane-header').hover();
    await entities.locator('.pane-header a.action-label[aria-label="Corpus Overview"]').click();
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('body[data-rendered]').waitFor();
    figures.charts = Number(await frame.locator('body').getAttribute('data-rendered'));
    figures.summary = await frame.locator('#summary').innerText();
    if (figures.charts < 3) {
      throw new Error(`the overview drew ${figures.charts} charts, not at least 3 (${figures.summary})`);
    }
    await page.mouse.move(700, 5);
    await page.screenshot({ path: path.join(screenshots, 'corpus-overview.png') });
  });

  return figures;
}

/** A view pane of the side bar, by its title. */
function pane(page, title) {
  return page.locator('.sidebar .pane', { has: page.locator(`.pane-header[aria-label^="${title}"]`) });
}

/** The visible rows of a tree at one depth (1 = roots). */
function rows(view, level) {
  return view.locator(`.monaco-list-row[aria-level="${level}"]`);
}
