// Plain Pagefind over a built site, for bench:scale's comparison with our indexing (the Kazakh
// keys, one language at a time, the word lists): `node bench/plain-index.mjs DIST OUT`.
import { createIndex, close } from 'pagefind';

const [dist, outputPath] = process.argv.slice(2);
if (!dist || !outputPath) throw new Error('usage: node bench/plain-index.mjs DIST OUT');
const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(added.errors.join('; '));
await index.writeFiles({ outputPath });
await close();
console.log(`${added.page_count} pages`);
