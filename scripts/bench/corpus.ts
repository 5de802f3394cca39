// The texts `npm run bench` measures: the samples and, where ../shared/data (or PRESSTAG_DATA) holds them, the
// development corpora (factRuEval-2016 devset, NEREL dev); and the 1 MB document made of them.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const dataDir = process.env.PRESSTAG_DATA ?? path.resolve(root, '..', 'shared', 'data');

export function corpus(): string[] {
  const texts = fs
    .readdirSync(path.join(root, 'samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));
  for (const dir of [path.join(dataDir, 'factRuEval-2016', 'devset'), path.join(dataDir, 'NEREL', 'NEREL-v1.1', 'dev')]) {
    if (fs.existsSync(dir)) {
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
      }
    }
  }
  return texts;
}

/** About 1 MB of press text: the corpus over and over, articles separated by blank lines. */
export function megabyteDocument(): string {
  const articles = corpus().join('\n\n');
  let big = articles;
  while (big.length < 1_000_000) {
    big += '\n\n' + articles;
  }
  return big.slice(0, 1_000_000);
}
