// Imports a small TypeScript module from Node scripts (the manifest config and its check), so the
// part lists are written once, in src/.
import { build } from 'esbuild';

export async function loadTs(path) {
  const result = await build({ entryPoints: [path], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
