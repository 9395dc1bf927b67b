// Subtly wrong: Array.prototype.sort() compares as strings, so 1000 sorts before 200, and
// the binary search that follows misses partners. Right whenever no weight has four digits
// in the wrong place, which the examples never reach.
function lowerBound(a, x, lo) {
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a[mid] < x) lo = mid + 1; else hi = mid;
    }
    return lo;
}

function countOf(a, x, from) {
    return lowerBound(a, x + 1, from) - lowerBound(a, x, from);
}

function solution(weights) {
    const a = weights.slice().sort();
    let answer = 0;
    for (let i = 0; i < a.length; i++) {
        const w = a[i];
        answer += countOf(a, w, i + 1);
        if (w * 3 % 2 === 0) answer += countOf(a, w * 3 / 2, i + 1);
        answer += countOf(a, w * 2, i + 1);
        if (w * 4 % 3 === 0) answer += countOf(a, w * 4 / 3, i + 1);
    }
    return answer;
}
