// The second symbol-table pass: decide the scope of every name (CPython's analyze_block).
//
// Each block receives `bound` (names bound in enclosing function scopes) and `global` (names
// declared global above it). It returns in `free` the names its children use freely. A local
// that a child uses freely becomes a CELL; a name bound in an enclosing function is FREE; the
// rest are implicit globals. Class bodies are special: their bindings are invisible to nested
// functions, and a `__class__` a method uses freely makes the class create an implicit cell.
#include "compiler/symtable.h"

#include <set>

namespace hs::compiler {

namespace {

using NameSet = std::set<std::string>;
using ScopeMap = std::vector<std::pair<std::string, int>>; // in symbol insertion order

bool error_at_directive(const SymbolTableEntry* ste, const std::string& name, std::string message,
                        std::optional<SymtableError>& error) {
    for (const Directive& d : ste->directives) {
        if (d.name == name) {
            error = SymtableError{std::move(message), d.pos.lineno, d.pos.col_offset + 1, d.pos.end_lineno,
                                  d.pos.end_col_offset + 1};
            return false;
        }
    }
    error = SymtableError{"BUG: internal directive bookkeeping broken", 0, 0, 0, 0};
    return false;
}

// Decides the scope of one name from its flags (analyze_name).
bool analyze_name(SymbolTableEntry* ste, ScopeMap& scopes, const std::string& name, long flags,
                  NameSet* bound, NameSet& local, NameSet& free, NameSet& global,
                  std::optional<SymtableError>& error) {
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) {
            return error_at_directive(ste, name, "name '" + name + "' is nonlocal and global", error);
        }
        scopes.emplace_back(name, GLOBAL_EXPLICIT);
        global.insert(name);
        if (bound) bound->erase(name);
        return true;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound) {
            return error_at_directive(ste, name, "nonlocal declaration not allowed at module level", error);
        }
        if (!bound->count(name)) {
            return error_at_directive(ste, name, "no binding for nonlocal '" + name + "' found", error);
        }
        scopes.emplace_back(name, FREE);
        ste->free = true;
        free.insert(name);
        return true;
    }
    if (flags & DEF_BOUND) {
        scopes.emplace_back(name, LOCAL);
        local.insert(name);
        global.erase(name);
        return true;
    }
    // A binding in an enclosing function makes the name free rather than global.
    if (bound && bound->count(name)) {
        scopes.emplace_back(name, FREE);
        ste->free = true;
        free.insert(name);
        return true;
    }
    if (global.count(name)) {
        scopes.emplace_back(name, GLOBAL_IMPLICIT);
        return true;
    }
    if (ste->nested) ste->free = true;
    scopes.emplace_back(name, GLOBAL_IMPLICIT);
    return true;
}

// A local that children use freely provides their binding: it becomes a cell (analyze_cells).
void analyze_cells(ScopeMap& scopes, NameSet& free) {
    for (auto& [name, scope] : scopes) {
        if (scope != LOCAL || !free.count(name)) continue;
        scope = CELL;
        free.erase(name);
    }
}

// Writes the scopes into the symbols and records the children's free names that must pass
// through this block (update_symbols).
void update_symbols(SymbolMap& symbols, const ScopeMap& scopes, const NameSet* bound, const NameSet& free,
                    bool classflag) {
    for (const auto& [name, scope] : scopes) {
        symbols.set(name, symbols.get(name) | (static_cast<long>(scope) << SCOPE_OFFSET));
    }
    for (const std::string& name : free) {
        if (symbols.contains(name)) {
            // A method's free variable with the same name as a class-level binding: the class
            // keeps its own local, and the name is also passed through as a free variable.
            long v = symbols.get(name);
            if (classflag && (v & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, v | DEF_FREE_CLASS);
            continue;
        }
        if (bound && !bound->count(name)) continue; // a global
        symbols.set(name, static_cast<long>(FREE) << SCOPE_OFFSET);
    }
}

bool analyze_block(SymbolTableEntry* ste, NameSet* bound, NameSet& free, NameSet& global,
                   std::optional<SymtableError>& error);

bool analyze_child_block(SymbolTableEntry* entry, const NameSet* bound, const NameSet& free,
                         const NameSet& global, NameSet& child_free, std::optional<SymtableError>& error) {
    // Children get copies: their bindings must not leak into their siblings.
    NameSet temp_bound = bound ? *bound : NameSet{};
    NameSet temp_free = free;
    NameSet temp_global = global;
    if (!analyze_block(entry, &temp_bound, temp_free, temp_global, error)) return false;
    child_free.insert(temp_free.begin(), temp_free.end());
    return true;
}

bool analyze_block(SymbolTableEntry* ste, NameSet* bound, NameSet& free, NameSet& global,
                   std::optional<SymtableError>& error) {
    NameSet local;
    ScopeMap scopes;
    NameSet newglobal, newfree, newbound;

    // Class bindings are invisible in nested functions: pass down only what came from above.
    if (ste->type == BlockType::Class) {
        newglobal = global;
        if (bound) newbound = *bound;
    }
    for (const auto& [name, flags] : ste->symbols.items()) {
        if (!analyze_name(ste, scopes, name, flags, bound, local, free, global, error)) return false;
    }
    if (ste->type != BlockType::Class) {
        if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
        if (bound) newbound.insert(bound->begin(), bound->end());
        newglobal.insert(global.begin(), global.end());
    } else {
        newbound.insert("__class__");
    }

    NameSet allfree;
    for (SymbolTableEntry* child : ste->children) {
        if (!analyze_child_block(child, &newbound, newfree, newglobal, allfree, error)) return false;
        if (child->free || child->child_free) ste->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());

    if (ste->type == BlockType::Function) {
        analyze_cells(scopes, newfree);
    } else if (ste->type == BlockType::Class) {
        if (newfree.erase("__class__")) ste->needs_class_closure = true;
    }
    update_symbols(ste->symbols, scopes, bound, newfree, ste->type == BlockType::Class);
    free.insert(newfree.begin(), newfree.end());
    return true;
}

} // namespace

bool analyze_symtable(SymbolTableEntry* top, std::optional<SymtableError>& error) {
    NameSet free, global;
    return analyze_block(top, nullptr, free, global, error);
}

} // namespace hs::compiler
