// The compiler driver and the code generator's infrastructure: scopes, emitting instructions,
// name resolution, frame blocks and errors (the first part of CPython 3.11's compile.c).
#include "compiler/ast_util.h"
#include "compiler/codegen.h"
#include "compiler/constant.h"

#include <algorithm>

namespace hs::compiler {

using namespace ast;

namespace {

// CPython's CO_MAXBLOCKS: how deeply loops and try/with blocks may nest.
constexpr size_t kMaxBlocks = 20;

// The 1-based line `lineno` of `source` with its newline, as SyntaxError.text.
std::string source_line(std::string_view source, int lineno) {
    if (lineno < 1) return {};
    size_t start = 0;
    for (int line = 1; line < lineno; ++line) {
        size_t nl = source.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    size_t end = source.find('\n', start);
    return std::string(
        source.substr(start, end == std::string_view::npos ? std::string_view::npos : end + 1 - start));
}

CompileError make_error(std::string msg, int lineno, int offset, int end_lineno, int end_offset) {
    CompileError e;
    e.msg = std::move(msg);
    e.lineno = lineno;
    e.offset = offset;
    e.end_lineno = end_lineno;
    e.end_offset = end_offset;
    return e;
}

bool find_ann(const std::vector<Stmt*>& stmts) {
    for (const Stmt* st : stmts) {
        switch (st->kind) {
        case StmtKind::AnnAssign:
            return true;
        case StmtKind::For:
        case StmtKind::AsyncFor:
            if (find_ann(as<ForStmt>(st)->body) || find_ann(as<ForStmt>(st)->orelse)) return true;
            break;
        case StmtKind::While:
            if (find_ann(as<WhileStmt>(st)->body) || find_ann(as<WhileStmt>(st)->orelse)) return true;
            break;
        case StmtKind::If:
            if (find_ann(as<IfStmt>(st)->body) || find_ann(as<IfStmt>(st)->orelse)) return true;
            break;
        case StmtKind::With:
        case StmtKind::AsyncWith:
            if (find_ann(as<WithStmt>(st)->body)) return true;
            break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
            auto* t = as<TryStmt>(st);
            for (const ExceptHandler* h : t->handlers) {
                if (find_ann(h->body)) return true;
            }
            if (find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse)) return true;
            break;
        }
        default:
            break;
        }
    }
    return false;
}

// Checks `from __future__ import ...` statements (CPython's future.c).
std::optional<CompileError> parse_future(const Module& module, FutureFeatures& ff) {
    static const char* const kKnown[] = {"nested_scopes",    "generators",     "division",
                                         "absolute_import",  "with_statement", "print_function",
                                         "unicode_literals", "barry_as_FLUFL", "generator_stop"};
    size_t i = docstring_of(module.body) ? 1 : 0;
    bool done = false;
    int prev_line = 0;
    for (; i < module.body.size(); ++i) {
        const Stmt* s = module.body[i];
        if (done && s->pos.lineno > prev_line) return std::nullopt;
        prev_line = s->pos.lineno;
        if (s->kind == StmtKind::ImportFrom && as<ImportFromStmt>(s)->module == "__future__") {
            if (done) {
                return make_error("from __future__ imports must occur at the beginning of the file",
                                  s->pos.lineno, s->pos.col_offset, s->pos.lineno, 0);
            }
            for (const Alias* a : as<ImportFromStmt>(s)->names) {
                if (a->name == "annotations") {
                    ff.annotations = true;
                    continue;
                }
                bool known = std::any_of(std::begin(kKnown), std::end(kKnown),
                                         [&](const char* k) { return a->name == k; });
                if (known) continue;
                std::string msg =
                    a->name == "braces" ? "not a chance" : "future feature " + a->name + " is not defined";
                return make_error(msg, s->pos.lineno, s->pos.col_offset + 1, s->pos.lineno, 0);
            }
            ff.lineno = s->pos.lineno;
        } else {
            done = true;
        }
    }
    return std::nullopt;
}

} // namespace

int ConstTable::add(const Constant& c) {
    std::string key = constant_key(c);
    auto it = m_index.find(key);
    if (it != m_index.end()) return it->second;
    int i = static_cast<int>(m_values.size());
    m_index.emplace(std::move(key), i);
    m_values.push_back(c);
    return i;
}

Compiler::Compiler(const SymbolTable& symtable, const FutureFeatures& future, std::string filename,
                   std::string_view source)
    : m_symtable(symtable), m_future(future), m_filename(std::move(filename)), m_source(source) {}

std::shared_ptr<const CodeUnit> Compiler::compile_module(const Module& module) {
    enter_scope("<module>", ScopeType::Module, &module, 1);
    u().loc.lineno = 1;
    body(module.body);
    std::shared_ptr<CodeUnit> code = exit_scope_assemble(true);
    if (m_error) return nullptr;
    return code;
}

// ---- scopes ----------------------------------------------------------------------------

