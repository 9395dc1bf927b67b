// Slow: every pair, O(n^2): TLE at the maximum.
function solution(weights) {
    let answer = 0;
    for (let i = 0; i < weights.length; i++)
        for (let j = i + 1; j < weights.length; j++) {
            const a = weights[i], b = weights[j];
            if (a === b || a * 2 === b * 3 || a * 2 === b * 4 || a * 3 === b * 2 || a * 3 === b * 4 ||
                a * 4 === b * 2 || a * 4 === b * 3) answer++;
        }
    return answer;
}
