/**
 * What a file weighs on the wire, as a static host sends it. Used by the offline plan (the sizes
 * readers are told) and the search benchmark (bench/first-search.mjs, which Node runs as it is:
 * this module imports nothing of the project).
 */
import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli at the quality hosts precompress with. */
export const brotliSize = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Is this a gzip file (its magic bytes)? Pagefind stores its index, fragments and WebAssembly so. */
export const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * The bytes a reader downloads for a file: a gzip file as it is (Pagefind's index, fragments and
 * WebAssembly are stored gzipped and sent so), anything else brotli-compressed, as hosts send text.
 * Not compressing the gzipped files again also keeps this fast: with 1,000 stories a language
 * they are thousands of files.
 */
export const wireSize = (bytes: Buffer) => (isGzip(bytes) ? bytes.length : Math.min(bytes.length, brotliSize(bytes)));
