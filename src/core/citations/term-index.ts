/**
 * A compact inverted index for the catalog: sorted terms, one flat array of postings (document id and the
 * fields the term occurs in), and per-document field lengths for BM25-style scoring. Scores accumulate in
 * dense typed arrays, so a query touches only its terms' postings and allocates nothing per document; the
 * whole index serialises to a few typed arrays, so a large catalog's index is loaded, not rebuilt.
 */

const FIELD_BITS = 6;
const K1 = 1.2;
const B = 0.7;
/** Weight of a term reached only by prefix from an unfinished last word. */
const PREFIX_WEIGHT = 0.375;
/** How many completions of an unfinished word are searched. */
const MAX_PREFIX_TERMS = 64;

export interface TermIndexHit {
  id: number;
  score: number;
  /** Bit q is set when the document matched query term q (a prefix completion counts as its term). */
  mask: number;
}

export interface SerializedTermIndex {
  version: 1;
  fields: string[];
  docs: number;
  terms: string;
  offsets: string;
  postings: string;
  lengths: string;
}

export class TermIndex {
  /** BM25's length normalisation per document and field, computed once: (k1 + 1) / (1 + k1 (1 - b + b len/avg)). */
  private readonly norm: Float32Array;
  private readonly score: Float64Array;
  private readonly seen: Int32Array;
  private readonly matched: Uint32Array;
  private stamp = 0;

  private constructor(
    readonly fields: readonly string[],
    readonly docCount: number,
    private readonly terms: readonly string[],
    private readonly offsets: Int32Array,
    private readonly postings: Int32Array,
    private readonly lengths: Uint16Array,
  ) {
    const f = fields.length;
    const avg = new Float64Array(f);
    for (let d = 0; d < docCount; d++) for (let j = 0; j < f; j++) avg[j] += lengths[d * f + j];
    for (let j = 0; j < f; j++) avg[j] = Math.max(1, avg[j] / Math.max(1, docCount));
    this.norm = new Float32Array(docCount * f);
    for (let d = 0; d < docCount; d++) {
      for (let j = 0; j < f; j++)
        this.norm[d * f + j] = (K1 + 1) / (1 + K1 * (1 - B + (B * lengths[d * f + j]) / avg[j]));
    }
    this.score = new Float64Array(docCount);
    this.seen = new Int32Array(docCount);
    this.matched = new Uint32Array(docCount);
  }

  /** Indexes documents given as their fields' words (already folded and split). */
  static build(fields: readonly string[], docs: readonly (readonly (readonly string[])[])[]): TermIndex {
    if (fields.length > FIELD_BITS) throw new Error("too many fields");
    const f = fields.length;
    const lists = new Map<string, number[]>();
    const lengths = new Uint16Array(docs.length * f);
    docs.forEach((docFields, d) => {
      const masks = new Map<string, number>();
      docFields.forEach((words, j) => {
        lengths[d * f + j] = Math.min(words.length, 0xffff);
        for (const w of words) masks.set(w, (masks.get(w) ?? 0) | (1 << j));
      });
      for (const [w, mask] of masks) {
        let list = lists.get(w);
        if (!list) lists.set(w, (list = []));
        list.push((d << FIELD_BITS) | mask);
      }
    });
    const terms = [...lists.keys()].sort();
    const offsets = new Int32Array(terms.length + 1);
    let total = 0;
    terms.forEach((t, i) => {
      offsets[i] = total;
      total += (lists.get(t) as number[]).length;
    });
    offsets[terms.length] = total;
    const postings = new Int32Array(total);
    terms.forEach((t, i) => postings.set(lists.get(t) as number[], offsets[i]));
    return new TermIndex(fields, docs.length, terms, offsets, postings, lengths);
  }

  static fromJSON(s: SerializedTermIndex): TermIndex {
    if (s.version !== 1) throw new Error("unknown index version");
    const terms = s.terms ? s.terms.split("\n") : [];
    return new TermIndex(
      s.fields,
      s.docs,
      terms,
      new Int32Array(decodeBase64(s.offsets).buffer),
      new Int32Array(decodeBase64(s.postings).buffer),
      new Uint16Array(decodeBase64(s.lengths).buffer),
    );
  }

