// Crashes: reads a property of undefined.
function solution(weights) {
    const seats = undefined;
    return seats.length;
}
