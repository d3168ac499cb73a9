// Fails early with a clear message when `npm run …` does not run on the pinned Node 24
// (for instance after `npm ci --ignore-scripts`, which skips linking node_modules/.bin/node).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`This project needs Node >= 22.12 (found ${process.versions.node}). Run \`npm ci\` so that the pinned Node 24 from node_modules/.bin is used.`);
  process.exit(1);
}
