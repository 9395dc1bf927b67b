"""Oracle: a dict of key -> (value, time of last use); when a new key overflows the cache, scan
every key for the smallest time and drop it. Obviously LRU, with no ordering structure at all.

Time: O(capacity) per eviction, O(1) otherwise. Space: O(capacity).
"""


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.clock = 0
        self.entries = {}  # key -> [value, last use]

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self.clock += 1
        self.entries[key][1] = self.clock
        return self.entries[key][0]

    def put(self, key: int, value: int) -> None:
        self.clock += 1
        if key not in self.entries and len(self.entries) == self.capacity:
            oldest = min(self.entries, key=lambda k: self.entries[k][1])
            del self.entries[oldest]
        self.entries[key] = [value, self.clock]
