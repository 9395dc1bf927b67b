// Right: /dev/stdin by name, the other usual idiom.
const [n, line] = require('fs').readFileSync('/dev/stdin').toString().trim().split('\n');
let total = 0;
for (const x of line.trim().split(' ')) total += Number(x);
console.log(String(total));
