// algokit's JavaScript driver: reads a call's arguments, calls the member's function, writes the answer.
//
// argv: <member file> <function> <args file> <answer file> <loops>, or --serve in place of the
// last three (below).
// The member's file runs in a fresh context (vm) for every call, so top-level state starts
// fresh each time, as in a new process per test case. The function is the global of that
// name: `function solution(...)` (Programmers) or `var twoSum = function (...)` (LeetCode).
//
// Time counted: the process's CPU time during the call (process.cpuUsage). Node's start-up
// and the loading of the member's file are not counted.
//
// Wire format, both ways (self-describing, whitespace-separated tokens):
//   i <integer> | f <float> | b 0|1 | s <bytes> <raw bytes> | l <count> <items...> | n
// The answer file gets "ok <seconds>\n<value>", "mle", or "error <name>\n<message>".
'use strict';
const fs = require('fs');
const vm = require('vm');
const path = require('path');

const [memberPath, functionName, argsPathArg, answerPathArg, loopsText] = process.argv.slice(2);
const source = fs.readFileSync(memberPath, 'utf8');

function decode(buffer) {
  let at = 0;
  const skip = () => { while (at < buffer.length && (buffer[at] === 32 || buffer[at] === 10)) at++; };
  const word = () => {
    skip();
    const start = at;
    while (at < buffer.length && buffer[at] !== 32 && buffer[at] !== 10) at++;
    return buffer.toString('latin1', start, at);
  };
  const value = () => {
    const tag = word();
    if (tag === 'i') return Number(word());
    if (tag === 'f') return Number(word());
    if (tag === 'b') return word() === '1';
    if (tag === 'n') return null;
    if (tag === 's') {
      const n = Number(word());
      at++;
      const s = buffer.toString('utf8', at, at + n);
      at += n;
      return s;
    }
    if (tag === 'l') {
      const n = Number(word());
      const items = [];
      for (let i = 0; i < n; i++) items.push(value());
      return items;
    }
    throw new Error('algokit: unknown tag ' + tag);
  };
  const values = [];
  for (skip(); at < buffer.length; skip()) values.push(value());
  return values;
}

function encode(value, out) {
  if (value === null || value === undefined) out.push('n');
  else if (typeof value === 'boolean') out.push(value ? 'b 1' : 'b 0');
  else if (typeof value === 'bigint') out.push('i ' + value.toString());
  else if (typeof value === 'number') {
    if (Number.isInteger(value)) out.push('i ' + BigInt(value).toString());
    else out.push('f ' + String(value));
  } else if (typeof value === 'string') out.push('s ' + Buffer.byteLength(value) + ' ' + value);
  else if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    out.push('l ' + value.length);
    for (const item of value) encode(item, out);
  } else throw new TypeError('returned ' + Object.prototype.toString.call(value) + ', which the kit cannot read');
  return out;
}

function load() {
  const module = { exports: {} };
  const context = vm.createContext({
    require, module, exports: module.exports, console, process, Buffer,
    __filename: memberPath, __dirname: path.dirname(memberPath),
    setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
  });
  const name = JSON.stringify(functionName);
  const found = vm.runInContext(
    source + `\n;(typeof ${functionName} !== 'undefined' ? ${functionName} : (module.exports && module.exports[${name}]))`,
    context, { filename: memberPath });
  if (typeof found !== 'function') {
    const error = new Error(`${path.basename(memberPath)} defines no function ${functionName}()`);
    error.name = 'ReferenceError';
    throw error;
  }
  return found;
}

function where(error) {
  const stack = String((error && error.stack) || '');
  const match = stack.split('\n').map((line) => line.includes(memberPath) && line.match(/:(\d+):\d+\)?$/)).find(Boolean);
  return match ? ' at line ' + match[1] : '';
}

let kept = null;  // the function kept between calls, with its context (LeetCode)

function handle(argsPath, answerPath, loops, keep) {
  const write = (text) => fs.writeFileSync(answerPath, text);
  const input = fs.readFileSync(argsPath);
  let seconds = 0;
  let answer;
  try {
    for (let i = 0; i <= loops; i++) {
      const solve = keep && kept ? kept : load();
      kept = keep ? solve : null;
      const args = decode(input);
      const start = process.cpuUsage();
      answer = solve(...args);
      const used = process.cpuUsage(start);
      if (loops === 0 || i > 0) seconds += (used.user + used.system) / 1e6;  // with loops, call 0 is a warm-up
    }
  } catch (error) {
    const name = (error && error.name) || typeof error;
    if (error && error.name === 'RangeError' && /call stack/i.test(String(error.message))) {
      write(`error RangeError\nRangeError${where(error)}: Maximum call stack size exceeded`);
    } else {
      const message = error && error.message !== undefined ? String(error.message).split('\n')[0] : String(error);
      write(`error ${name}\n${name}${where(error)}: ${message}`);
    }
    return;
  }
  let encoded;
  try {
    encoded = encode(answer, []).join('\n') + '\n';
  } catch (error) {
    write(`error TypeError\n${error.message}`);
    return;
  }
  write(`ok ${seconds.toFixed(9)}\n` + encoded);
}

// Serving: one call per line of stdin ("<args file>\t<answer file>\t<loops>"), each answered in
// its answer file and then acknowledged with "done" on fd 3, until stdin ends. With "keep"
// (LeetCode, which runs every test case in one process), the file's context lasts between
// calls; timed calls always meet a fresh one.
function serve(keep) {
  const chunk = Buffer.alloc(4096);
  let pending = '';
  for (;;) {
    let newline = pending.indexOf('\n');
    while (newline < 0) {
      let n = 0;
      try { n = fs.readSync(0, chunk, 0, chunk.length, null); } catch (error) { if (error.code === 'EAGAIN') continue; throw error; }
      if (n === 0) return;
      pending += chunk.toString('utf8', 0, n);
      newline = pending.indexOf('\n');
    }
    const [argsPath, answerPath, loopsText] = pending.slice(0, newline).split('\t');
    pending = pending.slice(newline + 1);
    const loops = Number(loopsText);
    handle(argsPath, answerPath, loops, keep && loops === 0);
    fs.writeSync(3, 'done\n');
  }
}

if (argsPathArg === '--serve') serve(answerPathArg === 'keep');
else handle(argsPathArg, answerPathArg, Number(loopsText), false);
process.exit(0);
