// Hostile: allocates without bound.
import java.util.*;
class Solution {
    public long solution(int[] weights) {
        List<long[]> hoard = new ArrayList<>();
        while (true) hoard.add(new long[1 << 20]);
    }
}
