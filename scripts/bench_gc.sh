#!/usr/bin/env bash
# Collection benchmark: the cost of one gc.collect() in heapscope against CPython 3.11, on the
# programs of tests/bench/gc/ (unreachable two-object cycles, rings, trees with back-pointers,
# a heap that survives), for N = 10^4, 10^5 and 10^6. Each program times its own gc.collect()
# with time.perf_counter() and prints it; this script runs each side RUNS times, alternating,
# checks that both collected the same, and prints the median time per object of each side,
# their ratio, and how heapscope's time per object grows from the smallest N to the largest
# (1.0 is linear). A benchmark, not a test: CI does not run it.
#
#   scripts/bench_gc.sh [RUNS]      (default 3; heapscope is build/native/core/heapscope)
set -euo pipefail
cd "$(dirname "$0")/.."
heapscope="${HEAPSCOPE:-build/native/core/heapscope}"
[[ -x "$heapscope" ]] || { cmake --preset native >/dev/null && cmake --build --preset native --target heapscope; }
exec python3 - "${1:-3}" "$heapscope" <<'PY'
import os, re, statistics, subprocess, sys, tempfile

runs, heapscope = int(sys.argv[1]), sys.argv[2]
python = os.path.realpath(subprocess.check_output(["python3", "-c", "import sys; print(sys.executable)"], text=True).strip())
sizes = [10**4, 10**5, 10**6]
programs = ["cycles", "rings", "tree", "survivors"]
objects_per_n = {"cycles": 2, "rings": 1, "tree": 2, "survivors": 1}  # tracked objects per unit of N


def run(cmd, path):
    out = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} {path} failed:\n{out.stderr[-2000:]}")
    collected = re.search(r"^collected (.*)$", out.stdout, re.M).group(1)
    seconds = float(re.search(r"^seconds (.*)$", out.stdout, re.M).group(1))
    return collected, seconds


print(f"load average at start: {os.getloadavg()}")
print("| program | N | CPython ns/object | heapscope ns/object | ratio |")
print("|---|---:|---:|---:|---:|")
growth = {}
with tempfile.TemporaryDirectory() as tmp:
    for name in programs:
        source = open(f"tests/bench/gc/{name}.py").read()
        per_object = {}
        for n in sizes:
            path = os.path.join(tmp, f"{name}_{n}.py")
            with open(path, "w") as f:
                f.write(re.sub(r"^N = \d+$", f"N = {n}", source, flags=re.M))
            times = {"cpython": [], "heapscope": []}
            for _ in range(runs):
                c_collected, c_seconds = run([python], path)
                h_collected, h_seconds = run([heapscope, "run"], path)
                if c_collected != h_collected:
                    sys.exit(f"{name} N={n}: CPython collected {c_collected}, heapscope {h_collected}")
                times["cpython"].append(c_seconds)
                times["heapscope"].append(h_seconds)
            objects = objects_per_n[name] * n
            c = statistics.median(times["cpython"]) / objects * 1e9
            h = statistics.median(times["heapscope"]) / objects * 1e9
            per_object[n] = h
            print(f"| {name} | {n} | {c:.1f} | {h:.1f} | {h / c:.2f} |", flush=True)
        growth[name] = per_object[sizes[-1]] / per_object[sizes[0]]
print()
for name, g in growth.items():
    print(f"- {name}: heapscope's time per object at N=10^6 is {g:.2f}x that at N=10^4")
print(f"- load average at end: {os.getloadavg()}")
PY
