// Printing an exception (CPython 3.11's PyErr_Display in Python/pythonrun.c): the chain of
// causes and contexts, each exception's traceback, the "Type: message" line with 3.11's
// "Did you mean" suggestion (traceback_print_suggest.cpp), and the notes.
#include "runtime/traceback_print.h"

#include "objects/bytesobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/tracebackobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <unordered_set>

namespace hs {

// ---- Exceptions ---------------------------------------------------------------------------------

namespace {

constexpr const char* CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
constexpr const char* CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";

struct PrintContext {
    std::string out;
    std::unordered_set<Object*> seen;
    SourceLineFn source;
    int depth = 0;
};

// Converts an attribute to ssize_t as parse_syntax_error does; false when it is not an int.
bool attr_as_ssize(Object* value, ssize_t* out) {
    if (!int_check(value)) return false;
    bool overflow = false;
    int64_t v = int_as_int64(value, &overflow);
    if (overflow) return false;
    *out = static_cast<ssize_t>(v);
    return true;
}

// print_exception_file_and_line: for SyntaxError instances, the location block; *value_p
// then becomes the message alone (a new reference).
void print_file_and_line(PrintContext& ctx, Ref& value) {
    Object* exc = value.get();
    if (!type_is_subtype(exc->ob_type, &SyntaxErrorType)) return;
    Ref message(object_getattr_str(exc, "msg"));
    Ref filename(message ? object_getattr_str(exc, "filename") : nullptr);
    Ref lineno_obj(filename ? object_getattr_str(exc, "lineno") : nullptr);
    Ref offset_obj(lineno_obj ? object_getattr_str(exc, "offset") : nullptr);
    ssize_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
    if (!offset_obj || !attr_as_ssize(lineno_obj.get(), &lineno)) {
        clear_error();
        return;
    }
    if (offset_obj.get() != None() && !attr_as_ssize(offset_obj.get(), &offset)) return;
    end_lineno = lineno;
    if (exc->ob_type == &SyntaxErrorType) {
        // Only SyntaxError itself reports an end; its subclasses mark one character.
        Ref end_line(object_getattr_str(exc, "end_lineno"));
        if (!end_line) clear_error();
        else if (end_line.get() != None() && !attr_as_ssize(end_line.get(), &end_lineno)) return;
        Ref end_off(object_getattr_str(exc, "end_offset"));
        if (!end_off) clear_error();
        else if (end_off.get() != None() && !attr_as_ssize(end_off.get(), &end_offset)) return;
    }
    Ref text(object_getattr_str(exc, "text"));
    if (!text) {
        clear_error();
        return;
    }
    Ref filename_str(filename.get() == None() ? str_from_ascii("<string>") : object_str(filename.get()));
    if (!filename_str) {
        clear_error();
        return;
    }
    std::string text_utf8;
    const std::string* text_ptr = nullptr;
    if (text.get() != None() && str_check(text.get())) {
        text_utf8 = std::string(str_view(text.get()));
        text_ptr = &text_utf8;
    }
    ctx.out += format_syntax_error_location(str_view(filename_str.get()), lineno, offset, end_lineno, end_offset,
                                            text_ptr);
    value = std::move(message);
}

// The "Type: message" line (without its newline): module prefix unless builtins or __main__,
// the type's qualified name, and str(value) unless empty.
void print_message(PrintContext& ctx, TypeObject* type, Object* value) {
    Ref module(object_getattr_str(type, "__module__"));
    if (!module || !str_check(module.get())) {
        clear_error();
        // Builtin types are in "builtins" even if their __module__ cannot be read.
        if (type_has_flag(type, TPFLAGS_HEAPTYPE)) ctx.out += "<unknown>.";
    } else if (str_view(module.get()) != "builtins" && str_view(module.get()) != "__main__") {
        ctx.out += str_view(module.get());
        ctx.out += '.';
    }
    Ref qualname(object_getattr_str(type, "__qualname__"));
    if (!qualname || !str_check(qualname.get())) {
        clear_error();
        ctx.out += qualname ? "<unknown>" : type_name(type);
    } else {
        ctx.out += str_view(qualname.get());
    }
    if (value == None()) return;
    Ref s(object_str(value));
    if (!s) {
        clear_error();
        ctx.out += ": <exception str() failed>";
        return;
    }
    if (str_view(s.get()).empty()) return;
    ctx.out += ": ";
    ctx.out += str_view(s.get());
}

std::vector<std::string> dir_names(Object* obj) {
    std::vector<std::string> names;
    Ref d(call_special(obj, "__dir__", {}));
    if (!d) return names;
    Ref list(sequence_list(d.get()));
    if (!list || list_sort(list.get(), nullptr, false) < 0) return names;
    for (ssize_t i = 0; i < list_size(list.get()); i++) {
        Object* item = list_items(list.get())[i];
        if (str_check(item)) names.emplace_back(str_view(item));
    }
    return names;
}

// _Py_Offer_Suggestions: only for exactly NameError and AttributeError.
std::string offer_suggestion(Object* value) {
    if (value->ob_type == &AttributeErrorType) {
        auto* e = static_cast<AttributeErrorObject*>(value);
        if (!e->name || !e->obj || !str_check_exact(e->name)) return {};
        std::string found = compute_suggestion(str_view(e->name), dir_names(e->obj));
        clear_error();
        return found;
    }
    if (value->ob_type == &NameErrorType) {
        auto* e = static_cast<NameErrorObject*>(value);
        if (!e->name || !str_check_exact(e->name) || !e->traceback) return {};
        for (const std::vector<std::string>& names : traceback_innermost_names(e->traceback)) {
            std::string found = compute_suggestion(str_view(e->name), names);
            if (!found.empty()) return found;
        }
    }
    return {};
}

void print_notes(PrintContext& ctx, Object* value) {
    if (!exception_instance_check(value)) return;
    Object* notes = nullptr;
    int found = object_lookup_attr(value, intern("__notes__"), &notes);
    if (found <= 0) {
        clear_error();
        return;
    }
    Ref holder(notes);
    // PySequence_Check, for the sequences heapscope has (str and bytes iterate too).
    if (!list_check(notes) && !tuple_check(notes) && !str_check(notes) && !bytes_check(notes)) {
        Ref r(object_repr(notes));
        if (!r) clear_error();
        // CPython 3.11 writes no newline after it.
        ctx.out += r ? std::string(str_view(r.get())) : std::string("<__notes__ repr() failed>");
        return;
    }
    ssize_t n = object_length(notes);
    for (ssize_t i = 0; i < n; i++) {
        Ref index(int_from_int64(i));
        Ref note(index ? object_getitem(notes, index.get()) : nullptr);
        Ref s(note ? object_str(note.get()) : nullptr);
        if (!s) {
            clear_error();
            ctx.out += "<note str() failed>";
        } else {
            // Each line with its own ending: the note's text as it is.
            ctx.out += str_view(s.get());
        }
        ctx.out += '\n';
    }
    if (n < 0) clear_error();
}

void print_traceback(PrintContext& ctx, Object* exc) {
    if (Object* tb = as_exception(exc)->traceback) {
        ctx.out += "Traceback (most recent call last):\n";
        ctx.out += format_traceback_entries(traceback_entries(tb), ctx.source);
    }
}

void print_exception(PrintContext& ctx, Object* exc) {
    if (!exception_instance_check(exc)) {
        ctx.out += "TypeError: print_exception(): Exception expected for value, ";
        ctx.out += type_name_of(exc);
        ctx.out += " found\n";
        return;
    }
    Ref value = Ref::borrowed(exc);
    print_traceback(ctx, exc);
    TypeObject* type = exc->ob_type;
    print_file_and_line(ctx, value);
    print_message(ctx, type, value.get());
    if (exception_instance_check(value.get())) {
        std::string suggestion = offer_suggestion(value.get());
        if (!suggestion.empty()) ctx.out += ". Did you mean: '" + suggestion + "'?";
    }
    ctx.out += '\n';
    print_notes(ctx, value.get());
}

void print_exception_recursive(PrintContext& ctx, Object* value);

void print_chained(PrintContext& ctx, Object* chained, const char* message) {
    // Chains deeper than the recursion limit are cut, as CPython's recursion check would.
    if (ctx.depth >= rt().recursion_limit) return;
    ctx.depth++;
    print_exception_recursive(ctx, chained);
    ctx.depth--;
    ctx.out += message;
}

void print_exception_recursive(PrintContext& ctx, Object* value) {
    ctx.seen.insert(value);
    if (exception_instance_check(value)) {
        auto* e = as_exception(value);
        if (e->cause) {
            if (!ctx.seen.count(e->cause)) print_chained(ctx, e->cause, CAUSE_MESSAGE);
        } else if (!e->suppress_context && e->context) {
            if (!ctx.seen.count(e->context)) print_chained(ctx, e->context, CONTEXT_MESSAGE);
        }
    }
    print_exception(ctx, value);
}

} // namespace

std::string format_exception(Object* exc, const SourceLineFn& source) {
    // Formatting runs Python code (str(), __dir__) that must not see a pending exception.
    ErrorState saved = fetch_error();
    PrintContext ctx;
    ctx.source = source ? source : SourceLineFn(runtime_source_line);
    print_exception_recursive(ctx, exc);
    clear_error();
    restore_error(saved);
    return std::move(ctx.out);
}

std::string format_unraisable_exception(Object* exc) {
    ErrorState saved = fetch_error();
    PrintContext ctx;
    ctx.source = SourceLineFn(runtime_source_line);
    if (exception_instance_check(exc)) print_traceback(ctx, exc);
    print_message(ctx, exc->ob_type, exc);
    ctx.out += '\n';
    clear_error();
    restore_error(saved);
    return std::move(ctx.out);
}

} // namespace hs
