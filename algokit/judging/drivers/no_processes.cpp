// Linked into every member's C++ program: the sandbox's refusal of new processes, from inside.
//
// The kit's seccomp filter has to let the program be started by one execve, and the function
// driver forks for a fresh state per timed call, so the program itself refuses the rest:
// - ALGOKIT_REFUSE=exec: before main and before the member's static constructors, execve and
//   execveat end the program with SIGSYS (function style); the driver calls
//   algokit_refuse_processes() before the member's code runs in a process.
// - ALGOKIT_REFUSE=processes: fork, vfork, clone without CLONE_THREAD, execve and execveat,
//   all before main (stdin style: the member's own main).
// The kit reports SIGSYS as "started a process". Threads stay allowed. Without the variable
// (a run by hand, or ALGOKIT_SANDBOX=off) nothing is refused. The kit's own filter, loaded
// before the exec, already ends a call of another architecture (i386's int 0x80, x32), so
// only this architecture's numbers need checking here.
#if defined(__linux__)
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

namespace {
bool algokit_refusing_processes = false;

void algokit_refuse(bool processes) {
    const unsigned int calls[] = {
        __NR_execve, __NR_execveat,
#ifdef __NR_fork
        __NR_fork,
#endif
#ifdef __NR_vfork
        __NR_vfork,
#endif
    };
    const unsigned int count = processes ? sizeof(calls) / sizeof(calls[0]) : 2;
    struct sock_filter code[16];
    unsigned int n = 0;
    code[n++] = BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
    // The program's last instruction is the kill; each listed call jumps there.
    const unsigned int length = 1 + count + (processes ? 6 : 2);
    for (unsigned int i = 0; i < count; ++i, ++n)
        code[n] = BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, calls[i], (unsigned char)(length - 1 - (n + 1)), 0);
    if (processes) {  // clone: a thread (CLONE_THREAD) is allowed, a new process is not
        code[n] = BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 1, 0), ++n;
        code[n++] = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
        code[n++] = BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]));
        code[n] = BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_THREAD, 0, 1), ++n;
        code[n++] = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    } else {
        code[n++] = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    }
    code[n++] = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
    struct sock_fprog program = {(unsigned short)n, code};
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) != 0) _Exit(125);
}

__attribute__((constructor(101))) void algokit_refuse_at_start() {
    const char *wanted = getenv("ALGOKIT_REFUSE");
    if (wanted == nullptr) return;
    if (strcmp(wanted, "processes") == 0) {
        algokit_refuse(true);
        algokit_refusing_processes = true;
    } else if (strcmp(wanted, "exec") == 0) {
        algokit_refuse(false);
    }
}
}  // namespace

// Called by the driver before the member's code runs in this process; once is enough.
extern "C" void algokit_refuse_processes() {
    if (algokit_refusing_processes || getenv("ALGOKIT_REFUSE") == nullptr) return;
    algokit_refuse(true);
    algokit_refusing_processes = true;
}
#else
extern "C" void algokit_refuse_processes() {}
#endif
