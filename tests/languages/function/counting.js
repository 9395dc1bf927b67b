// Right: counting, as Programmers' JavaScript stub declares it (function solution(weights)).
function solution(weights) {
    const count = new Array(1001).fill(0);
    for (const w of weights) count[w]++;
    let answer = 0;
    for (let w = 100; w <= 1000; w++) {
        const c = count[w];
        answer += c * (c - 1) / 2;
        if (w * 3 % 2 === 0 && w * 3 / 2 <= 1000) answer += c * count[w * 3 / 2];
        if (w * 2 <= 1000) answer += c * count[w * 2];
        if (w * 4 % 3 === 0 && w * 4 / 3 <= 1000) answer += c * count[w * 4 / 3];
    }
    return answer;
}
