#!/usr/bin/env bash
# Observation cost (issue 4's benchmark): prints a Markdown table of
#   - each program of tests/bench/observe_suite.txt run plainly (`heapscope run`) and recorded as
#     the page records it (`heapscope record`: every line a step, the run log's JSON), natively:
#     the ratio record/run is the cost of observing (bar <= 3);
#   - the same programs run by the WebAssembly build under Node (build/wasm/heapscope-node)
#     against the native build: the ratio wasm/native (bar <= 2), also net of start-up (an empty
#     program's time on each side is subtracted);
#   - the time of a snapshot delta on a 10,000-object heap, native and wasm (bar <= 5 ms native).
# A benchmark, not a test: nothing here fails on a slow figure. Median of --runs runs (default 5).
#
# usage: scripts/bench_observe.sh [--runs N]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export ROOT NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
native="$ROOT/build/native/core/heapscope"
wasm="$ROOT/build/wasm/heapscope-node"
if [[ ! -x "$native" ]]; then
    (cd "$ROOT" && cmake --preset native >/dev/null && cmake --build --preset native --target heapscope >/dev/null)
fi
if [[ ! -x "$wasm" ]]; then
    (cd "$ROOT" && cmake --preset wasm >/dev/null && cmake --build --preset wasm >/dev/null)
fi
exec python3 - "$@" <<'PY'
import json, os, re, statistics, subprocess, sys, tempfile, time

ROOT = os.environ["ROOT"]
NATIVE = os.path.join(ROOT, "build", "native", "core", "heapscope")
WASM = os.path.join(ROOT, "build", "wasm", "heapscope-node")
runs = 5
args = sys.argv[1:]
if args[:1] == ["--runs"] and len(args) == 2 and args[1].isdigit():
    runs = int(args[1])
elif args:
    sys.exit("usage: scripts/bench_observe.sh [--runs N]")


def suite():
    """(label, source) for each entry NAME[:N=VALUE] of the suite: the program with N replaced."""
    entries = []
    with open(os.path.join(ROOT, "tests", "bench", "observe_suite.txt")) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, override = line.partition(":")
            with open(os.path.join(ROOT, "tests", "bench", name + ".py")) as p:
                source = p.read()
            if override:
                key, value = override.split("=")
                source = re.sub(rf"^{key} = .*$", f"{key} = {value}", source, count=1, flags=re.M)
            entries.append((line, source))
    return entries


def median_time(argv):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr.decode()[-500:]}")
    return statistics.median(times)


def steps_of(path):
    out = subprocess.run([NATIVE, "record", "--max-steps", "100000000", path], capture_output=True).stdout
    head = out[:300].decode("utf-8", "replace")
    m = re.search(r'"status":"(\w+)".*?"step_count":(\d+)', head)
    return (m.group(1), int(m.group(2))) if m else ("?", 0)


def delta_native():
    out = subprocess.run([os.path.join(ROOT, "build", "native", "tests", "observe_tests"),
                          "[bench]"], capture_output=True, text=True).stdout
    m = re.search(r"delta\(\d+, \d+\) with a 10,000-object heap ([\d.]+) ms", out)
    return float(m.group(1)) if m else None


DELTA_JS = r"""
const fs = require('fs');
const dir = process.argv[1];
require(dir + '/heapscope.js')({ wasmBinary: fs.readFileSync(dir + '/heapscope.wasm') }).then((m) => {
  const s = new m.Session({});
  const source = 'objs = list(map(list, zip(range(5200))))\na = 1\nb = 2\nc = 3\nd = 4\n';
  const times = [];
  for (let i = 0; i < 5; i++) {
    s.load(source);  // a fresh run each time: nothing cached but the step before
    const log = JSON.parse(s.run());
    const at = log.steps.line.findIndex((line, i) => log.steps.kind[i] === 'l' && line === 4);
    s.snapshot(at - 1);  // the step the page shows before it steps
    const t = performance.now();
    JSON.parse(s.delta(at - 1, at));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(times[2].toFixed(1));
  s.delete();
});
"""


def delta_wasm():
    out = subprocess.run(["node", "-e", DELTA_JS, os.path.join(ROOT, "build", "wasm")], capture_output=True, text=True)
    try:
        return float(out.stdout.strip())
    except ValueError:
        sys.exit("wasm delta benchmark failed:\n" + out.stderr[-800:])


def main():
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"# observation benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}, "
          f"{cpu}, nproc {os.cpu_count()}, load {os.getloadavg()[0]:.2f}, {runs} runs per figure (median)\n")
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.py")
        open(empty, "w").close()
        start_native = median_time([NATIVE, "run", empty])
        start_wasm = median_time([WASM, "run", empty])
        print(f"start-up (an empty program): native {start_native * 1000:.0f} ms, wasm under Node {start_wasm * 1000:.0f} ms\n")
        print("| program | steps | run (ms) | record (ms) | record / run | wasm run (ms) | wasm / native | net of start-up |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        ratios = {"observe": [], "wasm": [], "net": []}
        for label, source in suite():
            path = os.path.join(tmp, label.replace(":", "_").replace("=", "") + ".py")
            with open(path, "w") as f:
                f.write(source)
            status, steps = steps_of(path)
            run = median_time([NATIVE, "run", path])
            record = median_time([NATIVE, "record", "--max-steps", "100000000", path])
            wasm_run = median_time([WASM, "run", path])
            net = max(wasm_run - start_wasm, 1e-6) / max(run - start_native, 1e-6)
            ratios["observe"].append(record / run)
            ratios["wasm"].append(wasm_run / run)
            ratios["net"].append(net)
            print(f"| {label} | {steps:,} | {run * 1000:.0f} | {record * 1000:.0f} | {record / run:.1f} | "
                  f"{wasm_run * 1000:.0f} | {wasm_run / run:.2f} | {net:.2f} |")
        geo = {k: statistics.geometric_mean(v) for k, v in ratios.items()}
        print(f"| geometric mean | | | | {geo['observe']:.1f} | | {geo['wasm']:.2f} | {geo['net']:.2f} |\n")
    dn, dw = delta_native(), delta_wasm()
    print(f"snapshot delta, 10,000-object heap: native {dn} ms, wasm under Node {dw} ms")


main()
PY
