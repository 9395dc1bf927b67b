// Wrong: a BufferedWriter that is never flushed prints nothing, on the judge too.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(System.out));
        br.readLine();
        long total = 0;
        for (String x : br.readLine().trim().split(" ")) total += Long.parseLong(x);
        bw.write(total + "\n");
    }
}
