"""42583: packs consecutive trucks into groups that fit and sends each group over only after the previous one is across."""


def solution(bridge_length, weight, truck_weights):
    answer = 0
    group, load = 0, 0
    for truck in truck_weights:
        if group and (load + truck > weight or group == bridge_length):
            answer += bridge_length + group  # the group drives on one per second
            group, load = 0, 0
        group += 1
        load += truck
    return answer + bridge_length + group
