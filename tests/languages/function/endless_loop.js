// Hostile: never returns.
function solution(weights) {
    let spins = 0;
    for (;;) spins++;
}
