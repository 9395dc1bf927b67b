// algokit's C++ driver: reads a call's arguments, calls the member's function, writes the answer.
//
// Compiled once per member file (g++ -std=gnu++17 -O2), with the member's file included
// below and the entry point named by -D flags:
//   ALGOKIT_FUNCTION=solution              a free function (Programmers)
//   ALGOKIT_CLASS=Solution ALGOKIT_METHOD=twoSum   a method of a new object (LeetCode)
// The parameter and return types are read off the member's own declaration (templates
// below), so a file declaring `long long solution(vector<int> weights)` and one declaring
// `int solution(const vector<int>& w)` both work, as on the platform.
//
// Wire format, both ways (self-describing, whitespace-separated tokens):
//   i <integer> | f <float> | b 0|1 | s <bytes> <raw bytes> | l <count> <items...> | n
// argv: <args file> <answer file> <loops>, or --serve keep (below). The answer file gets
//   "ok <seconds>\n<value>", "mle", or "error <name>\n<message>".
// loops = 0 is one call; loops > 0 is one untimed warm-up then `loops` timed calls, each
// in a fresh fork of this process, so that no global state carries from one to the next.
// The member's code never runs before algokit_refuse_processes() (no_processes.cpp) in its
// process: from then on it cannot fork or exec. A process that forks for timed calls
// never runs the member's code itself, so its forks stay possible.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>
#include <tuple>
#include <unistd.h>
#include <sys/wait.h>

extern "C" void algokit_refuse_processes();

#define main algokit_member_main
#include ALGOKIT_MEMBER
#undef main

namespace algokit_driver {

struct Reader {
    const char *p, *end;
    char tag() {
        while (p < end && (*p == ' ' || *p == '\n')) ++p;
        return p < end ? *p++ : '\0';
    }
    std::string word() {
        while (p < end && (*p == ' ' || *p == '\n')) ++p;
        const char *start = p;
        while (p < end && *p != ' ' && *p != '\n') ++p;
        return std::string(start, p);
    }
    long long integer() { return std::strtoll(word().c_str(), nullptr, 10); }
    std::string bytes() {
        long long n = integer();
        ++p;  // the one space before the raw bytes
        std::string s(p, p + n);
        p += n;
        return s;
    }
};

template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T> void decode(Reader &r, T &out) {
    char tag = r.tag();
    if constexpr (is_vector<T>::value) {
        long long n = r.integer();
        out.resize(n);
        for (auto &item : out) decode(r, item);
    } else if constexpr (std::is_same_v<T, std::string>) {
        out = r.bytes();
    } else if constexpr (std::is_same_v<T, char>) {
        std::string s = r.bytes();
        out = s.empty() ? '\0' : s[0];
    } else if constexpr (std::is_same_v<T, bool>) {
        out = r.integer() != 0;
    } else if constexpr (std::is_floating_point_v<T>) {
        out = static_cast<T>(std::strtod(r.word().c_str(), nullptr));
    } else {
        static_assert(std::is_integral_v<T>, "algokit: a parameter type the driver cannot fill");
        out = static_cast<T>(r.integer());
    }
    (void)tag;
}

inline void put(std::string &out, const char *text) { out += text; }

template <class T> void encode(std::string &out, const T &value) {
    if constexpr (is_vector<T>::value) {
        out += "l " + std::to_string(value.size()) + "\n";
        for (const auto &item : value) encode(out, static_cast<const typename T::value_type &>(item));
    } else if constexpr (std::is_same_v<T, std::string>) {
        out += "s " + std::to_string(value.size()) + " " + value + "\n";
    } else if constexpr (std::is_same_v<T, const char *> || std::is_same_v<T, char *>) {
        encode(out, std::string(value));
    } else if constexpr (std::is_same_v<T, char>) {
        encode(out, std::string(1, value));
    } else if constexpr (std::is_same_v<T, bool>) {
        out += value ? "b 1\n" : "b 0\n";
    } else if constexpr (std::is_floating_point_v<T>) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "f %.17g\n", static_cast<double>(value));
        out += buffer;
    } else {
        static_assert(std::is_integral_v<T>, "algokit: a return type the driver cannot send back");
        out += "i " + std::to_string(value) + "\n";
    }
}

template <class F> struct signature;
template <class R, class... A> struct signature<R (*)(A...)> {
    using result = R;
    using args = std::tuple<std::decay_t<A>...>;
};
template <class C, class R, class... A> struct signature<R (C::*)(A...)> {
    using result = R;
    using args = std::tuple<std::decay_t<A>...>;
};
template <class C, class R, class... A> struct signature<R (C::*)(A...) const> {
    using result = R;
    using args = std::tuple<std::decay_t<A>...>;
};

#ifdef ALGOKIT_CLASS
using entry = signature<decltype(&ALGOKIT_CLASS::ALGOKIT_METHOD)>;
#else
using entry = signature<decltype(&ALGOKIT_FUNCTION)>;
#endif
using Args = entry::args;
using Result = entry::result;

