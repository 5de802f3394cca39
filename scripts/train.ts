// `npm run train [-- --cv K] [--epochs N] [--seed S] [--buckets B] [--factru-repeat R] [--bsnlp] [--out FILE] [--errors]`:
// trains the Russian name model from ../shared/data and writes server/data/models/ner-ru.bin (or --out FILE,
// so a trial does not overwrite the shipped model).
// With --cv K it first reports K-fold cross-validation on the factRuEval devset (each fold held out while
// the model trains on NEREL train and the other folds). NEREL dev is never trained on: it is an eval set.
// --errors lists the cross-validation errors by class (gold type → predicted type) with examples.
// BSNLP (--bsnlp) is off by default: its projected, noisy labels lowered the cross-validated F1 (docs/eval/ner.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { labelTokens } from '../server/src/engine/entities/model';
import { Domain, type FormAttributes } from '../server/src/engine/entities/ner/features';
import { applyDocumentConsistency } from '../server/src/engine/entities/ner/consistency';
import { typeOfLabel } from '../server/src/engine/entities/ner/labels';
import { decodeWeights, encodeWeights } from '../server/src/engine/entities/ner/weights';
import { decodeClusters, encodeClusters, type WordClusters } from '../server/src/engine/entities/ner/clusters';
import { decodeLexicon, encodeLexicon, type NameLexicon } from '../server/src/engine/entities/ner/lexicon';
import { tagRussian } from './eval/lib/align';
import { readBsnlp, readFactRu, readNerel } from './eval/lib/corpora';
import { collectErrors, formatErrors, type ErrorListing } from './eval/lib/errors';
import { formatScores, scoreTokens, type Scores } from './eval/lib/score';
import { learnClusters } from './train/clusters';
import { learnLexicon } from './train/lexicon';
import { prepareDocuments, toFactRuConventions, type PreparedDocument } from './train/data';
import { trainPerceptron } from './train/perceptron';

interface Options {
  readonly cv: number;
  readonly epochs: number;
  readonly seed: number;
  readonly buckets: number;
  readonly factruRepeat: number;
  /** Number of fine word clusters. */
  readonly clusters: number;
  readonly bsnlp: boolean;
  readonly out: string;
  readonly errors: boolean;
}

const dataDir = process.env.PRESSTAG_DATA ?? path.resolve(__dirname, '..', '..', 'shared', 'data');
const shippedModel = path.resolve(__dirname, '..', 'server', 'data', 'models', 'ner-ru.bin');

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: number): number => {
    const at = argv.indexOf(name);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  return {
    cv: value('--cv', 0),
    epochs: value('--epochs', 10),
    seed: value('--seed', 1),
    buckets: value('--buckets', 1 << 18),
    factruRepeat: value('--factru-repeat', 5),
    clusters: value('--clusters', 256),
    bsnlp: argv.includes('--bsnlp'),
    errors: argv.includes('--errors'),
    out: argv.includes('--out') ? path.resolve(argv[argv.indexOf('--out') + 1]) : shippedModel,
  };
}

function train(sequences: readonly PreparedDocument[], factru: readonly PreparedDocument[], options: Options): Uint8Array {
  const all = [...sequences];
  for (let r = 0; r < options.factruRepeat; r++) {
    all.push(...factru);
  }
  const learned = trainPerceptron(all, { buckets: options.buckets, epochs: options.epochs, seed: options.seed, log: (l) => console.log(`  ${l}`) });
  return encodeWeights(options.buckets, learned.transitions, learned.weights);
}

