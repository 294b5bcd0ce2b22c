// Code objects and the materialization of compiled constants.
#include "objects/codeobject.h"

#include "objects/bytesobject.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/setobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/weakrefobject.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <cstddef>
#include <map>
#include <set>

namespace hs {

TypeObject CodeType;

namespace {

bool all_name_chars(std::string_view s) {
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (!(u == '_' || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))) return false;
    }
    return true;
}

// Merges equal constants over one compilation (CPython's compiler keeps a const cache keyed by
// type and value, so `s1 = "hello world!"` and `s2 = "hello world!"` in different functions
// share the object).
class ConstantMaterializer {
public:
    explicit ConstantMaterializer(std::string_view filename) : m_filename(filename) {}
    ~ConstantMaterializer() {
        for (auto& [key, obj] : m_cache) decref(obj);
    }

    Object* materialize(const compiler::Constant& c);
    Object* code(const std::shared_ptr<const compiler::CodeUnit>& unit);
    // The object an AST node holds (ScriptCode): the merged constant for a value's first node.
    Object* ast_object(const compiler::Constant& c);

private:
    Object* make(const compiler::Constant& c, bool intern = true);
    Object* frozenset_from_items(const compiler::Constant& c);
    std::string_view m_filename;
    std::map<std::string, Object*> m_cache;
    std::set<std::string> m_keys_in_ast;
};

std::string cache_key(const compiler::Constant& c);

std::string cache_key(const compiler::Constant& c) {
    using K = compiler::Constant::Kind;
    std::string key(1, static_cast<char>('A' + static_cast<int>(c.kind)));
    switch (c.kind) {
    case K::Int:
        key += c.integer.to_string(16);
        break;
    case K::Float:
    case K::Complex: {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%a|%a", c.real, c.imag);
        key += buf;
        break;
    }
    case K::Str:
    case K::Bytes:
        key += c.text;
        break;
    case K::Tuple:
    case K::FrozenSet:
        key += std::to_string(c.items.size());
        for (const auto& item : c.items) {
            std::string k = cache_key(item);
            key += '(' + std::to_string(k.size()) + ':' + k + ')';
        }
        break;
    case K::Code:
        key += std::to_string(reinterpret_cast<uintptr_t>(c.code.get()));
        break;
    default:
        break;
    }
    return key;
}

Object* ConstantMaterializer::materialize(const compiler::Constant& c) {
    using K = compiler::Constant::Kind;
    switch (c.kind) {
    case K::None: return new_none();
    case K::True: return new_bool(true);
    case K::False: return new_bool(false);
    case K::Ellipsis: return newref(Ellipsis());
    default: break;
    }
    std::string key = cache_key(c);
    auto it = m_cache.find(key);
    if (it != m_cache.end()) return newref(it->second);
    Object* obj = make(c);
    if (!obj) return nullptr;
    m_cache.emplace(std::move(key), newref(obj));
    return obj;
}

Object* ConstantMaterializer::ast_object(const compiler::Constant& c) {
    using K = compiler::Constant::Kind;
    if (c.kind == K::None || c.kind == K::True || c.kind == K::False || c.kind == K::Ellipsis) return materialize(c);
    if (c.kind == K::FrozenSet) return frozenset_from_items(c);
    // A value's later nodes are the parser's own objects (not interned: only the code's are).
    if (!m_keys_in_ast.insert(cache_key(c)).second) return make(c, false);
    return materialize(c);
}

// The frozenset ast_opt makes, from the items in source order.
Object* ConstantMaterializer::frozenset_from_items(const compiler::Constant& c) {
    Ref t(tuple_new(static_cast<ssize_t>(c.items.size())));
    if (!t) return nullptr;
    for (size_t i = 0; i < c.items.size(); i++) {
        Object* item = materialize(c.items[i]);
        if (!item) return nullptr;
        tuple_items(t.get())[i] = item;
    }
    return frozenset_new(t.get());
}

