// Right: the whole input from fd 0, the usual Node.js idiom on Baekjoon.
const input = require('fs').readFileSync(0, 'utf8').trim().split('\n');
const numbers = input[1].trim().split(' ').map(Number);
console.log(numbers.reduce((a, b) => a + b, 0));
