# The oracle for heapscope's steps: runs PROGRAM.py under CPython's sys.settrace, writes one line
# per event in the program's own file ("kind line function") to STEPS, up to the module's return,
# and prints what the program printed (so that a caller can check the tracer changed nothing).
# What runs at exit (atexit, finalizers of the remaining objects) is neither traced nor run.
#
#   python3 tests/conformance/settrace_steps.py PROGRAM.py STEPS
import io
import os
import sys

path = os.path.abspath(sys.argv[1])
with open(path, encoding="utf-8") as f:
    code = compile(f.read(), path, "exec")
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != path:
        return None
    events.append(f"{event} {frame.f_lineno} {frame.f_code.co_qualname}")
    return tracer


namespace = {"__name__": "__main__", "__builtins__": __builtins__, "__file__": path}
real_stdout, real_stderr = sys.stdout, sys.stderr
output = io.StringIO()
sys.stdout, sys.stderr = output, io.StringIO()
sys.settrace(tracer)
try:
    exec(code, namespace)
except BaseException:
    pass
finally:
    sys.settrace(None)
    sys.stdout, sys.stderr = real_stdout, real_stderr
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("".join(event + "\n" for event in events))
sys.stdout.write(output.getvalue())
sys.stdout.flush()
os._exit(0)
