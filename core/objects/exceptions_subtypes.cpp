// The builtin exceptions with fields of their own: StopIteration.value, SystemExit.code,
// NameError.name, AttributeError.name/.obj, ImportError.msg/.name/.path, the SyntaxError
// location, and KeyError's str (the repr of its key).
#include "objects/exceptions.h"

#include "objects/exceptions_impl.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <string>

namespace hs::exc_impl {

namespace {

// ---- StopIteration ---------------------------------------------------------------------------

StopIterationObject* as_stop(Object* o) { return static_cast<StopIterationObject*>(o); }

int stop_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    return member_set(as_stop(self)->value, nargs > 0 ? args[0] : None());
}
int stop_clear(Object* self) {
    clear_ref(as_stop(self)->value);
    return base_clear(self);
}
int stop_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(as_stop(self)->value);
    return base_traverse(self, visit, arg);
}
Object* stop_get_value(Object* self) { return member_get(as_stop(self)->value); }
int stop_set_value(Object* self, Object* v) { return member_set(as_stop(self)->value, v); }
const GetSetDef stop_getset[] = {{"value", stop_get_value, stop_set_value}, {nullptr, nullptr}};

// ---- SystemExit ------------------------------------------------------------------------------

SystemExitObject* as_exit(Object* o) { return static_cast<SystemExitObject*>(o); }

int exit_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    return member_set(as_exit(self)->code, nargs == 1 ? args[0] : as_exception(self)->args);
}
int exit_clear(Object* self) {
    clear_ref(as_exit(self)->code);
    return base_clear(self);
}
int exit_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(as_exit(self)->code);
    return base_traverse(self, visit, arg);
}
Object* exit_get_code(Object* self) { return member_get(as_exit(self)->code); }
int exit_set_code(Object* self, Object* v) { return member_set(as_exit(self)->code, v); }
const GetSetDef exit_getset[] = {{"code", exit_get_code, exit_set_code}, {nullptr, nullptr}};

// ---- NameError ---------------------------------------------------------------------------------

NameErrorObject* as_name(Object* o) { return static_cast<NameErrorObject*>(o); }

int name_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (base_init_args(self, args, nargs) < 0) return -1;
    Object* name = nullptr;
    if (!parse_keywords(ArgSpec{"NameError", {"name"}}, args, nargs, kwnames, &name)) return -1;
    return member_set(as_name(self)->name, name);
}
int name_clear(Object* self) {
    clear_ref(as_name(self)->name);
    return base_clear(self);
}
int name_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(as_name(self)->name);
    return base_traverse(self, visit, arg);
}
Object* name_get_name(Object* self) { return member_get(as_name(self)->name); }
int name_set_name(Object* self, Object* v) { return member_set(as_name(self)->name, v); }
const GetSetDef name_getset[] = {{"name", name_get_name, name_set_name}, {nullptr, nullptr}};

// ---- AttributeError ----------------------------------------------------------------------------

AttributeErrorObject* as_attr(Object* o) { return static_cast<AttributeErrorObject*>(o); }

int attr_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (base_init_args(self, args, nargs) < 0) return -1;
    Object* out[2] = {};
    if (!parse_keywords(ArgSpec{"AttributeError", {"name", "obj"}}, args, nargs, kwnames, out)) return -1;
    member_set(as_attr(self)->name, out[0]);
    return member_set(as_attr(self)->obj, out[1]);
}
int attr_clear(Object* self) {
    clear_ref(as_attr(self)->obj);
    clear_ref(as_attr(self)->name);
    return base_clear(self);
}
int attr_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(as_attr(self)->obj);
    HS_VISIT(as_attr(self)->name);
    return base_traverse(self, visit, arg);
}
Object* attr_get_name(Object* self) { return member_get(as_attr(self)->name); }
int attr_set_name(Object* self, Object* v) { return member_set(as_attr(self)->name, v); }
Object* attr_get_obj(Object* self) { return member_get(as_attr(self)->obj); }
int attr_set_obj(Object* self, Object* v) { return member_set(as_attr(self)->obj, v); }
const GetSetDef attr_getset[] = {
    {"name", attr_get_name, attr_set_name},
    {"obj", attr_get_obj, attr_set_obj},
    {nullptr, nullptr},
};

// ---- ImportError ---------------------------------------------------------------------------------

ImportErrorObject* as_import(Object* o) { return static_cast<ImportErrorObject*>(o); }

