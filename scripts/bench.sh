#!/usr/bin/env bash
# Performance benchmark: runs each program of tests/bench/ with CPython (python3) and with
# `heapscope run`, alternating, checks that both print the same thing, and prints a table of
# median wall times and the ratio heapscope/CPython per program, with their geometric mean.
# A benchmark, not a test: it is not part of ctest. See tests/bench/README.md.
#
# usage: scripts/bench.sh [options] [BENCH...]
#   BENCH               a program of tests/bench/ (`alloc_ints`, `alloc_ints.py`), optionally with
#                       overrides of its top-level assignments: `gc_cycles:N=100000,K=2`;
#                       or a path to any .py file. Default: every entry of tests/bench/suite.txt.
#   --runs N            timed runs of each side per program (default 5)
#   --warmup N          untimed runs of each side first (default 1; outputs are checked too)
#   --heapscope PATH    the heapscope binary, run as `PATH run FILE`
#                       (default build/native/core/heapscope, built with the native preset if
#                       missing)
#   --heapscope-cmd CMD the command that stands for heapscope, run as `CMD FILE` (word-split),
#                       e.g. --heapscope-cmd python3 to check the harness itself
#   --python CMD        the CPython baseline, run as `CMD FILE` (default: the python3 on PATH,
#                       resolved to its real executable so that a pyenv shim is not timed)
#   --build             run the (incremental) native build of heapscope first, even if it exists
#   --timeout SECONDS   kill a run after this long and count it as failed (default 120)
#   --max-ratio R       also fail a program whose ratio is above R (e.g. 2.0, the bar)
#   --list              print the suite entries and exit
#
# Exit status: 0 if every program ran and matched, 1 if any failed (wrong output, crash,
# timeout, or a ratio above --max-ratio), 2 for a usage or build error.
set -euo pipefail
BENCH_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export BENCH_ROOT
exec python3 - "$@" <<'PY'
import datetime, difflib, math, os, platform, re, shlex, shutil, signal, statistics
import subprocess, sys, tempfile, threading, time

ROOT = os.environ["BENCH_ROOT"]
BENCH_DIR = os.path.join(ROOT, "tests", "bench")
DEFAULT_BIN = os.path.join(ROOT, "build", "native", "core", "heapscope")


def usage_error(msg):
    print(f"bench.sh: {msg}", file=sys.stderr)
    print("usage: scripts/bench.sh [--runs N] [--warmup N] [--heapscope PATH | --heapscope-cmd CMD]"
          " [--python CMD] [--build] [--timeout S] [--max-ratio R] [--list] [BENCH...]",
          file=sys.stderr)
    sys.exit(2)


def parse_args(argv):
    opts = {"runs": 5, "warmup": 1, "heapscope": None, "heapscope_cmd": None, "python": None,
            "build": False, "timeout": 120.0, "max_ratio": None, "list": False, "benches": []}
    i = 0
    def value():
        nonlocal i
        if i + 1 >= len(argv):
            usage_error(f"{argv[i]} needs a value")
        i += 1
        return argv[i]
    while i < len(argv):
        a = argv[i]
        if "=" in a and a.startswith("--"):
            a, v = a.split("=", 1)
            argv = argv[:i] + [a, v] + argv[i + 1:]
        try:
            if a == "--runs":
                opts["runs"] = int(value())
                if opts["runs"] < 1:
                    usage_error("--runs must be at least 1")
            elif a == "--warmup":
                opts["warmup"] = int(value())
            elif a == "--heapscope":
                opts["heapscope"] = value()
            elif a == "--heapscope-cmd":
                opts["heapscope_cmd"] = value()
            elif a == "--python":
                opts["python"] = value()
            elif a == "--build":
                opts["build"] = True
            elif a == "--timeout":
                opts["timeout"] = float(value())
            elif a == "--max-ratio":
                opts["max_ratio"] = float(value())
            elif a == "--list":
                opts["list"] = True
            elif a in ("-h", "--help"):
                with open(os.path.join(ROOT, "scripts", "bench.sh")) as f:
                    for line in f.read().splitlines()[1:]:
                        if not line.startswith("#"):
                            break
                        print(line[2:])
                sys.exit(0)
            elif a.startswith("-"):
                usage_error(f"unknown option {a}")
            else:
                opts["benches"].append(a)
        except ValueError:
            usage_error(f"bad value for {a}")
        i += 1
    if opts["heapscope"] and opts["heapscope_cmd"]:
        usage_error("give --heapscope or --heapscope-cmd, not both")
    return opts


# ---------------------------------------------------------------- the programs

class Bench:
    def __init__(self, label, path, overrides):
        self.label = label          # what the table shows: name[:K=V,...]
        self.path = path            # the source file
        self.overrides = overrides  # [(name, value)]
        self.run_path = path        # the file actually run (an edited copy if overridden)


