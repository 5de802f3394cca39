/**
 * Code actions over LSP and the corrections they carry: actions on a person, on a place, on a selection and on a
 * quotation (the workspace lists' with their scope); executing one through workspace/executeCommand changes the
 * next diagnostics, and the correction still holds after the text around it is edited.
 */

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-protocol';
import { coveredText, positionAt, startTestServer, type TestServer } from './server';

const text = 'Вице-премьер Серик Жумангарин провел встречу в Астане. «Это уникальные примеры сотрудничества», — отметил Серик Жумангарин.';

describe('code actions', { timeout: 60_000 }, () => {
  let server: TestServer;
  let version = 1;
  const uri = 'file:///actions.txt';
  const actionsAt = (range: Range, uriOf = uri): Promise<CodeAction[]> =>
    server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf }, range, context: { diagnostics: [] } });
  const cursor = (marked: string): Range => ({ start: positionAt(text, marked), end: positionAt(text, marked) });
  const tagsOf = (diagnostics: readonly Diagnostic[], of: string): string[] => diagnostics.map((d) => `${d.code} ${coveredText(of, d)}`);
  /** Executes an action and waits for the diagnostics published after it, for the same version. */
  const execute = async (action: CodeAction): Promise<Diagnostic[]> => {
    const next = server.nextDiagnostics(uri);
    await server.request('workspace/executeCommand', { command: action.command?.command, arguments: action.command?.arguments });
    const published = await next;
    assert.equal(published.version, version);
    return published.diagnostics;
  };

  before(async () => {
    server = await startTestServer();
    await server.open(uri, text);
  });
  after(async () => {
    await server.stop();
  });

  test('a person has actions to retype, remove and remove every occurrence', async () => {
    const titles = (await actionsAt(cursor('Серик Жума|нгарин провел'))).map((a) => a.title);
    assert.ok(titles.length >= 2, titles.join('\n'));
    assert.ok(titles.includes('Change «Серик Жумангарин» to organization (ORG)'), titles.join('\n'));
    assert.ok(titles.includes('Remove the PER tag on «Серик Жумангарин»'), titles.join('\n'));
    assert.ok(titles.includes('Remove every PER tag on «Серик Жумангарин»'), titles.join('\n'));
  });

  test('a tag can be said to be the same entity as another, and always or never tagged in the workspace', async () => {
    const actions = await actionsAt(cursor('в Аста|не'));
    const byTitle = new Map(actions.map((a) => [a.title, a.command?.arguments]));
    assert.deepEqual(byTitle.get('Never tag «Астана» in this workspace'), [uri, { kind: 'removeAll', text: 'Астана' }, 'workspace']);
    assert.deepEqual(byTitle.get('Always tag «Астана» as location (LOC) in this workspace'), [uri, { kind: 'tagAll', text: 'Астана', type: 'LOC' }, 'workspace']);
    const person = (await actionsAt(cursor('Серик Жума|нгарин провел'))).map((a) => a.title);
    // The only other person-like entity is the same person's, so no "same entity" is offered for a person.
    assert.ok(!person.some((t) => t.includes('is the same entity as')), person.join('\n'));
  });

  test('a selection can be always tagged in the workspace', async () => {
    const range = { start: positionAt(text, '|провел встречу'), end: positionAt(text, 'провел встречу|') };
    const action = (await actionsAt(range)).find((a) => a.title === 'Always tag «провел встречу» as event (EVENT) in this workspace');
    assert.deepEqual(action?.command?.arguments, [uri, { kind: 'tagAll', text: 'провел встречу', type: 'EVENT' }, 'workspace']);
  });

  test('a selection can be tagged as any type', async () => {
    const range = { start: positionAt(text, '|провел встречу'), end: positionAt(text, 'провел встречу|') };
    const titles = (await actionsAt(range)).map((a) => a.title);
    assert.ok(titles.includes('Tag «провел встречу» as event (EVENT)'), titles.join('\n'));
  });

  test('a quotation can be declared none, or given another speaker', async () => {
    const titles = (await actionsAt(cursor('Это уника|льные'))).map((a) => a.title);
    assert.ok(titles.includes('«Это уникальные примеры сотрудничества» is not a quotation'), titles.join('\n'));
    const fromCue = (await actionsAt(cursor('отмет|ил'))).map((a) => a.title);
    assert.ok(fromCue.includes('«Это уникальные примеры сотрудничества» is not a quotation'), fromCue.join('\n'));
  });

  test('retype, tag and remove change the next diagnostics', async () => {
    const retype = (await actionsAt(cursor('Серик Жума|нгарин провел'))).find((a) => a.title === 'Change «Серик Жумангарин» to organization (ORG)');
    assert.ok(retype !== undefined);
    const afterRetype = tagsOf(await execute(retype), text);
    assert.ok(afterRetype.includes('ORG Серик Жумангарин'), afterRetype.join('\n'));

    const range = { start: positionAt(text, '|провел встречу'), end: positionAt(text, 'провел встречу|') };
    const tag = (await actionsAt(range)).find((a) => a.title === 'Tag «провел встречу» as event (EVENT)');
    assert.ok(tag !== undefined);
    assert.ok(tagsOf(await execute(tag), text).includes('EVENT провел встречу'));

    const remove = (await actionsAt(cursor('в Аста|не'))).find((a) => a.title.startsWith('Remove the LOC tag'));
    assert.ok(remove !== undefined, 'Астане is tagged LOC');
    assert.ok(!tagsOf(await execute(remove), text).includes('LOC Астане'));
  });

  test('corrections follow the text through an edit', async () => {
    const edited = `Вчера. ${text}`;
    version++;
    await server.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Вчера. ' }],
    });
    const tags = tagsOf((await server.diagnostics(uri, version)).diagnostics, edited);
    assert.ok(tags.includes('ORG Серик Жумангарин'), tags.join('\n'));
    assert.ok(tags.includes('EVENT провел встречу'), tags.join('\n'));
    assert.ok(!tags.includes('LOC Астане'), tags.join('\n'));
  });

  test('not a quotation removes it', async () => {
    const edited = `Вчера. ${text}`;
    const at = positionAt(edited, 'Это уника|льные');
    const action = (await actionsAt({ start: at, end: at })).find((a) => a.title.endsWith('is not a quotation'));
    assert.ok(action !== undefined);
    const tags = tagsOf(await execute(action), edited);
    assert.ok(!tags.some((t) => t.startsWith('QUOTE')), tags.join('\n'));
  });

  test('an unknown document has no actions, and a malformed command changes nothing', async () => {
    assert.deepEqual(await actionsAt(cursor('Серик Жума|нгарин провел'), 'file:///never-opened.txt'), []);
    assert.equal(await server.request('workspace/executeCommand', { command: 'presstag.applyCorrection', arguments: [uri, { kind: 'explode' }] }), null);
  });
});
