// Right: `public class Main` in a file named for the problem, as BaekjoonHub saves it.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        long total = 0;
        for (int i = 0; i < n; i++) total += Long.parseLong(st.nextToken());
        System.out.println(total);
    }
}
