// Plain JavaScript on purpose: it must run, and explain, even on the wrong Node version.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  process.stderr.write(
    `gokui: Node.js 24 is required, but this is ${process.version}.\n` +
      'The project installs Node 24 itself through the "node" devDependency: run `npm ci`\n' +
      '(with install scripts enabled) and use the npm scripts, e.g. `npm start`.\n',
  );
  process.exit(1);
}