Object* ConstantMaterializer::make(const compiler::Constant& c, bool intern) {
    using K = compiler::Constant::Kind;
    switch (c.kind) {
    case K::Int: return int_from_bigint(c.integer);
    case K::Float: return float_from_double(c.real);
    case K::Complex: return complex_from_doubles(c.real, c.imag);
    case K::Str: {
        Object* s = str_from_utf8(c.text);
        if (s && intern && all_name_chars(c.text)) str_intern_in_place(&s);
        return s;
    }
    case K::Bytes: return bytes_from(c.text);
    case K::Tuple: {
        Ref t(tuple_new(static_cast<ssize_t>(c.items.size())));
        if (!t) return nullptr;
        for (size_t i = 0; i < c.items.size(); i++) {
            Object* item = materialize(c.items[i]);
            if (!item) return nullptr;
            tuple_items(t.get())[i] = item;
        }
        return t.release();
    }
    case K::FrozenSet: {
        // merge_consts builds ast_opt's frozenset again, from the first one's iteration order:
        // the slots, hence the order `{100, 5, 37, 8}` prints in, are those of the second.
        Ref first(frozenset_from_items(c));
        if (!first) return nullptr;
        Ref items(sequence_tuple(first.get()));
        return items ? frozenset_new(items.get()) : nullptr;
    }
    case K::Code: return code(c.code);
    default: return new_none();
    }
}

Object* tuple_of_names(const std::vector<std::string>& names) {
    Ref t(tuple_new(static_cast<ssize_t>(names.size())));
    if (!t) return nullptr;
    for (size_t i = 0; i < names.size(); i++) {
        Object* s = str_from_utf8(names[i]);
        if (!s) return nullptr;
        str_intern_in_place(&s);
        tuple_items(t.get())[i] = s;
    }
    return t.release();
}

Object* interned_str(const std::string& text) {
    Object* s = str_from_utf8(text);
    if (s) str_intern_in_place(&s);
    return s;
}

Object* ConstantMaterializer::code(const std::shared_ptr<const compiler::CodeUnit>& unit) {
    auto* co = static_cast<CodeObject*>(object_alloc(&CodeType, sizeof(CodeObject)));
    if (!co) return nullptr;
    new (&co->unit) std::shared_ptr<const compiler::CodeUnit>(unit);
    co->instructions = unit->code.data();
    co->co_consts = co->co_names = co->co_localsplusnames = nullptr;
    co->co_name = co->co_qualname = co->co_filename = nullptr;
    co->co_weakreflist = nullptr;
    Ref holder(co);
    Ref consts(tuple_new(static_cast<ssize_t>(unit->consts.size())));
    if (!consts) return nullptr;
    for (size_t i = 0; i < unit->consts.size(); i++) {
        Object* c = materialize(unit->consts[i]);
        if (!c) return nullptr;
        tuple_items(consts.get())[i] = c;
    }
    co->co_consts = consts.release();
    co->co_names = tuple_of_names(unit->names);
    co->co_localsplusnames = tuple_of_names(unit->localsplusnames);
    co->co_name = interned_str(unit->name);
    co->co_qualname = interned_str(unit->qualname);
    co->co_filename = str_from_utf8(m_filename);
    if (!co->co_names || !co->co_localsplusnames || !co->co_name || !co->co_qualname || !co->co_filename) return nullptr;
    co->co_argcount = unit->argcount;
    co->co_posonlyargcount = unit->posonlyargcount;
    co->co_kwonlyargcount = unit->kwonlyargcount;
    co->co_nlocalsplus = unit->nlocalsplus();
    co->co_nlocals = co->co_ncellvars = co->co_nfreevars = 0;
    for (uint8_t kind : unit->localspluskinds) {
        if (kind & compiler::CO_FAST_LOCAL) co->co_nlocals++;
        else if (kind & compiler::CO_FAST_CELL) co->co_ncellvars++;
        else if (kind & compiler::CO_FAST_FREE) co->co_nfreevars++;
    }
    co->co_stacksize = unit->stacksize;
    co->co_flags = unit->flags;
    co->co_firstlineno = unit->firstlineno;
    return holder.release();
}

void code_dealloc(Object* self) {
    auto* co = static_cast<CodeObject*>(self);
    if (co->co_weakreflist) object_clear_weakrefs(self);
    xdecref(co->co_consts);
    xdecref(co->co_names);
    xdecref(co->co_localsplusnames);
    xdecref(co->co_name);
    xdecref(co->co_qualname);
    xdecref(co->co_filename);
    co->unit.~shared_ptr();
    object_free(self);
}

Object* code_repr(Object* self) {
    auto* co = static_cast<CodeObject*>(self);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(co));
    return str_from_utf8(std::string("<code object ") + str_data(co->co_name) + " at " + buf + ", file \"" +
                         str_data(co->co_filename) + "\", line " + std::to_string(co->co_firstlineno) + ">");
}