ENTRY_RE = re.compile(r"^([^:]+?)(?::(.*))?$")
VALUE_RE = re.compile(r"^[0-9A-Za-z_.+\-*/() ]+$")


def parse_entry(entry):
    m = ENTRY_RE.match(entry.strip())
    name, params = m.group(1), m.group(2)
    if "/" in name or os.path.isfile(name):
        path = os.path.abspath(name)
        short = os.path.splitext(os.path.basename(name))[0]
    else:
        short = name[:-3] if name.endswith(".py") else name
        path = os.path.join(BENCH_DIR, short + ".py")
    if not os.path.isfile(path):
        usage_error(f"no benchmark program {path}")
    overrides = []
    if params:
        for item in params.split(","):
            if "=" not in item:
                usage_error(f"bad override {item!r} in {entry!r} (want NAME=VALUE)")
            k, v = (s.strip() for s in item.split("=", 1))
            if not re.match(r"^[A-Za-z_]\w*$", k) or not VALUE_RE.match(v):
                usage_error(f"bad override {item!r} in {entry!r}")
            overrides.append((k, v))
    label = short + (":" + ",".join(f"{k}={v}" for k, v in overrides) if overrides else "")
    return Bench(label, path, overrides)


def default_entries():
    suite = os.path.join(BENCH_DIR, "suite.txt")
    entries = []
    with open(suite) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                entries.append(line)
    listed = {parse_entry(e).path for e in entries}
    for fn in sorted(os.listdir(BENCH_DIR)):
        if fn.endswith(".py") and os.path.join(BENCH_DIR, fn) not in listed:
            print(f"note: tests/bench/{fn} is not in suite.txt (run it by name)", file=sys.stderr)
    return entries