void Compiler::enter_scope(const std::string& name, ScopeType type, const void* key, int lineno) {
    auto unit = std::make_unique<CompilerUnit>();
    unit->scope_type = type;
    unit->ste = m_symtable.lookup(key);
    unit->name = name;
    for (const std::string& v : unit->ste->varnames)
        unit->varnames.add(v);
    // Cells and free variables are numbered in sorted name order (dictbytype).
    std::vector<std::string> cells, frees;
    for (const auto& [sym, flags] : unit->ste->symbols.items()) {
        int scope = static_cast<int>((flags >> SCOPE_OFFSET) & SCOPE_MASK);
        if (scope == CELL) cells.push_back(sym);
        if (scope == FREE || (flags & DEF_FREE_CLASS)) frees.push_back(sym);
    }
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    for (const std::string& c : cells)
        unit->cellvars.add(c);
    if (unit->ste->needs_class_closure) unit->cellvars.add("__class__");
    for (const std::string& f : frees)
        unit->freevars.add(f);
    unit->firstlineno = lineno;
    unit->loc = Loc{lineno, lineno, 0, 0};
    if (m_unit) {
        unit->private_name = m_unit->private_name;
        m_stack.push_back(std::move(m_unit));
    }
    m_unit = std::move(unit);
    m_unit->curblock = new_block();
    if (type == ScopeType::Module) {
        u().loc.lineno = 0;
    } else {
        set_qualname();
    }
    addop_i(Op::RESUME, 0);
    if (type == ScopeType::Module) u().loc.lineno = -1;
}

void Compiler::set_qualname() {
    CompilerUnit& unit = u();
    if (m_stack.empty()) {
        unit.qualname = unit.name;
        return;
    }
    const CompilerUnit& parent = *m_stack.back();
    bool force_global = false;
    if (unit.scope_type == ScopeType::Function || unit.scope_type == ScopeType::AsyncFunction ||
        unit.scope_type == ScopeType::Class) {
        const std::string* priv = parent.private_name ? &*parent.private_name : nullptr;
        if (parent.ste->scope(mangle(priv, unit.name)) == GLOBAL_EXPLICIT) force_global = true;
    }
    if (force_global) {
        unit.qualname = unit.name;
    } else if (parent.scope_type == ScopeType::Function || parent.scope_type == ScopeType::AsyncFunction ||
               parent.scope_type == ScopeType::Lambda) {
        unit.qualname = parent.qualname + ".<locals>." + unit.name;
    } else if (parent.scope_type == ScopeType::Module) {
        unit.qualname = unit.name;
    } else {
        unit.qualname = parent.qualname + "." + unit.name;
    }
}

std::shared_ptr<CodeUnit> Compiler::exit_scope_assemble(bool add_none) {
    std::shared_ptr<CodeUnit> code;
    if (!m_error) code = assemble(u(), add_none, m_filename);
    if (m_stack.empty()) {
        m_unit.reset();
    } else {
        m_unit = std::move(m_stack.back());
        m_stack.pop_back();
    }
    return code;
}

// ---- emitting --------------------------------------------------------------------------

void Compiler::use_next_block(BasicBlock* b) {
    u().curblock->next = b;
    u().curblock = b;
    u().need_new_implicit_block = false;
}

void Compiler::addop_line(Op op, int oparg, BasicBlock* target, const Loc& loc) {
    CompilerUnit& unit = u();
    if (unit.need_new_implicit_block) use_next_block(new_block());
    BasicBlock* b = unit.curblock;
    Instr instr;
    instr.op = op;
    instr.oparg = oparg;
    instr.target = target;
    instr.loc = loc;
    b->instrs.push_back(instr);
    if (op == Op::RETURN_VALUE) b->ret = true;
    // A jump, return or raise ends the block: the next instruction starts a new one.
    if (is_jump(instr) || op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE ||
        op == Op::RAISE_UNSUPPORTED) {
        unit.need_new_implicit_block = true;
    }
}

std::string Compiler::mangle_name(const std::string& name) const {
    return mangle(m_unit->private_name ? &*m_unit->private_name : nullptr, name);
}

void Compiler::addop_name(Op op, IndexMap& dict, const std::string& name) {
    addop_i(op, dict.add(mangle_name(name)));
}

bool Compiler::forbidden_name(const std::string& name, ExprContext ctx) {
    if (name != "__debug__") return false;
    if (ctx == ExprContext::Store) {
        error("cannot assign to __debug__");
        return true;
    }
    if (ctx == ExprContext::Del) {
        error("cannot delete __debug__");
        return true;
    }
    return false;
}