static const char *answer_path;

void write_answer(const std::string &text) {
    FILE *f = std::fopen(answer_path, "wb");
    if (!f) std::_Exit(71);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
}

void out_of_memory() {
    write_answer("mle");
    std::_Exit(0);
}

double cpu_now() {
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

template <std::size_t... I> Result call(Args &args, std::index_sequence<I...>) {
#ifdef ALGOKIT_CLASS
    ALGOKIT_CLASS object;
    return object.ALGOKIT_METHOD(std::get<I>(args)...);
#else
    return ALGOKIT_FUNCTION(std::get<I>(args)...);
#endif
}

// One call on freshly decoded arguments: its CPU seconds; the answer encoded into `value`.
double timed_call(const std::string &input, std::string &value) {
    algokit_refuse_processes();
    Reader reader{input.data(), input.data() + input.size()};
    Args args;
    std::apply([&](auto &...each) { (decode(reader, each), ...); }, args);
    double start = cpu_now();
    auto result = call(args, std::make_index_sequence<std::tuple_size_v<Args>>{});
    double seconds = cpu_now() - start;
    value.clear();
    encode(value, result);
    return seconds;
}

// A call in a fork of this process: its CPU seconds (and its encoded answer in `value`).
// When the fork fails, this process ends as the fork did (its answer file says how).
double forked_call(const std::string &input, std::string &value) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) std::_Exit(72);
    std::fflush(nullptr);
    pid_t pid = fork();
    if (pid == 0) {
        close(pipe_fds[0]);
        double seconds = timed_call(input, value);
        std::fflush(nullptr);
        std::string reply(reinterpret_cast<const char *>(&seconds), sizeof seconds);
        reply += value;
        for (std::size_t sent = 0; sent < reply.size();) {
            ssize_t n = write(pipe_fds[1], reply.data() + sent, reply.size() - sent);
            if (n <= 0) std::_Exit(73);
            sent += n;
        }
        std::_Exit(0);
    }
    close(pipe_fds[1]);
    std::string reply;
    char chunk[1 << 16];
    for (ssize_t n; (n = read(pipe_fds[0], chunk, sizeof chunk)) > 0;) reply.append(chunk, n);
    close(pipe_fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    double seconds = -1;
    bool answered = WIFEXITED(status) && WEXITSTATUS(status) == 0 && reply.size() >= sizeof seconds;
    if (answered) {
        std::memcpy(&seconds, reply.data(), sizeof seconds);
        value.assign(reply, sizeof seconds, std::string::npos);
    } else {
        if (WIFSIGNALED(status)) raise(WTERMSIG(status));  // the parent dies as its fork did
        std::_Exit(WIFEXITED(status) ? WEXITSTATUS(status) : 74);
    }
    return seconds;
}

std::string read_file(const char *path) {
    std::string input;
    if (FILE *f = std::fopen(path, "rb")) {
        char buffer[1 << 16];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) input.append(buffer, n);
        std::fclose(f);
    }
    return input;
}

void handle(const char *args_path, const char *answer, int loops);

// Serving (LeetCode, which runs every test case in one process, globals and all): one call
// per line of stdin ("<args file>\t<answer file>\t<loops>"), each answered in its answer file
// and acknowledged with "done" on fd 3, until stdin ends. Timed calls still fork, fresh.
int serve() {
    std::string pending;
    char chunk[4096];
    for (;;) {
        std::size_t newline;
        while ((newline = pending.find('\n')) == std::string::npos) {
            ssize_t n = read(0, chunk, sizeof chunk);
            if (n <= 0) return 0;
            pending.append(chunk, n);
        }
        std::string line = pending.substr(0, newline);
        pending.erase(0, newline + 1);
        std::size_t first = line.find('\t'), second = line.find('\t', first + 1);
        std::string args_path = line.substr(0, first), answer = line.substr(first + 1, second - first - 1);
        handle(args_path.c_str(), answer.c_str(), std::atoi(line.c_str() + second + 1));
        if (write(3, "done\n", 5) != 5) return 0;
    }
}

int run(int argc, char **argv) {
    std::set_new_handler(out_of_memory);
    if (argc >= 2 && std::strcmp(argv[1], "--serve") == 0) return serve();
    if (argc < 4) return 64;
    handle(argv[1], argv[2], std::atoi(argv[3]));
    return 0;
}

void handle(const char *args_path, const char *answer, int loops) {
    answer_path = answer;
    std::string input = read_file(args_path);
    std::string value;
    double seconds = 0;
    if (loops == 0) {
        seconds = timed_call(input, value);
    } else {
        forked_call(input, value);  // warm-up, untimed
        for (int i = 0; i < loops; ++i) seconds += forked_call(input, value);  // the last answer is reported
    }
    std::fflush(nullptr);
    char head[64];
    std::snprintf(head, sizeof head, "ok %.9f\n", seconds);
    write_answer(head + value);
}

}  // namespace algokit_driver

int main(int argc, char **argv) { return algokit_driver::run(argc, argv); }