def materialize(bench, tmpdir, index):
    """Writes the overridden copy of a parameterized program."""
    if not bench.overrides:
        return
    with open(bench.path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for k, v in bench.overrides:
        pat = re.compile(rf"^{re.escape(k)}\s*=(?!=)")
        for i, line in enumerate(lines):
            if pat.match(line):
                lines[i] = f"{k} = {v}"
                break
        else:
            usage_error(f"{bench.label}: {os.path.basename(bench.path)} has no top-level line "
                        f"`{k} = ...` to override")
    d = os.path.join(tmpdir, f"{index:02d}")
    os.makedirs(d, exist_ok=True)
    bench.run_path = os.path.join(d, os.path.basename(bench.path))
    with open(bench.run_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


# ---------------------------------------------------------------- one timed run

class Result:
    __slots__ = ("wall", "cpu", "maxrss_kb", "status", "timed_out", "stdout", "stderr")


def read_hwm_kb(pid):
    """The peak resident set of the process's current address space (VmHWM), or None."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def run_once(argv, out_path, err_path, timeout):
    """Runs argv with stdin from /dev/null, stdout and stderr to files, in its own process
    group. Wall time is measured on the monotonic clock around spawn..reap; CPU time comes from
    the rusage that wait4 returns for this child. Peak RSS is the child's VmHWM, sampled every
    SAMPLE seconds by a watcher thread (which also enforces the timeout): the rusage's
    ru_maxrss cannot be used, because a child spawned with vfork+exec inherits the spawning
    Python's high-water mark as its floor."""
    SAMPLE = 0.025
    fa = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
          (os.POSIX_SPAWN_OPEN, 1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
          (os.POSIX_SPAWN_OPEN, 2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
    r = Result()
    killed = threading.Event()
    done = threading.Event()
    hwm = [0]
    t0 = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=fa, setpgroup=0)

    def kill():
        killed.set()
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def watch():
        deadline = t0 + timeout
        while not done.wait(SAMPLE):
            kb = read_hwm_kb(pid)  # the child is not reaped before done is set: pid is still ours
            if kb is not None and kb > hwm[0]:
                hwm[0] = kb
            if time.perf_counter() > deadline:
                kill()
                return
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        _, wstatus, ru = os.wait4(pid, 0)
    except BaseException:
        kill()
        os.waitpid(pid, 0)
        raise
    finally:
        done.set()
        watcher.join()
    r.wall = time.perf_counter() - t0
    r.cpu = ru.ru_utime + ru.ru_stime
    r.maxrss_kb = hwm[0] or None
    r.status = os.waitstatus_to_exitcode(wstatus)
    r.timed_out = killed.is_set()
    with open(out_path, "rb") as f:
        r.stdout = f.read()
    with open(err_path, "rb") as f:
        r.stderr = f.read()
    return r


def describe_status(r):
    if r.timed_out:
        return "timed out"
    if r.status < 0:
        try:
            return f"killed by {signal.Signals(-r.status).name}"
        except ValueError:
            return f"killed by signal {-r.status}"
    return f"exit status {r.status}"


def tail(data, n=15):
    if not data.strip():
        return "    (nothing on stderr)"
    text = data.decode("utf-8", "replace").rstrip("\n").split("\n")
    return "\n".join("    " + line for line in text[-n:])


def diff_excerpt(expected, got, n=20):
    a = expected.decode("utf-8", "replace").splitlines()
    b = got.decode("utf-8", "replace").splitlines()
    lines = list(difflib.unified_diff(a, b, "python3", "heapscope", lineterm="", n=1))
    out = lines[:n] + (["    ..."] if len(lines) > n else [])
    return "\n".join("    " + line for line in out)


# ---------------------------------------------------------------- the machine

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def git_rev():
    try:
        rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def command_output(argv):
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
        return (p.stdout or p.stderr).strip().splitlines()[0] if (p.stdout or p.stderr).strip() else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def build_heapscope():
    jobs = str(os.cpu_count() or 2)
    print("== building heapscope (cmake --preset native; cmake --build --preset native --target heapscope)",
          file=sys.stderr, flush=True)
    for argv in (["cmake", "--preset", "native"],
                 ["cmake", "--build", "--preset", "native", "--target", "heapscope", "-j", jobs]):
        p = subprocess.run(argv, cwd=ROOT, stdout=sys.stderr, stderr=sys.stderr)
        if p.returncode != 0:
            print(f"bench.sh: build failed: {' '.join(argv)}", file=sys.stderr)
            sys.exit(2)


# ---------------------------------------------------------------- main

def fmt_s(x):
    return "—" if x is None else f"{x:.3f}"


def fmt_r(x):
    return "—" if x is None else f"{x:.2f}"


def main():
    opts = parse_args(sys.argv[1:])
    entries = opts["benches"] or default_entries()
    benches = [parse_entry(e) for e in entries]
    if opts["list"]:
        for b in benches:
            print(f"{b.label:28} {os.path.relpath(b.path, ROOT)}")
        return 0

    if opts["python"]:
        py_cmd = shlex.split(opts["python"])
    else:
        py_cmd = [sys.executable]
    if opts["heapscope_cmd"]:
        hs_cmd = shlex.split(opts["heapscope_cmd"])
        hs_desc = opts["heapscope_cmd"]
    else:
        binary = os.path.abspath(opts["heapscope"]) if opts["heapscope"] else DEFAULT_BIN
        if not opts["heapscope"] and (opts["build"] or not os.path.exists(binary)):
            build_heapscope()
        if not os.access(binary, os.X_OK):
            usage_error(f"heapscope binary {binary} not found or not executable")
        hs_cmd = [binary, "run"]
        hs_desc = f"{os.path.relpath(binary, ROOT) if binary.startswith(ROOT) else binary} run " \
                  f"({command_output([binary, '--version'])})"
    for cmd in (py_cmd, hs_cmd):
        if shutil.which(cmd[0]) is None:
            usage_error(f"command not found: {cmd[0]}")

    tmp = tempfile.mkdtemp(prefix="hs-bench-")
    try:
        for idx, b in enumerate(benches):  # check every override before running anything
            materialize(b, tmp, idx)
        return run_suite(opts, benches, py_cmd, hs_cmd, hs_desc, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_suite(opts, benches, py_cmd, hs_cmd, hs_desc, tmp):
    py_version = command_output(py_cmd + ["--version"])
    started = datetime.datetime.now().astimezone()
    print("# heapscope benchmark")
    print()
    print(f"- date: {started.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    print(f"- machine: {cpu_model()}, nproc {os.cpu_count()}, {platform.system()} {platform.release()}")
    print(f"- load average at start: {loadavg()}")
    print(f"- CPython: {' '.join(py_cmd)} ({py_version})")
    print(f"- heapscope: {hs_desc}")
    print(f"- commit: {git_rev()}")
    print(f"- method: per program {opts['warmup']} untimed warm-up run(s) of each side, then "
          f"{opts['runs']} timed runs of each, alternating (the order swaps every round); "
          f"median wall time on the monotonic clock, spawn to exit; cpu = median user+sys time "
          f"of the child; every run's stdout must equal CPython's")
    if not py_version.startswith("Python 3.11"):
        print(f"- WARNING: the baseline is {py_version}, not CPython 3.11")
    print(flush=True)

    rows = []
    failures = []
    for b in benches:
        out_p, err_p = os.path.join(tmp, "out"), os.path.join(tmp, "err")
        py_runs, hs_runs = [], []
        reference = None
        fail = None
        why = ""   # the short reason the table shows
        total = opts["warmup"] + opts["runs"]
        for rnd in range(total):
            timed = rnd >= opts["warmup"]
            order = ("py", "hs") if rnd % 2 == 0 else ("hs", "py")
            for side in order:
                cmd = (py_cmd if side == "py" else hs_cmd) + [b.run_path]
                r = run_once(cmd, out_p, err_p, opts["timeout"])
                if side == "py":
                    if r.status != 0 or r.timed_out:
                        why = "CPython failed"
                        fail = (f"CPython itself failed ({describe_status(r)}); stderr:\n"
                                + tail(r.stderr))
                    elif reference is None:
                        reference = r.stdout
                    elif r.stdout != reference:
                        why = "nondeterministic"
                        fail = "CPython's output differs between runs (the program is not deterministic)"
                    if timed and not fail:
                        py_runs.append(r)
                else:
                    if r.status != 0 or r.timed_out:
                        why = describe_status(r)
                        fail = f"heapscope failed ({describe_status(r)}); stderr:\n" + tail(r.stderr)
                    elif r.stdout != reference:  # CPython runs first in round 0
                        why = "wrong output"
                        fail = "heapscope's output differs from CPython's:\n" + diff_excerpt(reference, r.stdout)
                    if timed and not fail:
                        hs_runs.append(r)
                if fail:
                    break
            if fail:
                break

        row = {"label": b.label, "py": None, "hs": None, "ratio": None, "cpu_ratio": None,
               "py_rss": None, "hs_rss": None, "status": "ok"}
        if py_runs:
            row["py"] = statistics.median(r.wall for r in py_runs)
            row["py_cpu"] = statistics.median(r.cpu for r in py_runs)
            rss = [r.maxrss_kb for r in py_runs if r.maxrss_kb]
            row["py_rss"] = max(rss) / 1024 if rss else None
        if hs_runs:
            row["hs"] = statistics.median(r.wall for r in hs_runs)
            row["hs_cpu"] = statistics.median(r.cpu for r in hs_runs)
            rss = [r.maxrss_kb for r in hs_runs if r.maxrss_kb]
            row["hs_rss"] = max(rss) / 1024 if rss else None
        if not fail and row["py"] and row["hs"]:
            row["ratio"] = row["hs"] / row["py"]
            if row["py_cpu"] > 0:
                row["cpu_ratio"] = row["hs_cpu"] / row["py_cpu"]
            if opts["max_ratio"] is not None and row["ratio"] > opts["max_ratio"]:
                why = f"ratio > {opts['max_ratio']}"
                fail = f"ratio {row['ratio']:.2f} is above --max-ratio {opts['max_ratio']}"
        if fail:
            row["status"] = f"FAIL ({why})"
            failures.append(b.label)
            print(f"FAIL {b.label}: {fail}", flush=True)
        else:
            print(f"ok   {b.label}: CPython {fmt_s(row['py'])} s, heapscope {fmt_s(row['hs'])} s, "
                  f"ratio {fmt_r(row['ratio'])}", flush=True)
        rows.append(row)

    print()
    print("| program | CPython median (s) | heapscope median (s) | ratio | cpu ratio | max RSS MiB (CPython / heapscope) | status |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for row in rows:
        rss = " / ".join("—" if x is None else f"{x:.1f}" for x in (row["py_rss"], row["hs_rss"]))
        if row["py"] is None and row["hs"] is None:
            rss = "—"
        print(f"| {row['label']} | {fmt_s(row['py'])} | {fmt_s(row['hs'])} | {fmt_r(row['ratio'])} | "
              f"{fmt_r(row['cpu_ratio'])} | {rss} | {row['status']} |")
    ratios = [row["ratio"] for row in rows if row["ratio"]]
    cpu_ratios = [row["cpu_ratio"] for row in rows if row["cpu_ratio"]]
    def gmean(xs):
        return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None
    print(f"| geometric mean ({len(ratios)} of {len(rows)}) | | | {fmt_r(gmean(ratios))} | "
          f"{fmt_r(gmean(cpu_ratios))} | | |")
    print()
    if ratios:
        worst = max(rows, key=lambda r: r["ratio"] or 0)
        print(f"- worst ratio: {worst['ratio']:.2f} ({worst['label']}); "
              f"bar ≤ 2.0: {sum(r <= 2.0 for r in ratios)} of {len(rows)}; "
              f"goal ≤ 1.0: {sum(r <= 1.0 for r in ratios)} of {len(rows)}")
    print(f"- load average at end: {loadavg()}")
    if failures:
        print(f"- FAILED: {len(failures)} of {len(rows)}: {', '.join(failures)}")
        return 1
    print(f"- all {len(rows)} programs ran and matched CPython's output")
    return 0


sys.exit(main())
PY