// Loads, stores or deletes a name with the opcode its scope calls for (compiler_nameop).
void Compiler::nameop(const std::string& name, ExprContext ctx) {
    if (forbidden_name(name, ctx)) return;
    CompilerUnit& unit = u();
    std::string mangled = mangle_name(name);
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    IndexMap* dict = &unit.names;
    bool function_block = unit.ste->type == BlockType::Function;
    switch (unit.ste->scope(mangled)) {
    case FREE:
        dict = &unit.freevars;
        optype = OP_DEREF;
        break;
    case CELL:
        dict = &unit.cellvars;
        optype = OP_DEREF;
        break;
    case LOCAL:
        if (function_block) optype = OP_FAST;
        break;
    case GLOBAL_IMPLICIT:
        if (function_block) optype = OP_GLOBAL;
        break;
    case GLOBAL_EXPLICIT:
        optype = OP_GLOBAL;
        break;
    default:
        break;
    }
    Op op = Op::NOP;
    switch (optype) {
    case OP_DEREF:
        op = ctx == ExprContext::Load
                 ? (unit.ste->type == BlockType::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF)
             : ctx == ExprContext::Store ? Op::STORE_DEREF
                                         : Op::DELETE_DEREF;
        break;
    case OP_FAST:
        op = ctx == ExprContext::Load    ? Op::LOAD_FAST
             : ctx == ExprContext::Store ? Op::STORE_FAST
                                         : Op::DELETE_FAST;
        addop_i(op, unit.varnames.add(mangled));
        return;
    case OP_GLOBAL:
        op = ctx == ExprContext::Load    ? Op::LOAD_GLOBAL
             : ctx == ExprContext::Store ? Op::STORE_GLOBAL
                                         : Op::DELETE_GLOBAL;
        break;
    case OP_NAME:
        op = ctx == ExprContext::Load    ? Op::LOAD_NAME
             : ctx == ExprContext::Store ? Op::STORE_NAME
                                         : Op::DELETE_NAME;
        break;
    }
    int arg = dict->add(mangled);
    if (dict == &unit.freevars) arg += unit.cellvars.size(); // free variables follow the cells
    if (op == Op::LOAD_GLOBAL) arg <<= 1;
    addop_i(op, arg);
}

// The test for LOCAL comes before FREE: a class may bind a name that its methods use freely.
int Compiler::get_ref_type(const std::string& name) {
    if (u().scope_type == ScopeType::Class && name == "__class__") return CELL;
    return u().ste->scope(name);
}

// ---- errors ----------------------------------------------------------------------------

void Compiler::error(const std::string& message) {
    if (m_error) return;
    const Loc& loc = u().loc;
    m_error = make_error(message, loc.lineno, loc.col + 1, loc.end_lineno, loc.end_col + 1);
    m_error->text = source_line(m_source, loc.lineno);
}

// CPython stops at its first error, so no warning follows one.
void Compiler::warn(const std::string& message) {
    if (!m_error) m_warnings.push_back(CompileWarning{message, u().loc.lineno});
}

void Compiler::unsupported(const char* feature) {
    addop_i(Op::RAISE_UNSUPPORTED, add_const(make_str(feature)));
}

// ---- frame blocks ----------------------------------------------------------------------

void Compiler::push_fblock(FBlockInfo info) {
    if (u().fblocks.size() >= kMaxBlocks) {
        error("too many statically nested blocks");
        return;
    }
    u().fblocks.push_back(info);
}

// ---- bodies ----------------------------------------------------------------------------

// A module or class body: annotations setup, docstring, statements (compiler_body).
void Compiler::body(const std::vector<Stmt*>& stmts) {
    if (u().scope_type == ScopeType::Module && !stmts.empty()) set_loc(stmts[0]->pos);
    if (find_ann(stmts)) addop(Op::SETUP_ANNOTATIONS);
    if (stmts.empty()) return;
    size_t i = 0;
    if (docstring_of(stmts)) {
        i = 1;
        visit_expr(as<ExprStmt>(stmts[0])->value);
        unset_loc();
        nameop("__doc__", ExprContext::Store);
    }
    for (; i < stmts.size(); ++i)
        visit_stmt(stmts[i]);
}

// ---- the API ---------------------------------------------------------------------------

CompileResult compile_module(const Module& module, std::string_view filename, std::string_view source) {
    CompileResult result;
    FutureFeatures future;
    if (auto err = parse_future(module, future)) {
        err->text = source_line(source, err->lineno);
        result.error = std::move(err);
        return result;
    }
    bool too_deep = false;
    auto tree = std::make_unique<Module>(clone_module(module, too_deep, result.ast_constants));
    if (too_deep) {
        result.error = make_error("maximum recursion depth exceeded during compilation", 0, 0, 0, 0);
        result.error->type = "RecursionError";
        return result;
    }
    optimize_ast(*tree, result.ast_constants);
    std::optional<SymtableError> st_error;
    std::unique_ptr<SymbolTable> symtable = SymbolTable::build(*tree, future, st_error);
    if (!symtable) {
        result.error = make_error(st_error->message, st_error->lineno, st_error->offset, st_error->end_lineno,
                                  st_error->end_offset);
        result.error->text = source_line(source, st_error->lineno);
        return result;
    }
    Compiler compiler(*symtable, future, std::string(filename), source);
    result.code = compiler.compile_module(*tree);
    result.warnings = std::move(compiler.warnings());
    if (compiler.error()) {
        result.code = nullptr;
        result.error = compiler.error();
    }
    return result;
}

} // namespace hs::compiler
