// algokit's Java launcher for stdin programs: runs the member's Main.main as `java Main`
// would, and records the CPU time it used (the calling thread's, plus garbage collection;
// JVM start-up and the JIT compiler's threads are not counted) in the file named by argv[0].
// The time is written by a shutdown hook, so a program that ends with System.exit(0) is
// timed too. An OutOfMemoryError ends the JVM with exit status 86, read by the kit as MLE.
import java.io.FileOutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

public final class AlgokitMain {
    static volatile long cpu = -1, gc = 0;

    public static void main(String[] argv) throws Throwable {
        String timePath = argv[0];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread caller = Thread.currentThread();
        long start = threads.getCurrentThreadCpuTime();
        long gcStart = gcMillis();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long used = cpu >= 0 ? cpu : threads.getThreadCpuTime(caller.getId()) - start;
            double seconds = Math.max(0, used) / 1e9 + (gcMillis() - gcStart) / 1e3;
            try (FileOutputStream out = new FileOutputStream(timePath)) {
                out.write(String.format("ok %.9f%n", seconds).getBytes(StandardCharsets.US_ASCII));
            } catch (Exception ignored) {
            }
        }));
        Method main = Class.forName(argv[1]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            cpu = threads.getCurrentThreadCpuTime() - start;
            if (e.getCause() instanceof OutOfMemoryError) {
                Runtime.getRuntime().halt(86);
            }
            throw e.getCause();
        }
        cpu = threads.getCurrentThreadCpuTime() - start;
    }

    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, bean.getCollectionTime());
        return total;
    }
}
