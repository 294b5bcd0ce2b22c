// Runs the heap auditor (observe/heap_audit.h) over every test case of the executables that
// link it (the runtime and observation tests): a test that runs a program has its heap checked
// at the module's lines, and every test must free every object its runtimes created, sessions'
// runs included.
//
// Catch2 2 gives listeners no way to fail the test that just ended, and CTest runs each test
// case in its own process: a failed audit prints its report and ends the process with status 70.
#include "observe/heap_audit.h"
#include "observe/run_observed.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"

// Listeners are part of what Catch2 2 calls its external interfaces.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

struct HeapAuditListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;

    std::optional<hs::observe::HeapAuditor> auditor;
    int64_t left_by_runs = 0;  // objects_left_by_runs() when the test started

    void testCaseStarting(Catch::TestCaseInfo const& info) override {
        TestEventListenerBase::testCaseStarting(info);
        hs::runtime_bootstrap();  // process-wide objects belong to no test
        auditor.emplace();
        hs::g_observer = &*auditor;
        left_by_runs = hs::observe::objects_left_by_runs();
    }

    void testCaseEnded(Catch::TestCaseStats const& stats) override {
        // A test that installed its own observer (a session) has put the auditor back by now.
        if (hs::g_observer == &*auditor) hs::g_observer = nullptr;
        auditor->check_no_leaks("end of the test");
        // A session's runs have their own observer (a Recorder): their leaks are counted there.
        int64_t leaked = hs::observe::objects_left_by_runs() - left_by_runs;
        if (!auditor->report().empty() || leaked > 0) {
            std::fprintf(stderr, "%s: %s", stats.testInfo.name.c_str(), auditor->report().c_str());
            if (leaked > 0) std::fprintf(stderr, "%lld objects of a session's runs were never freed\n", static_cast<long long>(leaked));
            std::fflush(stderr);
            std::_Exit(70);
        }
        auditor.reset();
        TestEventListenerBase::testCaseEnded(stats);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(HeapAuditListener)