  toJSON(): SerializedTermIndex {
    return {
      version: 1,
      fields: [...this.fields],
      docs: this.docCount,
      terms: this.terms.join("\n"),
      offsets: encodeBase64(new Uint8Array(this.offsets.buffer, this.offsets.byteOffset, this.offsets.byteLength)),
      postings: encodeBase64(new Uint8Array(this.postings.buffer, this.postings.byteOffset, this.postings.byteLength)),
      lengths: encodeBase64(new Uint8Array(this.lengths.buffer, this.lengths.byteOffset, this.lengths.byteLength)),
    };
  }

  /** Index of the term, or -1. */
  private find(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  has(term: string): boolean {
    const i = this.find(term);
    return i < this.terms.length && this.terms[i] === term;
  }

  /** Number of documents holding the term. */
  df(term: string): number {
    const i = this.find(term);
    return i < this.terms.length && this.terms[i] === term ? this.offsets[i + 1] - this.offsets[i] : 0;
  }

  /**
   * Documents matching any of the terms (OR), scored BM25-style with per-field boosts. The last term may
   * also match as a prefix (an unfinished word), at a lower weight.
   */
  search(
    queryTerms: readonly string[],
    boosts: readonly number[],
    prefixLast = false,
    /** Collection statistics when this index is one part of a larger search, so scores stay comparable. */
    stats?: { docs: number; df(term: string): number },
  ): TermIndexHit[] {
    const stamp = ++this.stamp;
    const touched: number[] = [];
    const f = this.fields.length;
    const n = this.docCount;
    const addTerm = (termIdx: number, q: number, weight: number) => {
      const start = this.offsets[termIdx];
      const end = this.offsets[termIdx + 1];
      const df = stats ? stats.df(this.terms[termIdx]) : end - start;
      const total = stats ? stats.docs : n;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5)) * weight;
      for (let p = start; p < end; p++) {
        const v = this.postings[p];
        const d = v >>> FIELD_BITS;
        const mask = v & ((1 << FIELD_BITS) - 1);
        let s = 0;
        for (let j = 0; j < f; j++) if (mask & (1 << j)) s += boosts[j] * this.norm[d * f + j];
        if (this.seen[d] !== stamp) {
          this.seen[d] = stamp;
          this.score[d] = 0;
          this.matched[d] = 0;
          touched.push(d);
        }
        this.score[d] += idf * s;
        this.matched[d] |= 1 << q;
      }
    };
    queryTerms.slice(0, 31).forEach((t, q) => {
      const i = this.find(t);
      const exact = i < this.terms.length && this.terms[i] === t;
      if (exact) addTerm(i, q, 1);
      if (prefixLast && q === queryTerms.length - 1) {
        for (let k = exact ? i + 1 : i, c = 0; k < this.terms.length && c < MAX_PREFIX_TERMS; k++, c++) {
          if (!this.terms[k].startsWith(t)) break;
          addTerm(k, q, PREFIX_WEIGHT);
        }
      }
    });
    return touched.map((d) => ({ id: d, score: this.score[d], mask: this.matched[d] }));
  }

  /** Calls `fn` with every document holding the term. */
  forEachDoc(term: string, fn: (doc: number) => void): void {
    const i = this.find(term);
    if (i >= this.terms.length || this.terms[i] !== term) return;
    for (let p = this.offsets[i]; p < this.offsets[i + 1]; p++) fn(this.postings[p] >>> FIELD_BITS);
  }
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Base64 without the platform's codecs, which core may not use (it runs in Node and in the pane alike). */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    chunk +=
      ALPHABET[a >> 2] +
      ALPHABET[((a & 3) << 4) | (b >> 4)] +
      (i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)] : "=") +
      (i + 2 < bytes.length ? ALPHABET[c & 63] : "=");
    if (chunk.length > 8192) {
      parts.push(chunk);
      chunk = "";
    }
  }
  parts.push(chunk);
  return parts.join("");
}

export function decodeBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = DECODE[clean.charCodeAt(i)];
    const b = DECODE[clean.charCodeAt(i + 1)];
    const c = i + 2 < clean.length ? DECODE[clean.charCodeAt(i + 2)] : 0;
    const d = i + 3 < clean.length ? DECODE[clean.charCodeAt(i + 3)] : 0;
    if (a < 0 || b < 0 || c < 0 || d < 0) throw new Error("invalid base64");
    out[o++] = (a << 2) | (b >> 4);
    if (i + 2 < clean.length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (i + 3 < clean.length) out[o++] = ((c & 3) << 6) | d;
  }
  return o === out.length ? out : out.slice(0, o);
}
