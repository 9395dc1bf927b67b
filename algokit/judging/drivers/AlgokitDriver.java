// algokit's Java driver: reads a call's arguments, calls the member's method, writes the answer.
//
// argv: <member classes folder> <class> <method> <args file> <answer file> <loops>, or, in place
// of the last three, --serve (below).
// The member's class is loaded by a class loader of its own for every call, so static
// fields start fresh each time, as in a new JVM per test case. The method is found by
// name and its parameter types read by reflection, so the member's own declaration
// (int[] or long[], String[] or List<String>) decides how the arguments are built.
//
// Time counted: the CPU time of the calling thread during the call, plus the time the
// garbage collector spent meanwhile. JVM start-up, class loading and the JIT compiler's
// threads are not counted.
//
// Wire format, both ways (self-describing, whitespace-separated tokens):
//   i <integer> | f <float> | b 0|1 | s <bytes> <raw bytes> | l <count> <items...> | n
// The answer file gets "ok <seconds>\n<value>", "mle", or "error <name>\n<message>".
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;

public final class AlgokitDriver {
    private static String answerPath;

    public static void main(String[] argv) throws Exception {
        URL folder = Paths.get(argv[0]).toUri().toURL();
        String className = argv[1], methodName = argv[2];
        if (argv.length >= 4 && argv[3].equals("--serve")) {
            serve(folder, className, methodName, argv.length > 4 && argv[4].equals("keep"));
        } else {
            handle(folder, className, methodName, argv[3], argv[4], Integer.parseInt(argv[5]), false);
        }
        System.out.flush();
        System.exit(0);
    }

