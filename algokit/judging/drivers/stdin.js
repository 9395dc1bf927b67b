// algokit's preload for JavaScript stdin programs (node -r): records the CPU time the
// member's program used, from the end of Node's start-up to its exit, in ALGOKIT_TIME_FILE.
// process.exit() from the program is timed too (the 'exit' event still fires).
'use strict';
const fs = require('fs');
const start = process.cpuUsage();
const target = process.env.ALGOKIT_TIME_FILE;
delete process.env.ALGOKIT_TIME_FILE;
process.on('exit', () => {
  const used = process.cpuUsage(start);
  try { fs.writeFileSync(target, `ok ${((used.user + used.system) / 1e6).toFixed(9)}\n`); } catch (e) { /* nothing to report to */ }
});
