// Hostile: allocates without bound.
function solution(weights) {
    const hoard = [];
    for (;;) hoard.push(new Array(1 << 20).fill(7));
}
