// print() and input(), exit()/quit(), and the builtins heapscope deliberately leaves out (open,
// exec, eval, compile...), which raise an error that names the missing feature.
#include "modules/builtins_impl.h"

#include "modules/sys.h"
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <string>

namespace hs::builtins {

namespace {

Object* unsupported(const char* what) {
    set_error_format(&NotImplementedErrorType, "heapscope does not support '%s'", what);
    return nullptr;
}

} // namespace

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Object* print(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"print", {"sep", "end", "file", "flush"}};
    // 3.11's argument clinic initializes its parser on every call (a tuple of the keyword names,
    // made once), then gathers *objects into a tuple (a GC allocation that gc.get_count()
    // sees, and a reference to each object while it prints).
    if (!arg_parser_init(spec)) return nullptr;
    Ref objects(tuple_new(static_cast<ssize_t>(nargs)));
    if (!objects) return nullptr;
    for (size_t i = 0; i < nargs; ++i) tuple_items(objects.get())[i] = newref(args[i]);
    Object* kw[4] = {};
    if (kwnames && !parse_keywords(spec, args, nargs, kwnames, kw)) return nullptr;
    Object* sep = kw[0];
    Object* end = kw[1];
    Object* file = kw[2];
    if (!file || file == None()) {
        file = sys_get_object("stdout");
        if (!file) {
            set_error(&RuntimeErrorType, "lost sys.stdout");
            return nullptr;
        }
        // sys.stdout may be None when the program has no standard output.
        if (file == None()) return new_none();
    }
    if (sep == None()) sep = nullptr;
    if (sep && !str_check(sep)) {
        set_error_format(&TypeErrorType, "sep must be None or a string, not %s", type_name_of(sep));
        return nullptr;
    }
    if (end == None()) end = nullptr;
    if (end && !str_check(end)) {
        set_error_format(&TypeErrorType, "end must be None or a string, not %s", type_name_of(end));
        return nullptr;
    }
    Ref holder = Ref::borrowed(file);  // sys.stdout may be replaced while str() runs
    // builtin_print_impl: one write per piece, separators and end included.
    for (size_t i = 0; i < nargs; ++i) {
        if (i > 0 && (sep ? file_write_object(file, sep) : file_write_text(file, " ")) < 0) return nullptr;
        if (file_write_object(file, tuple_items(objects.get())[i]) < 0) return nullptr;
    }
    if ((end ? file_write_object(file, end) : file_write_text(file, "\n")) < 0) return nullptr;
    if (kw[3]) {
        int flush = object_is_true(kw[3]);
        if (flush < 0) return nullptr;
        if (flush && file_flush(file) < 0) return nullptr;
    }
    return new_none();
}

// input([prompt]): heapscope programs have no standard input, so reading always meets EOF.
Object* input(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("input", kwnames) || !check_nargs("input", nargs, 0, 1)) return nullptr;
    if (nargs == 1) {
        Object* out = sys_get_object("stdout");
        if (out && out != None()) {
            if (file_write_object(out, args[0]) < 0) return nullptr;
        }
    }
    set_error(&EOFErrorType, "EOF when reading a line");
    return nullptr;
}

// exit([code]) / quit([code]), as site's Quitter: raises SystemExit(code).
Object* exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("exit", kwnames) || !check_nargs("exit", nargs, 0, 1)) return nullptr;
    // `raise SystemExit(code)`: the code is the single argument, even None or a tuple.
    Ref exc_args(tuple_pack({nargs ? args[0] : None()}));
    if (!exc_args) return nullptr;
    set_error_object(&SystemExitType, exc_args.get());
    return nullptr;
}

Object* open(Object*, Object* const*, size_t, Object*) { return unsupported("open"); }
Object* exec(Object*, Object* const*, size_t, Object*) { return unsupported("exec"); }
Object* eval(Object*, Object* const*, size_t, Object*) { return unsupported("eval"); }
Object* compile(Object*, Object* const*, size_t, Object*) { return unsupported("compile"); }
Object* breakpoint(Object*, Object* const*, size_t, Object*) { return unsupported("breakpoint"); }
Object* memoryview(Object*, Object* const*, size_t, Object*) { return unsupported("memoryview"); }
Object* import_(Object*, Object* const*, size_t, Object*) { return unsupported("__import__"); }

} // namespace hs::builtins