Object* code_get_name(Object* self) { return newref(static_cast<CodeObject*>(self)->co_name); }
Object* code_get_qualname(Object* self) { return newref(static_cast<CodeObject*>(self)->co_qualname); }
Object* code_get_filename(Object* self) { return newref(static_cast<CodeObject*>(self)->co_filename); }
Object* code_get_consts(Object* self) { return newref(static_cast<CodeObject*>(self)->co_consts); }
Object* code_get_names(Object* self) { return newref(static_cast<CodeObject*>(self)->co_names); }
Object* code_get_argcount(Object* self) { return int_from_int64(static_cast<CodeObject*>(self)->co_argcount); }
Object* code_get_stacksize(Object* self) { return int_from_int64(static_cast<CodeObject*>(self)->co_stacksize); }
Object* code_get_flags(Object* self) { return int_from_int64(static_cast<CodeObject*>(self)->co_flags); }
Object* code_get_firstlineno(Object* self) { return int_from_int64(static_cast<CodeObject*>(self)->co_firstlineno); }
Object* code_get_nlocals(Object* self) { return int_from_int64(static_cast<CodeObject*>(self)->co_nlocals); }

Object* names_of_kind(CodeObject* co, uint8_t kind) {
    const auto& kinds = co->unit->localspluskinds;
    std::vector<Object*> names;
    for (size_t i = 0; i < kinds.size(); i++)
        if (kinds[i] & kind) names.push_back(tuple_items(co->co_localsplusnames)[i]);
    Ref r(tuple_new(static_cast<ssize_t>(names.size())));
    if (!r) return nullptr;
    for (size_t i = 0; i < names.size(); i++) tuple_items(r.get())[i] = newref(names[i]);
    return r.release();
}
Object* code_get_varnames(Object* self) { return names_of_kind(static_cast<CodeObject*>(self), compiler::CO_FAST_LOCAL); }
Object* code_get_cellvars(Object* self) { return names_of_kind(static_cast<CodeObject*>(self), compiler::CO_FAST_CELL); }
Object* code_get_freevars(Object* self) { return names_of_kind(static_cast<CodeObject*>(self), compiler::CO_FAST_FREE); }

const GetSetDef code_getset[] = {
    {"co_name", code_get_name},         {"co_qualname", code_get_qualname},
    {"co_filename", code_get_filename}, {"co_consts", code_get_consts},
    {"co_names", code_get_names},       {"co_varnames", code_get_varnames},
    {"co_cellvars", code_get_cellvars}, {"co_freevars", code_get_freevars},
    {"co_argcount", code_get_argcount}, {"co_stacksize", code_get_stacksize},
    {"co_flags", code_get_flags},       {"co_firstlineno", code_get_firstlineno},
    {"co_nlocals", code_get_nlocals},   {nullptr, nullptr},
};

} // namespace

Object* code_from_unit(const std::shared_ptr<const compiler::CodeUnit>& unit, std::string_view filename) {
    ConstantMaterializer m(filename);
    return m.code(unit);
}

ScriptCode script_code_from_unit(const std::shared_ptr<const compiler::CodeUnit>& unit,
                                 const std::vector<compiler::Constant>& ast_constants, std::string_view filename) {
    ConstantMaterializer m(filename);
    ScriptCode script;
    script.code = Ref(m.code(unit));
    if (!script.code) return {};
    script.ast_arena = Ref(list_new(0));
    if (!script.ast_arena) return {};
    for (const compiler::Constant& c : ast_constants) {
        Ref o(m.ast_object(c));
        if (!o || list_append(script.ast_arena.get(), o.get()) < 0) return {};
    }
    return script;
}

int code_line_of(CodeObject* code, int index) {
    const auto& positions = code->unit->positions;
    if (index < 0 || static_cast<size_t>(index) >= positions.size()) return -1;
    return positions[index].lineno;
}

void init_code_type() {
    CodeType.tp_name = "code";
    CodeType.tp_basicsize = 176;
    CodeType.tp_cxx_size = sizeof(CodeObject);
    CodeType.tp_dealloc = code_dealloc;
    CodeType.tp_weaklistoffset = offsetof(CodeObject, co_weakreflist);
    CodeType.tp_repr = code_repr;
    CodeType.tp_getset = code_getset;
    register_static_type(&CodeType);
}

} // namespace hs
