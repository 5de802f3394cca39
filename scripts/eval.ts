// `npm run eval [-- TASK...]`: prints accuracy and speed figures. Tasks: ner-ru, ner-en, quotes (default: all).
// Reads ../shared/data; where it is absent (a user's clone) each task says so and is skipped.
import * as path from 'node:path';
import * as fs from 'node:fs';

const dataDir = process.env.PRESSTAG_DATA ?? path.resolve(__dirname, '..', '..', 'shared', 'data');

const tasks: Record<string, string> = {
  'ner-ru': './eval/nerRu.ts',
  'ner-en': './eval/nerEn.ts',
  quotes: './eval/quotes.ts',
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((t) => !(t in tasks));
  if (unknown.length > 0) {
    console.error(`unknown eval task(s): ${unknown.join(', ')}; known: ${Object.keys(tasks).join(', ')}`);
    process.exit(2);
  }
  if (!fs.existsSync(dataDir)) {
    console.log(`no evaluation data at ${dataDir}: skipped (set PRESSTAG_DATA to point elsewhere)`);
    return;
  }
  for (const task of asked.length > 0 ? asked : Object.keys(tasks)) {
    const file = path.join(__dirname, tasks[task]);
    if (!fs.existsSync(file)) {
      console.log(`${task}: not written yet`);
      continue;
    }
    const module = (await import(file)) as { run(dataDir: string): Promise<void> };
    console.log(`== ${task}`);
    await module.run(dataDir);
  }
}

void main();
