/**
 * A compact inverted index for the catalog: sorted terms, each with its postings (document id and the fields
 * the term occurs in), and per-document field lengths for BM25-style scoring. Scores accumulate in dense
 * typed arrays reused from query to query, so a query touches only its terms' postings and allocates nothing
 * per document. Serialised, the postings are delta-encoded varints in one base64 string; a loaded index
 * decodes a term's postings the first time a query needs them, so loading a large catalog's index costs
 * little more than parsing its JSON.
 */

const FIELD_BITS = 6;
const FIELD_MASK = (1 << FIELD_BITS) - 1;
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

/**
 * The hits of the latest query, valid until the next one: `docs[0..count)` in the order they were first
 * reached, with `score` and `mask` indexed by document id.
 */
export interface TermIndexHits {
  count: number;
  docs: Int32Array;
  score: Float64Array;
  mask: Uint32Array;
}

export interface SerializedTermIndex {
  version: 2;
  fields: string[];
  docs: number;
  /** The sorted terms, one per line. */
  terms: string;
  /** Number of documents holding each term (Int32, base64). */
  df: string;
  /** Byte offset of each term's postings in `postings`, plus the end (Int32, base64). */
  starts: string;
  /** Per term, its documents in increasing order as varints of (gap << 6 | field mask) (base64). */
  postings: string;
  /** Words per document and field (Uint16, base64). */
  lengths: string;
}

/** Where a loaded index decodes postings from: the base64 varints and each term's byte range. */
interface EncodedPostings {
  text: string;
  starts: Int32Array;
}

export class TermIndex {
  /**
   * BM25's length normalisation, (k1 + 1) / (1 + k1 (1 - b + b len/avg)), per field and length: it depends on
   * nothing else, so a table of the lengths that occur replaces one value per document and field.
   */
  private readonly norm: Float32Array;
  private readonly normStride: number;
  /** Decoded postings per term: built ones at once, loaded ones on first use. */
  private readonly lists: (Int32Array | undefined)[];
  private scratch?: { hits: TermIndexHits; seen: Int32Array };
  private stamp = 0;

  private constructor(
    readonly fields: readonly string[],
    readonly docCount: number,
    private readonly terms: readonly string[],
    private readonly dfs: Int32Array,
    private readonly lengths: Uint16Array,
    lists: (Int32Array | undefined)[],
    private readonly encoded?: EncodedPostings,
  ) {
    const f = fields.length;
    const avg = new Float64Array(f);
    let maxLen = 0;
    for (let d = 0; d < docCount; d++) {
      for (let j = 0; j < f; j++) {
        const len = lengths[d * f + j];
        avg[j] += len;
        if (len > maxLen) maxLen = len;
      }
    }
    for (let j = 0; j < f; j++) avg[j] = Math.max(1, avg[j] / Math.max(1, docCount));
    this.normStride = maxLen + 1;
    this.norm = new Float32Array(f * this.normStride);
    for (let j = 0; j < f; j++) {
      for (let len = 0; len <= maxLen; len++)
        this.norm[j * this.normStride + len] = (K1 + 1) / (1 + K1 * (1 - B + (B * len) / avg[j]));
    }
    this.lists = lists;
  }

  /** Indexes documents given as their fields' words (already folded and split). */
  static build(fields: readonly string[], docs: readonly (readonly (readonly string[])[])[]): TermIndex {
    if (fields.length > FIELD_BITS) throw new Error("too many fields");
    const f = fields.length;
    const byTerm = new Map<string, number[]>();
    const lengths = new Uint16Array(docs.length * f);
    docs.forEach((docFields, d) => {
      const masks = new Map<string, number>();
      docFields.forEach((words, j) => {
        lengths[d * f + j] = Math.min(words.length, 0xffff);
        for (const w of words) masks.set(w, (masks.get(w) ?? 0) | (1 << j));
      });
      for (const [w, mask] of masks) {
        let list = byTerm.get(w);
        if (!list) byTerm.set(w, (list = []));
        list.push((d << FIELD_BITS) | mask);
      }
    });
    const terms = [...byTerm.keys()].sort();
    const lists = terms.map((t) => Int32Array.from(byTerm.get(t) as number[]));
    return new TermIndex(
      fields,
      docs.length,
      terms,
      Int32Array.from(lists, (l) => l.length),
      lengths,
      lists,
    );
  }

  static fromJSON(s: SerializedTermIndex): TermIndex {
    if (s.version !== 2) throw new Error("unknown index version");
    const terms = s.terms ? s.terms.split("\n") : [];
    return new TermIndex(
      s.fields,
      s.docs,
      terms,
      new Int32Array(decodeBase64(s.df).buffer),
      new Uint16Array(decodeBase64(s.lengths).buffer),
      new Array<Int32Array | undefined>(terms.length),
      { text: s.postings, starts: new Int32Array(decodeBase64(s.starts).buffer) },
    );
  }

