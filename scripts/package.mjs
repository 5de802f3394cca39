// `npm run package`: a production build, then one universal presstag-<version>.vsix made by vsce, with its
// size and a summary of what it holds (the .vscodeignore whitelist decides; the bundles need no node_modules).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `presstag-${version}.vsix`);

run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--production']);
fs.rmSync(vsix, { force: true });
run(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix]);

const entries = listZip(fs.readFileSync(vsix));
const byFolder = new Map();
for (const entry of entries) {
  const folder = entry.name.split('/').slice(0, 3).join('/');
  const sum = byFolder.get(folder) ?? { count: 0, size: 0 };
  byFolder.set(folder, { count: sum.count + 1, size: sum.size + entry.size });
}
console.log(`\n${path.relative(root, vsix)}: ${megabytes(fs.statSync(vsix).size)} packed, ${entries.length} files`);
for (const [folder, { count, size }] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${folder.padEnd(56)} ${String(count).padStart(4)} file${count === 1 ? ' ' : 's'} ${megabytes(size).padStart(10)}`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package: ${path.basename(args[0])} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

/** Names and uncompressed sizes from a zip's central directory (a .vsix is a zip). */
function listZip(zip) {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
