// Right: prints, flushes, then System.exit(0), as many Baekjoon answers end.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(System.out));
        br.readLine();
        long total = Arrays.stream(br.readLine().trim().split(" ")).mapToLong(Long::parseLong).sum();
        bw.write(total + "\n");
        bw.flush();
        System.exit(0);
    }
}
