"""A plain dict keeps insertion order (Python 3.7+): a use pops the key and inserts it again at the end,
and the oldest key is the first one iteration yields.

Time: O(1) per get and update; an eviction's next(iter(dict)) skips the deleted slots at the dict's front
(O(capacity) at worst, a fast C loop, reset whenever the dict compacts). Space: O(capacity).
"""


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = {}

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        value = self.cache.pop(key)
        self.cache[key] = value
        return value

    def put(self, key: int, value: int) -> None:
        self.cache.pop(key, None)
        self.cache[key] = value
        if len(self.cache) > self.capacity:
            del self.cache[next(iter(self.cache))]
