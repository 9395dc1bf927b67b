// Right, with a top-level Map that is never cleared: correct because each test case starts fresh.
const count = new Map();

function solution(weights) {
    for (const w of weights) count.set(w, (count.get(w) || 0) + 1);
    let answer = 0;
    for (const [w, c] of count) {
        answer += c * (c - 1) / 2;
        if (w % 2 === 0) answer += c * (count.get(w / 2 * 3) || 0);
        answer += c * (count.get(w * 2) || 0);
        if (w % 3 === 0) answer += c * (count.get(w / 3 * 4) || 0);
    }
    return answer;
}