int import_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (base_init_args(self, args, nargs) < 0) return -1;
    Object* out[2] = {};
    if (!parse_keywords(ArgSpec{"ImportError", {"name", "path"}}, args, nargs, kwnames, out)) return -1;
    auto* e = as_import(self);
    member_set(e->name, out[0]);
    member_set(e->path, out[1]);
    return member_set(e->msg, nargs == 1 ? args[0] : nullptr);
}
int import_clear(Object* self) {
    auto* e = as_import(self);
    clear_ref(e->msg);
    clear_ref(e->name);
    clear_ref(e->path);
    return base_clear(self);
}
int import_traverse(Object* self, visitproc visit, void* arg) {
    auto* e = as_import(self);
    HS_VISIT(e->msg);
    HS_VISIT(e->name);
    HS_VISIT(e->path);
    return base_traverse(self, visit, arg);
}
Object* import_str(Object* self) {
    Object* msg = as_import(self)->msg;
    if (msg && str_check_exact(msg)) return newref(msg);
    return base_str(self);
}
Object* import_get_msg(Object* self) { return member_get(as_import(self)->msg); }
int import_set_msg(Object* self, Object* v) { return member_set(as_import(self)->msg, v); }
Object* import_get_name(Object* self) { return member_get(as_import(self)->name); }
int import_set_name(Object* self, Object* v) { return member_set(as_import(self)->name, v); }
Object* import_get_path(Object* self) { return member_get(as_import(self)->path); }
int import_set_path(Object* self, Object* v) { return member_set(as_import(self)->path, v); }
const GetSetDef import_getset[] = {
    {"msg", import_get_msg, import_set_msg},
    {"name", import_get_name, import_set_name},
    {"path", import_get_path, import_set_path},
    {nullptr, nullptr},
};

// ---- KeyError ----------------------------------------------------------------------------------------

// The key's repr, so that KeyError('') prints "KeyError: ''" rather than an empty message.
Object* key_str(Object* self) {
    Object* args = as_exception(self)->args;
    if (args && tuple_size(args) == 1) return object_repr(tuple_items(args)[0]);
    return base_str(self);
}

// ---- SyntaxError -------------------------------------------------------------------------------------

SyntaxErrorObject* as_syntax(Object* o) { return static_cast<SyntaxErrorObject*>(o); }

int syntax_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    auto* e = as_syntax(self);
    if (nargs >= 1) member_set(e->msg, args[0]);
    if (nargs != 2) return 0;
    Ref info(sequence_tuple(args[1]));
    if (!info) return -1;
    ssize_t n = tuple_size(info.get());
    if (n < 4 || n > 6) {
        set_error_format(&TypeErrorType, "function takes %s %d arguments (%zd given)", n < 4 ? "at least" : "at most",
                         n < 4 ? 4 : 6, n);
        return -1;
    }
    Object** items = tuple_items(info.get());
    member_set(e->filename, items[0]);
    member_set(e->lineno, items[1]);
    member_set(e->offset, items[2]);
    member_set(e->text, items[3]);
    member_set(e->end_lineno, n > 4 ? items[4] : nullptr);
    member_set(e->end_offset, n > 5 ? items[5] : nullptr);
    if (e->end_lineno && !e->end_offset) {
        set_error(&TypeErrorType, "end_offset must be provided when end_lineno is provided");
        return -1;
    }
    return 0;
}

int syntax_clear(Object* self) {
    auto* e = as_syntax(self);
    clear_ref(e->msg);
    clear_ref(e->filename);
    clear_ref(e->lineno);
    clear_ref(e->offset);
    clear_ref(e->text);
    clear_ref(e->end_lineno);
    clear_ref(e->end_offset);
    clear_ref(e->print_file_and_line);
    return base_clear(self);
}

int syntax_traverse(Object* self, visitproc visit, void* arg) {
    auto* e = as_syntax(self);
    HS_VISIT(e->msg);
    HS_VISIT(e->filename);
    HS_VISIT(e->lineno);
    HS_VISIT(e->offset);
    HS_VISIT(e->text);
    HS_VISIT(e->end_lineno);
    HS_VISIT(e->end_offset);
    HS_VISIT(e->print_file_and_line);
    return base_traverse(self, visit, arg);
}

