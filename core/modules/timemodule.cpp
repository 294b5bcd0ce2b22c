// The time module, the part lessons use for simple timings (CPython's Modules/timemodule.c):
// time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, process_time,
// process_time_ns and sleep. Values are floats in seconds or ints in nanoseconds, as in CPython;
// perf_counter is the monotonic clock there too.
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/moduleobject.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

namespace hs {

namespace {

using Nanoseconds = int64_t;

template <typename Clock> Nanoseconds clock_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

using SystemClock = std::chrono::system_clock;
using SteadyClock = std::chrono::steady_clock;

// CPU time of the process. WebAssembly has no CPU clock (clock() stays 0 there); the interpreter
// is all its Web Worker runs, so the elapsed time stands in for it.
Nanoseconds process_ns() {
#ifdef __EMSCRIPTEN__
    return clock_ns<SteadyClock>();
#else
    return static_cast<Nanoseconds>(static_cast<double>(std::clock()) * 1e9 / CLOCKS_PER_SEC);
#endif
}

Object* seconds(Nanoseconds ns) { return float_from_double(static_cast<double>(ns) * 1e-9); }

// The clock functions take no arguments (METH_NOARGS).
template <const char* NAME, Nanoseconds (*CLOCK)(), bool AS_NS>
Object* clock_function(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args(NAME, nargs, kwnames)) return nullptr;
    Nanoseconds ns = CLOCK();
    return AS_NS ? int_from_int64(ns) : seconds(ns);
}

constexpr char kTime[] = "time.time";
constexpr char kTimeNs[] = "time.time_ns";
constexpr char kPerfCounter[] = "time.perf_counter";
constexpr char kPerfCounterNs[] = "time.perf_counter_ns";
constexpr char kMonotonic[] = "time.monotonic";
constexpr char kMonotonicNs[] = "time.monotonic_ns";
constexpr char kProcessTime[] = "time.process_time";
constexpr char kProcessTimeNs[] = "time.process_time_ns";

// A duration in seconds (float or int) as nanoseconds, with CPython's messages
// (_PyTime_FromSecondsObject). Returns false with an error set.
bool duration_from_object(Object* obj, Nanoseconds* out) {
    if (float_check(obj)) {
        double d = float_as_double(obj);
        if (std::isnan(d)) {
            set_error(&ValueErrorType, "Invalid value NaN (not a number)");
            return false;
        }
        d = std::ceil(d * 1e9);  // a timeout is rounded up
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            set_error(&OverflowErrorType, "timestamp out of range for platform time_t");
            return false;
        }
        *out = static_cast<Nanoseconds>(d);
        return true;
    }
    if (!type_of(obj)->nb_index) {
        type_error("'%s' object cannot be interpreted as an integer", type_name_of(obj));
        return false;
    }
    Ref index(number_index(obj));
    if (!index) return false;
    bool overflow = false;
    int64_t secs = int_as_int64(index.get(), &overflow);
    constexpr int64_t kMaxSeconds = INT64_MAX / 1000000000;
    if (overflow || secs > kMaxSeconds || secs < -kMaxSeconds) {
        set_error(&OverflowErrorType, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    *out = secs * 1000000000;
    return true;
}

Object* time_sleep(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("time.sleep", nargs, kwnames)) return nullptr;
    Nanoseconds ns = 0;
    if (!duration_from_object(args[0], &ns)) return nullptr;
    if (ns < 0) {
        set_error(&ValueErrorType, "sleep length must be non-negative");
        return nullptr;
    }
    std::this_thread::sleep_for(std::chrono::nanoseconds(ns));
    return new_none();
}

const MethodDef time_functions[] = {
    {"time", clock_function<kTime, clock_ns<SystemClock>, false>},
    {"time_ns", clock_function<kTimeNs, clock_ns<SystemClock>, true>},
    {"perf_counter", clock_function<kPerfCounter, clock_ns<SteadyClock>, false>},
    {"perf_counter_ns", clock_function<kPerfCounterNs, clock_ns<SteadyClock>, true>},
    {"monotonic", clock_function<kMonotonic, clock_ns<SteadyClock>, false>},
    {"monotonic_ns", clock_function<kMonotonicNs, clock_ns<SteadyClock>, true>},
    {"process_time", clock_function<kProcessTime, process_ns, false>},
    {"process_time_ns", clock_function<kProcessTimeNs, process_ns, true>},
    {"sleep", time_sleep},
    {nullptr, nullptr},
};

} // namespace

Object* time_module_create() {
    Ref module(module_new("time"));
    if (!module || module_add_functions(module.get(), time_functions) < 0) return nullptr;
    return module.release();
}

} // namespace hs
