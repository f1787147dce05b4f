// Minifies the default theme's script and style, which every page carries inline, into the jar beside the
// sources: terser for JavaScript, csso for CSS. Usage: node src/build/minify.mjs <theme folder> <output folder>
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { minify as minifyScript } from 'terser';
import { minify as minifyStyle } from 'csso';

const [themeFolder, outputFolder] = process.argv.slice(2);
if (!themeFolder || !outputFolder) {
  console.error('usage: node minify.mjs <theme folder> <output folder>');
  process.exit(2);
}

const kinds = ['choice', 'fill-in', 'ordering', 'matching', 'code'];
const scripts = ['keys.js', 'lock.js', 'quiz.js', ...kinds.map((kind) => kind + '.js'), 'embed.js', 'index.js', 'scorm.js'];
const styles = ['quiz.css', ...kinds.map((kind) => kind + '.css'), 'index.css'];

await mkdir(outputFolder, { recursive: true });
for (const name of scripts) {
  const source = await readFile(join(themeFolder, name), 'utf8');
  // Top-level names stay: quiz.js calls keys.js's global mdquizKeys and the kind scripts' mdquizChoiceKinds,
  // mdquizCodeKinds and the like, and tests call mdquizKeys from the browser.
  // unsafe_arrows turns function expressions into arrows where neither this nor arguments is used: the theme
  // never calls them with new.
  const result = await minifyScript(source, {
    ecma: 2020,
    compress: { passes: 3, unsafe_arrows: true },
    mangle: true,
    format: { comments: false },
  });
  await write(name, source, result.code);
}
for (const name of styles) {
  const source = await readFile(join(themeFolder, name), 'utf8');
  await write(name, source, minifyStyle(source).css);
}

async function write(name, source, minified) {
  await writeFile(join(outputFolder, name), minified + '\n');
  console.log(`${name}: ${Buffer.byteLength(source)} -> ${Buffer.byteLength(minified) + 1} bytes`);
}