// "invalid syntax (f.py, line 3)": the file's base name and the line, when they are known.
Object* syntax_str(Object* self) {
    auto* e = as_syntax(self);
    Ref msg(object_str(e->msg ? e->msg : None()));
    if (!msg) return nullptr;
    bool have_file = e->filename && str_check(e->filename);
    bool have_line = e->lineno && int_check_exact(e->lineno);
    if (!have_file && !have_line) return msg.release();
    std::string text(str_view(msg.get()));
    text += " (";
    if (have_file) {
        std::string_view path = str_view(e->filename);
        size_t slash = path.rfind('/');
        text += slash == std::string_view::npos ? path : path.substr(slash + 1);
        if (have_line) text += ", ";
    }
    if (have_line) {
        bool overflow = false;
        int64_t line = int_as_int64(e->lineno, &overflow);
        text += "line " + std::to_string(overflow ? -1 : line);
    }
    text += ')';
    return str_from_utf8(text);
}

#define HS_SYNTAX_MEMBER(field)                                                                 \
    Object* syntax_get_##field(Object* self) { return member_get(as_syntax(self)->field); }    \
    int syntax_set_##field(Object* self, Object* v) { return member_set(as_syntax(self)->field, v); }
HS_SYNTAX_MEMBER(msg)
HS_SYNTAX_MEMBER(filename)
HS_SYNTAX_MEMBER(lineno)
HS_SYNTAX_MEMBER(offset)
HS_SYNTAX_MEMBER(text)
HS_SYNTAX_MEMBER(end_lineno)
HS_SYNTAX_MEMBER(end_offset)
HS_SYNTAX_MEMBER(print_file_and_line)
#undef HS_SYNTAX_MEMBER

const GetSetDef syntax_getset[] = {
    {"msg", syntax_get_msg, syntax_set_msg},
    {"filename", syntax_get_filename, syntax_set_filename},
    {"lineno", syntax_get_lineno, syntax_set_lineno},
    {"offset", syntax_get_offset, syntax_set_offset},
    {"text", syntax_get_text, syntax_set_text},
    {"end_lineno", syntax_get_end_lineno, syntax_set_end_lineno},
    {"end_offset", syntax_get_end_offset, syntax_set_end_offset},
    {"print_file_and_line", syntax_get_print_file_and_line, syntax_set_print_file_and_line},
    {nullptr, nullptr},
};

} // namespace

void init_field_exception_types() {
    StopIterationType.tp_cxx_size = sizeof(StopIterationObject);
    StopIterationType.tp_init = stop_init;
    StopIterationType.tp_clear = stop_clear;
    StopIterationType.tp_traverse = stop_traverse;
    StopIterationType.tp_dealloc = exception_dealloc<stop_clear>;
    StopIterationType.tp_getset = stop_getset;

    SystemExitType.tp_cxx_size = sizeof(SystemExitObject);
    SystemExitType.tp_init = exit_init;
    SystemExitType.tp_clear = exit_clear;
    SystemExitType.tp_traverse = exit_traverse;
    SystemExitType.tp_dealloc = exception_dealloc<exit_clear>;
    SystemExitType.tp_getset = exit_getset;

    NameErrorType.tp_cxx_size = sizeof(NameErrorObject);
    NameErrorType.tp_init = name_init;
    NameErrorType.tp_clear = name_clear;
    NameErrorType.tp_traverse = name_traverse;
    NameErrorType.tp_dealloc = exception_dealloc<name_clear>;
    NameErrorType.tp_getset = name_getset;

    AttributeErrorType.tp_cxx_size = sizeof(AttributeErrorObject);
    AttributeErrorType.tp_init = attr_init;
    AttributeErrorType.tp_clear = attr_clear;
    AttributeErrorType.tp_traverse = attr_traverse;
    AttributeErrorType.tp_dealloc = exception_dealloc<attr_clear>;
    AttributeErrorType.tp_getset = attr_getset;

    ImportErrorType.tp_cxx_size = sizeof(ImportErrorObject);
    ImportErrorType.tp_init = import_init;
    ImportErrorType.tp_clear = import_clear;
    ImportErrorType.tp_traverse = import_traverse;
    ImportErrorType.tp_dealloc = exception_dealloc<import_clear>;
    ImportErrorType.tp_str = import_str;
    ImportErrorType.tp_getset = import_getset;

    KeyErrorType.tp_str = key_str;

    SyntaxErrorType.tp_cxx_size = sizeof(SyntaxErrorObject);
    SyntaxErrorType.tp_init = syntax_init;
    SyntaxErrorType.tp_clear = syntax_clear;
    SyntaxErrorType.tp_traverse = syntax_traverse;
    SyntaxErrorType.tp_dealloc = exception_dealloc<syntax_clear>;
    SyntaxErrorType.tp_str = syntax_str;
    SyntaxErrorType.tp_getset = syntax_getset;
}

} // namespace hs::exc_impl
