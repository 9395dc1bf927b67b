"""Replay the bridge second by second, as a row of bridge_length slots.

Each second the truck in the last slot drives off, every truck moves up one slot,
and the next waiting truck drives on if the trucks on the bridge plus it weigh at
most weight; otherwise the new slot stays empty. The statement's table, acted
out, which makes it the oracle.

Time: O(T * L) for T = the answer, up to n * L + 1. Space: O(L + n).
"""


def solution(bridge_length, weight, truck_weights):
    """The second at which the last truck is off the bridge."""
    bridge = [0] * bridge_length  # 0 is an empty slot: every truck weighs at least 1
    waiting = list(truck_weights)
    second = 0
    while waiting or any(bridge):
        second += 1
        bridge.pop(0)
        if waiting and sum(bridge) + waiting[0] <= weight:
            bridge.append(waiting.pop(0))
        else:
            bridge.append(0)
    return second
