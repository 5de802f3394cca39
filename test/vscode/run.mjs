// `npm run test:vscode`: the extension-host suite (suite.ts) in desktop VS Code through @vscode/test-electron,
// with the extension under development and the samples folder open. VS Code must be downloaded for that; where
// it cannot be, this fails saying so. `--code-server` runs the same suite in code-server's extension host
// instead (test/ui's install), which works without that download.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..', '..');
const VSCODE_VERSION = '1.100.3';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'presstag-vscode-'));
try {
  const suite = await bundleSuite(path.join(temp, 'suite.js'));
  const workspace = path.join(temp, 'workspace');
  fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
  const resultFile = path.join(temp, 'result.txt');
  if (process.argv.includes('--code-server')) {
    await runInCodeServer({ suite, workspace, resultFile });
  } else {
    await runInElectron({ suite, workspace, resultFile });
  }
} catch (error) {
  console.error(`test:vscode: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}

/** The extension host loads CommonJS with `vscode` provided by the host: bundle the TypeScript suite so. */
async function bundleSuite(outfile) {
  await esbuild.build({
    entryPoints: [path.join(here, 'suite.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return outfile;
}

async function runInElectron({ suite, workspace, resultFile }) {
  const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(root, '.vscode-test') });
  } catch (error) {
    throw new Error(
      `cannot download VS Code ${VSCODE_VERSION} for the extension-host tests (${error instanceof Error ? error.message : error}).\n` +
        'They need network access to the VS Code update server. Without it, run the same suite in code-server:\n' +
        '  node test/vscode/run.mjs --code-server   (after the UI test install, see .ci/run)\n' +
        'and the UI test: npm run test:ui',
    );
  }
  const exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    extensionTestsEnv: { PRESSTAG_TEST_RESULT: resultFile },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  report(resultFile, exitCode);
}

/**
 * code-server runs the suite when the workbench opens with extensionTestsPath in its payload, but a browser
 * workbench does not pass the host's exit code on: the suite writes PRESSTAG_TEST_RESULT and this waits for it.
 */
async function runInCodeServer({ suite, workspace, resultFile }) {
  const editor = await import('../ui/codeServer.mjs');
  const cleanups = [];
  try {
    editor.checkInstalled();
    const sandbox = editor.createSandbox(cleanups, {});
    const base = await editor.startCodeServer(sandbox, cleanups, { workspace, env: { PRESSTAG_TEST_RESULT: resultFile } });
    const page = await editor.launchBrowser(sandbox, cleanups);
    await page.goto(
      editor.workbenchUrl(base, workspace, [
        ['extensionDevelopmentPath', editor.remoteUri(base, root)],
        ['extensionTestsPath', editor.remoteUri(base, suite)],
      ]),
    );
    const deadline = Date.now() + 4 * editor.STEP_TIMEOUT_MS;
    while (!fs.existsSync(resultFile) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    report(resultFile, fs.existsSync(resultFile) ? undefined : 1);
  } finally {
    await editor.runCleanups(cleanups);
  }
}

function report(resultFile, exitCode) {
  if (!fs.existsSync(resultFile)) {
    throw new Error('the suite wrote no result: the extension host did not run it (see the editor log above)');
  }
  const result = fs.readFileSync(resultFile, 'utf8');
  console.log(result.trimEnd());
  if (exitCode || !/ 0 failed$/m.test(result)) {
    throw new Error('extension-host tests failed');
  }
}