  toJSON(): SerializedTermIndex {
    const chunks: Uint8Array[] = [];
    const starts = new Int32Array(this.terms.length + 1);
    let at = 0;
    for (let i = 0; i < this.terms.length; i++) {
      starts[i] = at;
      const bytes = encodeVarints(this.postingsOf(i));
      chunks.push(bytes);
      at += bytes.length;
    }
    starts[this.terms.length] = at;
    const postings = new Uint8Array(at);
    at = 0;
    for (const c of chunks) {
      postings.set(c, at);
      at += c.length;
    }
    const bytesOf = (a: Int32Array | Uint16Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    return {
      version: 2,
      fields: [...this.fields],
      docs: this.docCount,
      terms: this.terms.join("\n"),
      df: encodeBase64(bytesOf(this.dfs)),
      starts: encodeBase64(bytesOf(starts)),
      postings: encodeBase64(postings),
      lengths: encodeBase64(bytesOf(this.lengths)),
    };
  }

  /** Position of the term in the sorted terms, or where it would go. */
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

  /** The term's number, or -1 when no document holds it. */
  termId(term: string): number {
    const i = this.find(term);
    return i < this.terms.length && this.terms[i] === term ? i : -1;
  }

  has(term: string): boolean {
    return this.termId(term) >= 0;
  }

  /** Number of documents holding the term. */
  df(term: string): number {
    const i = this.termId(term);
    return i < 0 ? 0 : this.dfs[i];
  }

  /** The term's postings, (doc << 6 | field mask) in document order, decoded on first use. */
  private postingsOf(termId: number): Int32Array {
    const cached = this.lists[termId];
    if (cached) return cached;
    const { text, starts } = this.encoded as EncodedPostings;
    const list = decodeVarints(decodeBase64Range(text, starts[termId], starts[termId + 1]), this.dfs[termId]);
    this.lists[termId] = list;
    return list;
  }

  /** Whether document `doc` holds term `termId` (a binary search in its postings). */
  holds(termId: number, doc: number): boolean {
    const list = this.postingsOf(termId);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = list[mid] >>> FIELD_BITS;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /**
   * Documents matching any of the terms (OR), scored BM25-style with per-field boosts, into buffers reused by
   * the next query. The last term may also match as a prefix (an unfinished word), at a lower weight.
   */
  searchInto(
    queryTerms: readonly string[],
    boosts: readonly number[],
    prefixLast = false,
    /** Collection statistics when this index is one part of a larger search, so scores stay comparable. */
    stats?: { docs: number; df(term: string): number },
  ): TermIndexHits {
    const scratch = (this.scratch ??= {
      hits: {
        count: 0,
        docs: new Int32Array(this.docCount),
        score: new Float64Array(this.docCount),
        mask: new Uint32Array(this.docCount),
      },
      seen: new Int32Array(this.docCount),
    });
    const { hits, seen } = scratch;
    const { docs, score, mask: matched } = hits;
    const stamp = ++this.stamp;
    let count = 0;
    const f = this.fields.length;
    const norm = this.norm;
    const stride = this.normStride;
    const lengths = this.lengths;
    const addTerm = (termIdx: number, q: number, weight: number) => {
      const list = this.postingsOf(termIdx);
      const df = stats ? stats.df(this.terms[termIdx]) : list.length;
      const total = stats ? stats.docs : this.docCount;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5)) * weight;
      const bit = 1 << q;
      for (let p = 0; p < list.length; p++) {
        const v = list[p];
        const d = v >>> FIELD_BITS;
        const mask = v & FIELD_MASK;
        let s = 0;
        for (let j = 0; j < f; j++) if (mask & (1 << j)) s += boosts[j] * norm[j * stride + lengths[d * f + j]];
        if (seen[d] !== stamp) {
          seen[d] = stamp;
          score[d] = 0;
          matched[d] = 0;
          docs[count++] = d;
        }
        score[d] += idf * s;
        matched[d] |= bit;
      }
    };
    const n = Math.min(queryTerms.length, 31);
    for (let q = 0; q < n; q++) {
      const t = queryTerms[q];
      const i = this.find(t);
      const exact = i < this.terms.length && this.terms[i] === t;
      if (exact) addTerm(i, q, 1);
      if (prefixLast && q === queryTerms.length - 1) {
        for (let k = exact ? i + 1 : i, c = 0; k < this.terms.length && c < MAX_PREFIX_TERMS; k++, c++) {
          if (!this.terms[k].startsWith(t)) break;
          addTerm(k, q, PREFIX_WEIGHT);
        }
      }
    }
    hits.count = count;
    return hits;
  }

  /** searchInto, as one object per hit. */
  search(
    queryTerms: readonly string[],
    boosts: readonly number[],
    prefixLast = false,
    stats?: { docs: number; df(term: string): number },
  ): TermIndexHit[] {
    const h = this.searchInto(queryTerms, boosts, prefixLast, stats);
    return Array.from(h.docs.subarray(0, h.count), (d) => ({ id: d, score: h.score[d], mask: h.mask[d] }));
  }
}

/** Postings as varints (7 bits a byte, low first) of the gap from the previous document, shifted, with the mask. */
function encodeVarints(list: Int32Array): Uint8Array {
  const out = new Uint8Array(list.length * 5);
  let o = 0;
  let prev = -1;
  for (let p = 0; p < list.length; p++) {
    const d = list[p] >>> FIELD_BITS;
    let v = (d - prev - 1) * (1 << FIELD_BITS) + (list[p] & FIELD_MASK);
    prev = d;
    while (v >= 0x80) {
      out[o++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 0x80);
    }
    out[o++] = v;
  }
  return out.slice(0, o);
}

function decodeVarints(bytes: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count);
  let i = 0;
  let prev = -1;
  for (let p = 0; p < count; p++) {
    let v = 0;
    let mul = 1;
    let b: number;
    do {
      b = bytes[i++];
      v += (b & 0x7f) * mul;
      mul *= 0x80;
    } while (b & 0x80);
    const d = prev + 1 + Math.floor(v / (1 << FIELD_BITS));
    out[p] = (d << FIELD_BITS) | (v & FIELD_MASK);
    prev = d;
  }
  return out;
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

/** Bytes [from, to) of a base64 text, decoding only the characters that hold them. */
export function decodeBase64Range(s: string, from: number, to: number): Uint8Array {
  if (to <= from) return new Uint8Array(0);
  const skip = from % 3;
  const bytes = decodeBase64(s.slice(((from - skip) / 3) * 4, Math.ceil(to / 3) * 4));
  return bytes.subarray(skip, skip + to - from);
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
