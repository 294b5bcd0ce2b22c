// heapscope: `heapscope run FILE.py` runs a program exactly as `python3 FILE.py` would.
#include "observe/heap_audit.h"
#include "observe/session.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

namespace {

const char* const usage_text =
    "usage: heapscope run FILE.py    run a program as `python3 FILE.py` would\n"
    "       heapscope run -          read the program from standard input\n"
    "       heapscope record [--max-steps N] FILE.py\n"
    "                                print the run log as JSON: every step, the output and the\n"
    "                                collections, no heap (docs/trace-format.md); what the page\n"
    "                                records\n"
    "       heapscope trace [--max-steps N] FILE.py\n"
    "                                print the run as JSON: every step, its events, and the heap\n"
    "                                (docs/trace-format.md); stops at N steps (default 100000)\n"
    "       heapscope --version      print the version\n"
    "       heapscope --help         print this help\n"
    "\n"
    "heapscope reproduces CPython 3.11's memory management: reference counts, sizes and\n"
    "the cyclic garbage collector, for the subset of Python that lessons on memory use.\n";

// stdout is buffered and flushed before anything goes to stderr, so that a terminal shows
// output and tracebacks in the order the program produced them.
std::string g_stdout_buffer;

void flush_stdout() {
    if (g_stdout_buffer.empty()) return;
    std::fwrite(g_stdout_buffer.data(), 1, g_stdout_buffer.size(), stdout);
    std::fflush(stdout);
    g_stdout_buffer.clear();
}

// Reads the program named on the command line ("-": standard input) and the path tracebacks
// show (absolute, as CPython shows it). Returns false after printing why it could not.
bool read_program(const std::string& arg, std::string& source, std::string& path) {
    if (arg == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        source = ss.str();
        path = "<stdin>";
        return true;
    }
    std::ifstream in(arg, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "heapscope: can't open file '%s': [Errno 2] No such file or directory\n", arg.c_str());
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    source = ss.str();
    std::error_code ec;
    auto abs = std::filesystem::absolute(arg, ec);
    path = ec ? arg : abs.lexically_normal().string();
    return true;
}

int run_file(const std::string& arg) {
    std::string source;
    std::string path;
    if (!read_program(arg, source, path)) return 2;
    hs::Limits limits;
    // HEAPSCOPE_GC_STRESS=1: collect on every GC allocation (runtime/collector.h; CI's stress run).
    if (const char* stress = std::getenv("HEAPSCOPE_GC_STRESS")) limits.gc_stress = std::strcmp(stress, "1") == 0;
    // HEAPSCOPE_AUDIT=1: check the heap's invariants as the program runs and after it
    // (observe/heap_audit.h; the debug build's tests). A failed check exits with status 70.
    const char* audit_env = std::getenv("HEAPSCOPE_AUDIT");
    std::optional<hs::observe::HeapAuditor> auditor;
    if (audit_env && std::strcmp(audit_env, "1") == 0) {
        hs::runtime_bootstrap();  // process-wide objects belong to no run
        auditor.emplace();
        hs::g_observer = &*auditor;
    }
    hs::Runtime* runtime = hs::runtime_create(
        limits,
        [](std::string_view text) {
            g_stdout_buffer.append(text);
            if (g_stdout_buffer.size() > (1u << 16)) flush_stdout();
        },
        [](std::string_view text) {
            flush_stdout();
            std::fwrite(text.data(), 1, text.size(), stderr);
            std::fflush(stderr);
        });
    int status = hs::run_main(source, path);
    if (auditor) auditor->check_heap("end of program");
    hs::runtime_destroy(runtime);
    flush_stdout();
    if (auditor) {
        hs::g_observer = nullptr;
        auditor->check_no_leaks("teardown");
        if (!auditor->report().empty()) {
            std::fputs(auditor->report().c_str(), stderr);
            return 70;
        }
    }
    return status;
}

// `heapscope trace FILE.py`: the observation API's trace document on standard output. Each step
// is a snapshot of the whole heap, so big heaps over many steps take long: --max-steps bounds it.
// `heapscope record FILE.py`: the run log alone (Session::run), as the page records a run.
int observe_file(const std::string& arg, int64_t max_steps, bool with_heap) {
    std::string source;
    std::string path;
    if (!read_program(arg, source, path)) return 2;
    hs::observe::Limits limits;
    limits.max_steps = max_steps;
    hs::observe::Session session(limits);
    session.set_script_path(path);
    session.load(source);
    std::string doc = with_heap ? session.trace() : session.run();
    std::fwrite(doc.data(), 1, doc.size(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
        std::fputs(usage_text, stdout);
        return 0;
    }
    if (argc >= 2 && std::strcmp(argv[1], "--version") == 0) {
        std::printf("heapscope %s (CPython 3.11 memory model)\n", HEAPSCOPE_VERSION);
        return 0;
    }
    if (argc == 3 && std::strcmp(argv[1], "run") == 0) return run_file(argv[2]);
    bool observe = argc >= 3 && (std::strcmp(argv[1], "trace") == 0 || std::strcmp(argv[1], "record") == 0);
    bool with_heap = observe && std::strcmp(argv[1], "trace") == 0;
    if (observe && argc == 3) return observe_file(argv[2], hs::observe::Limits{}.max_steps, with_heap);
    if (observe && argc == 5 && std::strcmp(argv[2], "--max-steps") == 0) {
        char* end = nullptr;
        long long n = std::strtoll(argv[3], &end, 10);
        if (end && *end == 0 && n > 0) return observe_file(argv[4], n, with_heap);
    }
    std::fputs(usage_text, stderr);
    return 2;
}
