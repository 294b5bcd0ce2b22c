// Symbol tables: which names are local, global, free or cells in each scope.
//
// A port of the semantics of CPython 3.11's Python/symtable.c. The first pass (symtable_visit.cpp)
// records raw facts per block: "bound here", "used here", "declared global"... The second pass
// (symtable_analyze.cpp) decides the scope of every name, passing bound names down to nested
// functions and free names back up, which turns the binding locals into cells.
// Comprehensions and generator expressions are nested function blocks whose single parameter
// ".0" receives the outermost iterator, as in 3.11.
#pragma once

#include "frontend/ast.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hs::compiler {

// Def-use flags, CPython's values (pycore_symtable.h).
enum SymbolFlag : long {
    DEF_GLOBAL = 1,
    DEF_LOCAL = 2,
    DEF_PARAM = 2 << 1,
    DEF_NONLOCAL = 2 << 2,
    USE = 2 << 3,
    DEF_FREE = 2 << 4,
    DEF_FREE_CLASS = 2 << 5,
    DEF_IMPORT = 2 << 6,
    DEF_ANNOT = 2 << 7,
    DEF_COMP_ITER = 2 << 8,
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

// The scope of a name, stored in the symbol's flags at SCOPE_OFFSET.
enum Scope : int { SCOPE_NONE = 0, LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 };
inline constexpr int SCOPE_OFFSET = 11;
inline constexpr long SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

enum class BlockType : uint8_t { Function, Class, Module };
enum class ComprehensionType : uint8_t { None, List, Dict, Set, Generator };

// A name -> flags map that remembers insertion order (CPython's dicts do, and the first
// offending name decides which SyntaxError is reported).
class SymbolMap {
  public:
    long get(const std::string& name) const;
    bool contains(const std::string& name) const { return m_index.count(name) != 0; }
    void set(const std::string& name, long flags);
    const std::vector<std::pair<std::string, long>>& items() const { return m_items; }

  private:
    std::vector<std::pair<std::string, long>> m_items;
    std::unordered_map<std::string, size_t> m_index;
};

// Where a `global`/`nonlocal` declaration (or a walrus target promoted to one) was written.
struct Directive {
    std::string name;
    ast::Position pos;
};

// One block: a module, class body, function, lambda or comprehension (PySTEntryObject).
struct SymbolTableEntry {
    std::string name;
    BlockType type = BlockType::Module;
    const void* key = nullptr; // the AST node that opened the block
    ast::Position pos;
    SymbolMap symbols;
    std::vector<std::string> varnames; // parameters, in order
    std::vector<SymbolTableEntry*> children;
    std::vector<Directive> directives;
    ComprehensionType comprehension = ComprehensionType::None;
    bool nested = false;
    bool free = false;
    bool child_free = false;
    bool generator = false;
    bool coroutine = false;
    bool varargs = false;
    bool varkeywords = false;
    bool returns_value = false;
    bool needs_class_closure = false;
    bool comp_iter_target = false;
    int comp_iter_expr = 0;

    long symbol(const std::string& name) const { return symbols.get(name); }
    int scope(const std::string& name) const {
        return static_cast<int>((symbols.get(name) >> SCOPE_OFFSET) & SCOPE_MASK);
    }
};

// A SyntaxError found while building the table. Offsets are 1-based as in SyntaxError.offset;
// end_lineno/end_offset are 0 when CPython leaves them unset.
struct SymtableError {
    std::string message;
    int lineno = 0;
    int offset = 0;
    int end_lineno = 0;
    int end_offset = 0;
};

// The `from __future__ import ...` features that change compilation (future.c).
struct FutureFeatures {
    bool annotations = false;
    int lineno = -1; // line of the last future import at the top of the module
};

class SymbolTable {
  public:
    SymbolTableEntry* top() const { return m_top; }
    SymbolTableEntry* lookup(const void* key) const;

    // Builds and analyzes the table of `module` (the tree after ast_opt).
    static std::unique_ptr<SymbolTable> build(const ast::Module& module, const FutureFeatures& future,
                                              std::optional<SymtableError>& error);

  private:
    friend class SymtableBuilder;
    std::vector<std::unique_ptr<SymbolTableEntry>> m_entries;
    std::unordered_map<const void*, SymbolTableEntry*> m_blocks;
    SymbolTableEntry* m_top = nullptr;
};

// Private name mangling: `__x` inside `class C` is `_C__x` (_Py_Mangle).
std::string mangle(const std::string* private_name, const std::string& name);

// The second pass; returns false and fills `error` on a SyntaxError.
bool analyze_symtable(SymbolTableEntry* top, std::optional<SymtableError>& error);

} // namespace hs::compiler
