/**
 * The shipped weights file of the name model: a small header checked on load, float transition scores and
 * one signed byte per (feature bucket, label) with a common scale.
 *
 * Layout, little-endian: 'PTNR', u16 format version, u16 feature version, u32 buckets, u32 labels,
 * f32 scale, f32 transitions[(labels + 1) * labels], i8 weights[buckets * labels].
 */

import { FEATURE_VERSION } from './features';
import { LABEL_COUNT } from './labels';

export const FORMAT_VERSION = 1;
const MAGIC = 'PTNR';
const HEADER_BYTES = 20;

export interface NerWeights {
  readonly buckets: number;
  readonly scale: number;
  readonly transitions: Float64Array;
  /** weights[bucket * LABEL_COUNT + label], to be multiplied by scale. */
  readonly weights: Int8Array;
}

export function decodeWeights(bytes: Uint8Array): NerWeights {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string): never => {
    throw new Error(`presstag: NER weights file is not usable: ${why}`);
  };
  if (bytes.byteLength < HEADER_BYTES || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== MAGIC) {
    fail('bad magic');
  }
  const format = view.getUint16(4, true);
  const features = view.getUint16(6, true);
  if (format !== FORMAT_VERSION || features !== FEATURE_VERSION) {
    fail(`format ${format}/features ${features}, expected ${FORMAT_VERSION}/${FEATURE_VERSION}`);
  }
  const buckets = view.getUint32(8, true);
  const labels = view.getUint32(12, true);
  const scale = view.getFloat32(16, true);
  if (labels !== LABEL_COUNT || buckets === 0 || (buckets & (buckets - 1)) !== 0) {
    fail(`labels ${labels}, buckets ${buckets}`);
  }
  const transitionCount = (labels + 1) * labels;
  const weightsAt = HEADER_BYTES + 4 * transitionCount;
  if (bytes.byteLength !== weightsAt + buckets * labels) {
    fail(`size ${bytes.byteLength}, expected ${weightsAt + buckets * labels}`);
  }
  const transitions = new Float64Array(transitionCount);
  for (let k = 0; k < transitionCount; k++) {
    transitions[k] = view.getFloat32(HEADER_BYTES + 4 * k, true);
  }
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + weightsAt, buckets * labels);
  return { buckets, scale, transitions, weights };
}

/**
 * Quantises float weights to one byte each, with the largest magnitude as the scale. The few largest weights
 * carry much of the decision: clipping the top 0.05% so the rest round more finely cost 0.4–0.9 points of
 * cross-validated LOC F1 (docs/eval/ner.md); with no clipping the bytes decode within a tenth of a point of the
 * float weights, though more of the small ones round to zero.
 */
export function encodeWeights(buckets: number, transitions: Float64Array, weights: Float64Array): Uint8Array {
  let top = 0;
  for (let k = 0; k < weights.length; k++) {
    top = Math.max(top, Math.abs(weights[k]));
  }
  const scale = top === 0 ? 1 : top / 127;
  const transitionCount = (LABEL_COUNT + 1) * LABEL_COUNT;
  const weightsAt = HEADER_BYTES + 4 * transitionCount;
  const bytes = new Uint8Array(weightsAt + buckets * LABEL_COUNT);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < 4; k++) {
    bytes[k] = MAGIC.charCodeAt(k);
  }
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint16(6, FEATURE_VERSION, true);
  view.setUint32(8, buckets, true);
  view.setUint32(12, LABEL_COUNT, true);
  view.setFloat32(16, scale, true);
  for (let k = 0; k < transitionCount; k++) {
    view.setFloat32(HEADER_BYTES + 4 * k, transitions[k], true);
  }
  const quantised = new Int8Array(bytes.buffer, weightsAt, buckets * LABEL_COUNT);
  for (let k = 0; k < weights.length; k++) {
    quantised[k] = Math.round(weights[k] / scale);
  }
  return bytes;
}