    // Serving: one call per line of stdin ("<args file>\t<answer file>\t<loops>"), each answered
    // in its answer file and then acknowledged with "done" on fd 3, until stdin ends. With "keep"
    // (LeetCode, which runs every test case in one JVM), the class and its static fields last
    // between calls, with a new object per call; timed calls always meet a fresh class.
    static void serve(URL folder, String className, String methodName, boolean keep) throws Exception {
        java.io.BufferedReader requests = new java.io.BufferedReader(
                new java.io.InputStreamReader(new java.io.FileInputStream(java.io.FileDescriptor.in), StandardCharsets.UTF_8));
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));  // the member's code sees an empty stdin
        try (FileOutputStream replies = new FileOutputStream("/dev/fd/3")) {
            String line;
            while ((line = requests.readLine()) != null) {
                String[] parts = line.split("\t");
                int loops = Integer.parseInt(parts[2]);
                handle(folder, className, methodName, parts[0], parts[1], loops, keep && loops == 0);
                System.out.flush();
                replies.write("done\n".getBytes(StandardCharsets.US_ASCII));
                replies.flush();
            }
        }
    }

    static void handle(URL folder, String className, String methodName, String argsPath, String answer, int loops,
                       boolean keep) throws IOException {
        answerPath = answer;
        byte[] input = Files.readAllBytes(Paths.get(argsPath));
        double seconds = 0;
        Object result = null;
        try {
            for (int i = 0; i <= loops; i++) {
                Object[] call = call(folder, className, methodName, input, keep);
                if (loops == 0 || i > 0) seconds += (Double) call[0];  // with loops, call 0 is a warm-up
                result = call[1];
            }
        } catch (OutOfMemoryError e) {
            result = null;
            write("mle");
            return;
        } catch (Failure e) {
            write("error " + e.name + "\n" + e.getMessage());
            return;
        }
        StringBuilder out = new StringBuilder();
        try {
            encode(out, result);
        } catch (IllegalArgumentException e) {
            write("error ReturnType\n" + e.getMessage());
            return;
        }
        write(String.format("ok %.9f%n", seconds) + out);
    }

    static final class Failure extends Exception {
        final String name;

        Failure(String name, String message) {
            super(message);
            this.name = name;
        }
    }

    private static Class<?> kept;  // the class kept between calls (LeetCode)

    static Object[] call(URL folder, String className, String methodName, byte[] input, boolean keep) throws Failure {
        Class<?> type;
        Object target;
        Method method;
        try {
            if (keep && kept != null) {
                type = kept;
            } else {
                URLClassLoader loader = new URLClassLoader(new URL[] {folder}, ClassLoader.getPlatformClassLoader());
                type = Class.forName(className, true, loader);
                kept = keep ? type : null;
            }
            method = null;
            for (Method candidate : type.getDeclaredMethods()) {
                if (candidate.getName().equals(methodName)) {
                    method = candidate;
                    break;
                }
            }
            if (method == null) throw new Failure("NoSuchMethodError", "class " + className + " has no method " + methodName + "()");
            method.setAccessible(true);
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            target = java.lang.reflect.Modifier.isStatic(method.getModifiers()) ? null : constructor.newInstance();
        } catch (ClassNotFoundException e) {
            throw new Failure("ClassNotFoundException", "the file defines no class " + className);
        } catch (ReflectiveOperationException | ExceptionInInitializerError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw describe(cause);
        }
        Type[] params = method.getGenericParameterTypes();
        Reader reader = new Reader(input);
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) args[i] = convert(reader.value(), params[i]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long gcBefore = gcMillis();
        long start = threads.getCurrentThreadCpuTime();
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof OutOfMemoryError) throw (OutOfMemoryError) e.getCause();
            throw describe(e.getCause());
        } catch (IllegalAccessException e) {
            throw new Failure("IllegalAccessException", e.getMessage());
        }
        long used = threads.getCurrentThreadCpuTime() - start;
        double seconds = used / 1e9 + (gcMillis() - gcBefore) / 1e3;
        return new Object[] {seconds, result};
    }

    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
        return total;
    }

    static Failure describe(Throwable error) {
        if (error instanceof OutOfMemoryError) return new Failure("OutOfMemoryError", "over the memory limit");
        String where = "";
        for (StackTraceElement frame : error.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null && !file.equals("AlgokitDriver.java") && frame.getLineNumber() > 0
                    && !frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk.")) {
                where = " at line " + frame.getLineNumber();
                break;
            }
        }
        String message = error.getMessage() == null ? "" : ": " + error.getMessage().split("\n")[0];
        return new Failure(error.getClass().getSimpleName(), error.getClass().getSimpleName() + where + message);
    }

    static void write(String text) throws IOException {
        try (FileOutputStream out = new FileOutputStream(answerPath)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    // --- the wire format ------------------------------------------------------------------

    static final class Reader {
        final byte[] data;
        int at = 0;

        Reader(byte[] data) {
            this.data = data;
        }

        void skip() {
            while (at < data.length && (data[at] == ' ' || data[at] == '\n')) at++;
        }

        String word() {
            skip();
            int start = at;
            while (at < data.length && data[at] != ' ' && data[at] != '\n') at++;
            return new String(data, start, at - start, StandardCharsets.US_ASCII);
        }

        Object value() {
            String tag = word();
            switch (tag) {
                case "i": return Long.parseLong(word());
                case "f": return Double.parseDouble(word());
                case "b": return word().equals("1");
                case "n": return null;
                case "s": {
                    int n = Integer.parseInt(word());
                    at++;
                    String s = new String(data, at, n, StandardCharsets.UTF_8);
                    at += n;
                    return s;
                }
                case "l": {
                    int n = Integer.parseInt(word());
                    List<Object> items = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) items.add(value());
                    return items;
                }
                default: throw new IllegalStateException("algokit: unknown tag " + tag);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Object convert(Object value, Type type) {
        if (value == null) return null;
        if (type instanceof Class<?> c) {
            if (c == int.class || c == Integer.class) return ((Number) value).intValue();
            if (c == long.class || c == Long.class) return ((Number) value).longValue();
            if (c == short.class || c == Short.class) return ((Number) value).shortValue();
            if (c == byte.class || c == Byte.class) return ((Number) value).byteValue();
            if (c == double.class || c == Double.class) return ((Number) value).doubleValue();
            if (c == float.class || c == Float.class) return ((Number) value).floatValue();
            if (c == boolean.class || c == Boolean.class) return value;
            if (c == char.class || c == Character.class) return ((String) value).isEmpty() ? '\0' : ((String) value).charAt(0);
            if (c == String.class || c == Object.class) return value;
            if (c.isArray()) {
                if (value instanceof String s && c.getComponentType() == char.class) return s.toCharArray();
                List<Object> items = (List<Object>) value;
                Object array = Array.newInstance(c.getComponentType(), items.size());
                for (int i = 0; i < items.size(); i++) Array.set(array, i, convert(items.get(i), c.getComponentType()));
                return array;
            }
            if (Collection.class.isAssignableFrom(c)) return convertList((List<Object>) value, Object.class, c);
            throw new IllegalArgumentException("a parameter of type " + c.getSimpleName());
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return convertList((List<Object>) value, p.getActualTypeArguments()[0], raw);
        }
        if (type instanceof GenericArrayType g) {
            List<Object> items = (List<Object>) value;
            Object[] array = new Object[items.size()];
            for (int i = 0; i < items.size(); i++) array[i] = convert(items.get(i), g.getGenericComponentType());
            return array;
        }
        throw new IllegalArgumentException("a parameter of type " + type.getTypeName());
    }

    static Object convertList(List<Object> items, Type element, Class<?> raw) {
        List<Object> out = raw.isAssignableFrom(LinkedList.class) && !raw.isAssignableFrom(ArrayList.class)
                ? new LinkedList<>() : new ArrayList<>(items.size());
        for (Object item : items) out.add(convert(item, element));
        return out;
    }

    static void encode(StringBuilder out, Object value) {
        if (value == null) {
            out.append("n\n");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.append("i ").append(value).append('\n');
        } else if (value instanceof Double || value instanceof Float) {
            out.append("f ").append(value).append('\n');
        } else if (value instanceof Boolean b) {
            out.append(b ? "b 1\n" : "b 0\n");
        } else if (value instanceof String || value instanceof Character || value instanceof StringBuilder) {
            byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
            out.append("s ").append(bytes.length).append(' ').append(value).append('\n');
        } else if (value.getClass().isArray()) {
            int n = Array.getLength(value);
            out.append("l ").append(n).append('\n');
            for (int i = 0; i < n; i++) encode(out, Array.get(value, i));
        } else if (value instanceof Collection<?> items) {
            out.append("l ").append(items.size()).append('\n');
            for (Object item : items) encode(out, item);
        } else {
            throw new IllegalArgumentException("returned a " + value.getClass().getSimpleName() + ", which the kit cannot read");
        }
    }
}
