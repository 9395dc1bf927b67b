// Linked into a member's stdin program (C++): running out of memory under the cap ends the
// program with exit status 86, which the kit reads as MLE rather than a crash.
#include <cstdlib>
#include <new>

namespace {
[[noreturn]] void algokit_out_of_memory() { std::_Exit(86); }
const int algokit_installed = (std::set_new_handler(algokit_out_of_memory), 0);
}  // namespace
