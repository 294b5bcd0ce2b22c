// Code objects: the runtime form of a compiler::CodeUnit. Instructions and positions stay in
// the CodeUnit (shared, immutable); constants and names become objects.
#pragma once

#include "compiler/code.h"
#include "runtime/object.h"
#include "runtime/typeobject.h"

#include <memory>
#include <string_view>

namespace hs {

struct CodeObject : Object {
    std::shared_ptr<const compiler::CodeUnit> unit;
    const compiler::Instruction* instructions = nullptr;  // unit->code.data()
    Object* co_consts = nullptr;           // tuple
    Object* co_names = nullptr;            // tuple of interned str
    Object* co_localsplusnames = nullptr;  // tuple of interned str
    Object* co_name = nullptr;             // str
    Object* co_qualname = nullptr;         // str
    Object* co_filename = nullptr;         // str
    int co_argcount = 0;
    int co_posonlyargcount = 0;
    int co_kwonlyargcount = 0;
    int co_nlocalsplus = 0;
    int co_nlocals = 0;    // plain local variables (kind LOCAL)
    int co_ncellvars = 0;
    int co_nfreevars = 0;
    int co_stacksize = 0;
    uint32_t co_flags = 0;
    int co_firstlineno = 0;
    Object* co_weakreflist = nullptr;
};

extern TypeObject CodeType;

inline bool code_check(const Object* o) { return o->ob_type == &CodeType; }

// Materializes a compiled module. Equal constants anywhere in the tree become one object, and
// identifier-like str constants are interned (CPython's compiler and intern_string_constants).
Object* code_from_unit(const std::shared_ptr<const compiler::CodeUnit>& unit, std::string_view filename);

// A script's module code object, with what CPython's AST arena holds while it runs: a list
// (the arena's a_objects) with one reference per entry of `ast_constants`. The first entry of a
// value is the code's own constant, later ones are separate objects, as the parser made one
// object per literal; the frozenset of `x in {...}` is the one before the compiler rebuilds it.
struct ScriptCode {
    Ref code;
    Ref ast_arena;
};
ScriptCode script_code_from_unit(const std::shared_ptr<const compiler::CodeUnit>& unit,
                                 const std::vector<compiler::Constant>& ast_constants, std::string_view filename);
// The source line of instruction `index` (CPython's PyCode_Addr2Line), or -1.
int code_line_of(CodeObject* code, int index);

void init_code_type();

} // namespace hs