function crossValidate(base: readonly PreparedDocument[], factru: readonly PreparedDocument[], resources: { clusters: WordClusters; lexicon: NameLexicon }, options: Options): void {
  const scores: Scores = new Map();
  const errors: ErrorListing = new Map();
  for (let fold = 0; fold < options.cv; fold++) {
    const held = factru.filter((_, k) => k % options.cv === fold);
    const rest = factru.filter((_, k) => k % options.cv !== fold);
    console.log(`fold ${fold + 1}/${options.cv}: ${held.length} held out`);
    const context = { weights: decodeWeights(train(base, rest, options)), ...resources, cache: new Map<string, FormAttributes>() };
    for (const d of held) {
      const labels = applyDocumentConsistency(d.document.tokens, labelTokens(d.document, context));
      const predicted = Array.from(labels, typeOfLabel);
      scoreTokens(scores, d.goldTypes, predicted);
      collectErrors(errors, d.document, d.goldTypes, predicted);
    }
  }
  console.log(`factRuEval devset, ${options.cv}-fold cross-validation, token-level:`);
  for (const line of formatScores(scores, ['PER', 'LOC', 'ORG'])) {
    console.log(`  ${line}`);
  }
  if (options.errors) {
    console.log('errors by class (gold → predicted), most frequent runs first:');
    for (const line of formatErrors(errors, 12)) {
      console.log(`  ${line}`);
    }
  }
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(dataDir)) {
    console.log(`no training data at ${dataDir}: skipped (set PRESSTAG_DATA to point elsewhere)`);
    return;
  }
  const started = Date.now();
  const buckets = options.buckets;
  const cache = new Map<string, FormAttributes>();
  const nerelDocs = readNerel(dataDir, 'train').map(toFactRuConventions);
  const bsnlpDocs = readBsnlp(dataDir);
  // Clusters come from unlabelled text that no evaluation reads (NEREL train, the BSNLP training topics), so
  // neither the cross-validation folds nor NEREL dev leak into them.
  const nerelTagged = nerelDocs.map((d) => tagRussian(d.text));
  const learned = learnClusters(
    [...nerelTagged, ...bsnlpDocs.map((d) => tagRussian(d.text))],
    { fine: options.clusters, coarse: 48, minCount: 3, contexts: 2000, iterations: 12, seed: options.seed },
  );
  const clusterBytes = encodeClusters(learned.lemmas, learned.fine, learned.coarse);
  const clusters = decodeClusters(clusterBytes);
  console.log(`clustered ${learned.lemmas.length} lemmas in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The name lexicon comes from NEREL train alone (never factRuEval, so no fold sees its held-out names), and
  // each NEREL document's features see it without that document's own names.
  const names = learnLexicon(nerelDocs.map((d, k) => ({ tagged: nerelTagged[k], spans: d.spans })));
  const lexiconBytes = encodeLexicon(names.entries);
  const lexicon = decodeLexicon(lexiconBytes);
  const features = { buckets, cache, clusters, lexicon };
  const factru = prepareDocuments(readFactRu(dataDir, 'devset'), { ...features, domain: Domain.Shipped });
  const nerel = prepareDocuments(nerelDocs, { ...features, domain: Domain.Nerel }, (k) => names.leavingOut(k));
  const base = [...nerel, ...(options.bsnlp ? prepareDocuments(bsnlpDocs, { ...features, domain: Domain.Bsnlp }) : [])];
  console.log(`prepared ${factru.length} factRuEval + ${base.length} other documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (options.cv > 1) {
    crossValidate(base, factru, { clusters, lexicon }, options);
  }
  const bytes = train(base, factru, options);
  const clustersOut = options.out.replace(/(\.bin)?$/, '.clusters.txt');
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, bytes);
  const lexiconOut = options.out.replace(/(\.bin)?$/, '.lexicon.txt');
  fs.writeFileSync(clustersOut, clusterBytes);
  fs.writeFileSync(lexiconOut, lexiconBytes);
  console.log(`wrote ${path.relative(process.cwd(), options.out)} (${(bytes.byteLength / 1e6).toFixed(2)} MB), ${path.basename(clustersOut)} (${(clusterBytes.byteLength / 1e6).toFixed(2)} MB) and ${path.basename(lexiconOut)} (${(lexiconBytes.byteLength / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
