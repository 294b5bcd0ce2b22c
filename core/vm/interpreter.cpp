// Running a program as __main__ (CPython's pymain_run_file → PyRun_SimpleFile).
#include "vm/interpreter.h"

#include "compiler/compile.h"
#include "frontend/parser.h"
#include "objects/codeobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/funcobject.h"
#include "objects/intobject.h"
#include "objects/moduleobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/collector.h"
#include "runtime/errors.h"
#include "runtime/traceback_print.h"
#include "modules/sys.h"
#include "vm/call.h"

namespace hs {

namespace {

void write_stderr(std::string_view text) {
    if (rt().write_stderr) rt().write_stderr(text);
}

// Builds the SyntaxError instance CPython would raise for a parse or compile error.
Object* make_syntax_error(const frontend::SyntaxErrorInfo& info, std::string_view path) {
    TypeObject* type = &SyntaxErrorType;
    if (info.type == "IndentationError") type = &IndentationErrorType;
    else if (info.type == "TabError") type = &TabErrorType;
    else if (info.type == "MemoryError") return exception_new(&MemoryErrorType, Ref(tuple_empty()).get());
    else if (info.type == "RecursionError") {
        // The compiler's: a plain exception with its message, no position.
        Ref msg(str_from_utf8(info.msg));
        Ref args(tuple_pack({msg.get()}));
        return exception_new(&RecursionErrorType, args.get());
    }
    Ref msg(str_from_utf8(info.msg));
    Ref filename(str_from_utf8(path));
    Ref lineno(int_from_int64(info.lineno));
    Ref offset(int_from_int64(info.offset));
    Ref text(str_from_utf8(info.text));
    Ref end_lineno(int_from_int64(info.end_lineno));
    Ref end_offset(int_from_int64(info.end_offset));
    Ref details(tuple_pack({filename.get(), lineno.get(), offset.get(), text.get(), end_lineno.get(), end_offset.get()}));
    Ref args(tuple_pack({msg.get(), details.get()}));
    return exception_new(type, args.get());
}

void print_exception(Object* exc) {
    write_stderr(format_exception(exc));
}

// CPython's handle_system_exit: the exit status of an uncaught SystemExit.
int system_exit_status(Object* exc) {
    Object* code = static_cast<SystemExitObject*>(exc)->code;
    if (!code || code == None()) return 0;
    if (int_check(code)) {
        bool overflow = false;
        int64_t v = int_as_int64(code, &overflow);
        return overflow ? -1 : static_cast<int>(v);
    }
    Ref text(object_str(code));
    if (text) write_stderr(std::string(str_view(text.get())) + "\n");
    clear_error();
    return 1;
}

// An uncaught exception: print it (or exit quietly for SystemExit) and give the status. As
// CPython's PyErr_Print, it stays in sys.last_type/last_value/last_traceback, which keep its
// frames and their locals alive until the module teardown at exit (vm/shutdown.cpp).
int handle_uncaught() {
    Ref exc(fetch_error_normalized());
    if (!exc) return 1;
    if (type_is_subtype(type_of(exc.get()), &SystemExitType)) return system_exit_status(exc.get());
    if (Object* sysdict = rt().sysdict) {
        Object* tb = as_exception(exc.get())->traceback;
        if (dict_setitem_str(sysdict, "last_type", type_of(exc.get())) < 0 ||
            dict_setitem_str(sysdict, "last_value", exc.get()) < 0 ||
            dict_setitem_str(sysdict, "last_traceback", tb ? tb : None()) < 0)
            clear_error();
    }
    // An uncaught KeyboardInterrupt ends CPython with SIGINT, which a shell reports as 128 + 2.
    bool interrupted = type_is_subtype(type_of(exc.get()), &KeyboardInterruptType);
    print_exception(exc.get());
    clear_error();
    return interrupted ? 130 : 1;
}

Object* create_main_module(std::string_view path) {
    Ref module(module_new("__main__"));
    if (!module) return nullptr;
    Object* d = module_dict(module.get());
    Object* builtins = dict_getitem_str(rt().modules, "builtins");
    if (dict_setitem_str(d, "__package__", None()) < 0 || dict_setitem_str(d, "__loader__", None()) < 0 ||
        dict_setitem_str(d, "__spec__", None()) < 0)
        return nullptr;
    Ref annotations(dict_new());
    if (!annotations || dict_setitem_str(d, "__annotations__", annotations.get()) < 0) return nullptr;
    if (builtins && dict_setitem_str(d, "__builtins__", builtins) < 0) return nullptr;
    Ref file(str_from_utf8(path));
    if (!file || dict_setitem_str(d, "__file__", file.get()) < 0) return nullptr;
    if (dict_setitem_str(d, "__cached__", None()) < 0) return nullptr;
    if (dict_setitem_str(rt().modules, "__main__", module.get()) < 0) return nullptr;
    return module.release();
}

void print_warnings(const std::vector<compiler::CompileWarning>& warnings, std::string_view path, std::string_view source) {
    for (const auto& w : warnings) {
        std::string text = std::string(path) + ":" + std::to_string(w.lineno) + ": SyntaxWarning: " + w.message + "\n";
        // Like the warnings module, show the source line, stripped.
        size_t start = 0;
        for (int line = 1; line < w.lineno && start != std::string_view::npos; line++) {
            start = source.find('\n', start);
            if (start != std::string_view::npos) start++;
        }
        if (start != std::string_view::npos && start < source.size()) {
            size_t end = source.find('\n', start);
            std::string_view line = source.substr(start, end == std::string_view::npos ? end : end - start);
            size_t first = line.find_first_not_of(" \t");
            if (first != std::string_view::npos) {
                size_t last = line.find_last_not_of(" \t\r");
                text += "  " + std::string(line.substr(first, last - first + 1)) + "\n";
            }
        }
        write_stderr(text);
    }
}

} // namespace

int run_main(std::string_view source, std::string_view path) {
    Runtime& r = rt();
    r.script_path = std::string(path);
    r.source = std::string(source);
    if (sys_set_argv({std::string(path)}) < 0) return handle_uncaught();

    gc_set_script_start_counts();
    frontend::ParseResult parsed = frontend::parse_module(source, frontend::SourceKind::ScriptFile);
    if (parsed.error) {
        Ref exc(make_syntax_error(*parsed.error, path));
        if (exc) print_exception(exc.get());
        clear_error();
        return 1;
    }
    compiler::CompileResult compiled = compiler::compile_module(*parsed.module, path, source);
    print_warnings(compiled.warnings, path, source);
    if (compiled.error) {
        Ref exc(make_syntax_error(*compiled.error, path));
        if (exc) print_exception(exc.get());
        clear_error();
        return 1;
    }
    Ref module(create_main_module(path));
    if (!module) return handle_uncaught();
    r.main_module = newref(module.get());
    ScriptCode script = script_code_from_unit(compiled.code, compiled.ast_constants, path);
    if (!script.code) return handle_uncaught();
    // 3.11 runs module code through a function object, as PyEval_EvalCode does.
    Ref func(function_new(script.code.get(), module_dict(module.get())));
    if (!func) return handle_uncaught();
    script.code.reset();
    r.main_run = {module.get(), func.get(), script.ast_arena.get()};
    Ref result(function_vectorcall(func.get(), nullptr, 0, nullptr));
    func.reset();
    // pyrun_file frees the AST arena once the module's code has returned, before the traceback.
    script.ast_arena.reset();
    r.main_run = {module.get(), nullptr, nullptr};
    int status = result ? 0 : handle_uncaught();
    // CPython set __file__ and __cached__ for the run only (_PyRun_SimpleFileObject): code that
    // runs at exit no longer sees them.
    for (const char* name : {"__file__", "__cached__"}) {
        Ref key(str_from_utf8(name));
        if (!key || dict_delitem(module_dict(module.get()), key.get()) < 0) clear_error();
    }
    r.main_run = {};
    return status;
}

} // namespace hs
