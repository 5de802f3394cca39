// The UI test's part for issue 5: from the command palette, "presstag: Export Annotations…" writes the open
// article as an HTML page and as brat standoff into the folder `presstag.export.folder` names, with the article's
// entities and quotations; "Export Workspace Annotations…" writes every document; the HTML page, opened from disk
// in Chromium, must show coloured entities and quotations with their speakers. Then "presstag: Write Tags into the
// Text" puts the tags in the article, where the grammar colours their labels apart from their brackets, and one
// undo takes them all back. Screenshots: export-html.png, inline-tags.png.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { updateUserSettings } from './codeServer.mjs';

/** Runs the scenario on the open workbench; logs what it found. */
export async function exportScenario({ page, sandbox, step, screenshots, article, workspace }) {
  // Outside the workspace, so the brat copy of the article is not indexed as one more document by later steps.
  const out = path.join(sandbox.dir, 'exports');
  const stem = article.replace(/\.[^.]+$/, '');
  const articleText = fs.readFileSync(path.join(workspace, article), 'utf8');

  await step('export: the article open with presstag.export.folder set', async () => {
    updateUserSettings(sandbox, { 'presstag.export.folder': out });
    await page.reload();
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: article }).dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: article }).waitFor();
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Серик Жумангарин' }).first().click();
  });

  for (const format of ['html', 'brat']) {
    await step(`export: "presstag: Export Annotations…" as ${format}`, async () => {
      await runCommand(page, 'presstag: Export Annotations…');
      const item = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${format}$`) }) });
      await item.click();
      const written = format === 'html' ? `${stem}.html` : `${stem}.ann`;
      // The extension shows this message once the files are written.
      await page.locator('.notifications-toasts .notification-toast', { hasText: `wrote ${written}` }).first().waitFor();
      if (!fs.existsSync(path.join(out, written))) {
        throw new Error(`${path.join(out, written)} was not written`);
      }
    });
  }

  await step('export: the brat files hold the article and its tags', async () => {
    const ann = fs.readFileSync(path.join(out, `${stem}.ann`), 'utf8');
    if (!/^T\d+\tPER \d+ \d+\tСерик Жумангарин$/m.test(ann)) {
      throw new Error(`${stem}.ann has no PER «Серик Жумангарин»:\n${ann.slice(0, 300)}`);
    }
    if (fs.readFileSync(path.join(out, `${stem}.txt`), 'utf8') !== articleText) {
      throw new Error(`${stem}.txt is not the article byte for byte`);
    }
    if (!fs.existsSync(path.join(out, 'annotation.conf'))) {
      throw new Error('annotation.conf was not written');
    }
  });

  await step('export: "presstag: Export Workspace Annotations…" as json, every document', async () => {
    const documents = fs.readdirSync(workspace).filter((name) => /\.(txt|md)$/.test(name));
    await runCommand(page, 'presstag: Export Workspace Annotations…');
    await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: /^json$/ }) }).click();
    const summary = `exported ${documents.length} of ${documents.length} documents`;
    await page.locator('.notifications-toasts .notification-toast', { hasText: summary }).first().waitFor();
    const missing = documents.map((name) => `${name.replace(/\.[^.]+$/, '')}.json`).filter((name) => !fs.existsSync(path.join(out, name)));
    if (missing.length > 0) {
      throw new Error(`not written: ${missing.join(', ')}`);
    }
  });

  const figures = await step('export: the HTML page shows coloured entities and quotations with speakers', async () => {
    const htmlPage = await page.context().newPage();
    try {
      await htmlPage.setViewportSize({ width: 1100, height: 1300 });
      await htmlPage.goto(pathToFileURL(path.join(out, `${stem}.html`)).href);
      const person = htmlPage.locator('article mark.entity.PER', { hasText: 'Серик Жумангарин' }).first();
      await person.waitFor();
      const background = await person.evaluate((e) => getComputedStyle(e).backgroundColor);
      if (/rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
        throw new Error(`the PER mark has no colour: ${background}`);
      }
      await htmlPage.locator('article .quote', { has: htmlPage.locator('.speaker', { hasText: 'Серик Жумангарин' }) }).first().waitFor();
      await htmlPage.screenshot({ path: path.join(screenshots, 'export-html.png') });
      return htmlPage.evaluate(() => ({
        entities: document.querySelectorAll('article mark.entity').length,
        quotations: document.querySelectorAll('article .quote .speaker').length,
        colours: new Set([...document.querySelectorAll('article mark.entity')].map((e) => getComputedStyle(e).backgroundColor)).size,
      }));
    } finally {
      await htmlPage.close();
    }
  });
  const tagged = await step('tags: "presstag: Write Tags into the Text", labels coloured by the grammar', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Серик Жумангарин' }).first().click();
    await runCommand(page, 'presstag: Write Tags into the Text');
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: '[ORG Asal.media]' }).first().waitFor();
    const colours = await page.evaluate(markupColours, '[ORG Asal.media]');
    if (colours === null || colours.label === colours.bracket || colours.label === colours.plain) {
      throw new Error(`the ORG label is not coloured apart from its brackets and the text: ${JSON.stringify(colours)}`);
    }
    await page.screenshot({ path: path.join(screenshots, 'inline-tags.png') });
    return colours;
  });

  await step('tags: one undo takes every written tag back', async () => {
    await page.keyboard.press('Control+z');
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: '[PER ' }).first().waitFor({ state: 'detached' });
  });

  console.log(`ui: export: ${figures.entities} entity marks in ${figures.colours} colours, ${figures.quotations} quotations with speakers in ${stem}.html`);
  console.log(`ui: inline tags: label ${tagged.label}, brackets ${tagged.bracket}, text ${tagged.plain}`);
}

/**
 * In the page: the colours of the label and of the opening bracket of the first occurrence of `tag` in the
 * editor, and of plain text. Spaces render as no-break spaces.
 */
function markupColours(tag) {
  const editor = document.querySelector('.editor-instance .monaco-editor');
  for (const line of editor.querySelectorAll('.view-line')) {
    if (!line.textContent.replace(/\u00a0/g, ' ').includes(tag)) {
      continue;
    }
    // Inlay hints (decorations named dyn-rule-…) repeat type labels; only the text's own tokens count.
    const spans = [...line.querySelectorAll('span > span')].filter((s) => !s.className.includes('dyn-rule'));
    const label = tag.slice(1, tag.indexOf(' '));
    const labelSpan = spans.find((s) => s.textContent.replace(/\u00a0/g, ' ').trim() === label);
    const bracketSpan = spans.find((s) => s.textContent.startsWith('['));
    if (labelSpan === undefined || bracketSpan === undefined) {
      return null;
    }
    return {
      label: getComputedStyle(labelSpan).color,
      bracket: getComputedStyle(bracketSpan).color,
      plain: getComputedStyle(editor.querySelector('.view-line span.mtk1') ?? editor).color,
    };
  }
  return null;
}

/**
 * Runs a command from the palette. The palette lists what is enabled when it opens, and right after a reload the
 * context keys behind a command's `enablement` (workspace trust) may not be set yet: then it is opened again,
 * as a person would, until the command shows or the step's time runs out.
 */
async function runCommand(page, title) {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(title.replace(/…$/, ''));
    try {
      await row.waitFor({ timeout: 3000 });
      break;
    } catch (error) {
      if (attempt === 8) {
        throw error;
      }
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }
  }
  await row.click();
}
