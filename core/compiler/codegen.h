// The code generator's state, shared by the compile_*.cpp files (CPython's struct compiler
// and struct compiler_unit). Internal to the compiler; the API is compile.h.
//
// Errors follow CPython's first-error rule without unwinding: the first SyntaxError is kept,
// generation carries on harmlessly, and compile_module() reports it at the end.
#pragma once

#include "compiler/ast_opt.h"
#include "compiler/compile.h"
#include "compiler/flowgraph.h"
#include "compiler/symtable.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hs::compiler {

enum class ScopeType : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// What a `return`, `break` or `continue` must unwind (compile.c's fblocktype).
enum class FBlockType : uint8_t {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
};

struct FBlockInfo {
    FBlockType type;
    BasicBlock* block = nullptr;
    BasicBlock* exit = nullptr;
    const std::vector<ast::Stmt*>* finalbody = nullptr; // FinallyTry
    const ast::Stmt* with_stmt = nullptr;               // With
    const std::string* handler_name = nullptr;          // HandlerCleanup of `except E as name`
};

// A str -> index map that remembers insertion order (co_names, co_varnames...).
class IndexMap {
  public:
    int add(const std::string& key) {
        auto it = m_index.find(key);
        if (it != m_index.end()) return it->second;
        int i = static_cast<int>(m_keys.size());
        m_index.emplace(key, i);
        m_keys.push_back(key);
        return i;
    }
    int find(const std::string& key) const {
        auto it = m_index.find(key);
        return it == m_index.end() ? -1 : it->second;
    }
    const std::vector<std::string>& keys() const { return m_keys; }
    int size() const { return static_cast<int>(m_keys.size()); }

  private:
    std::vector<std::string> m_keys;
    std::unordered_map<std::string, int> m_index;
};

// co_consts in the making, deduplicated by constant_key().
class ConstTable {
  public:
    int add(const Constant& c);
    std::vector<Constant>& values() { return m_values; }
    const std::vector<Constant>& values() const { return m_values; }

  private:
    std::vector<Constant> m_values;
    std::unordered_map<std::string, int> m_index;
};

struct CompilerUnit {
    const SymbolTableEntry* ste = nullptr;
    std::string name;
    std::string qualname;
    ScopeType scope_type = ScopeType::Module;
    ConstTable consts;
    IndexMap names;
    IndexMap varnames;
    IndexMap cellvars;                       // sorted, plus __class__ for classes that need it
    IndexMap freevars;                       // sorted; their opargs are numbered after the cells
    std::optional<std::string> private_name; // the class name, for mangling
    int argcount = 0;
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    BlockList blocks;
    BasicBlock* curblock = nullptr;
    std::vector<FBlockInfo> fblocks;
    int firstlineno = 0;
    Loc loc;
    bool need_new_implicit_block = false;
};

// Assembles a finished unit into a CodeUnit (assemble.cpp).
std::shared_ptr<CodeUnit> assemble(CompilerUnit& u, bool add_none, const std::string& filename);

// The control-flow-graph optimizations of CPython 3.11's assemble() (flowgraph.cpp).
void optimize_cfg(CompilerUnit& u, std::vector<Constant>& consts);
void duplicate_exits_without_lineno(CompilerUnit& u);
void propagate_line_numbers(BasicBlock* entry);
void normalize_basic_block(BasicBlock* b);
void extend_block(BasicBlock* b);
void clean_basic_block(BasicBlock* b);

class Compiler {
  public:
    Compiler(const SymbolTable& symtable, const FutureFeatures& future, std::string filename,
             std::string_view source);

    std::shared_ptr<const CodeUnit> compile_module(const ast::Module& module);
    const std::optional<CompileError>& error() const { return m_error; }
    std::vector<CompileWarning>& warnings() { return m_warnings; }

  private:
    // ---- infrastructure (compile.cpp) ----
    CompilerUnit& u() { return *m_unit; }
    void enter_scope(const std::string& name, ScopeType type, const void* key, int lineno);
    std::shared_ptr<CodeUnit> exit_scope_assemble(bool add_none);
    void set_loc(const ast::Position& p) {
        u().loc = Loc{p.lineno, p.end_lineno, p.col_offset, p.end_col_offset};
    }
    void unset_loc() { u().loc = Loc{}; }
    BasicBlock* new_block() { return u().blocks.new_block(); }
    void use_next_block(BasicBlock* b);
    void addop(Op op) { addop_line(op, 0, nullptr, u().loc); }
    void addop_i(Op op, int oparg) { addop_line(op, oparg, nullptr, u().loc); }
    void addop_j(Op op, BasicBlock* target) { addop_line(op, 0, target, u().loc); }
    void addop_noline(Op op) { addop_line(op, 0, nullptr, Loc{-1, 0, 0, 0}); }
    void addop_i_noline(Op op, int oparg) { addop_line(op, oparg, nullptr, Loc{-1, 0, 0, 0}); }
    void addop_j_noline(Op op, BasicBlock* target) { addop_line(op, 0, target, Loc{-1, 0, 0, 0}); }
    void addop_line(Op op, int oparg, BasicBlock* target, const Loc& loc);
    int add_const(const Constant& c) { return u().consts.add(c); }
    void addop_load_const(const Constant& c) { addop_i(Op::LOAD_CONST, add_const(c)); }
    void addop_name(Op op, IndexMap& dict, const std::string& name);
    std::string mangle_name(const std::string& name) const;
    void nameop(const std::string& name, ast::ExprContext ctx);
    int get_ref_type(const std::string& name);
    void error(const std::string& message);
    void warn(const std::string& message);
    bool forbidden_name(const std::string& name, ast::ExprContext ctx);
    void push_fblock(FBlockInfo info);
    void pop_fblock() {
        if (!u().fblocks.empty()) u().fblocks.pop_back(); // may be unbalanced after an error
    }
    void body(const std::vector<ast::Stmt*>& stmts);
    void unsupported(const char* feature);

    // ---- statements (compile_stmt.cpp) ----
    void visit_stmt(const ast::Stmt* s);
    void visit_stmts(const std::vector<ast::Stmt*>& stmts) {
        for (const ast::Stmt* s : stmts)
            visit_stmt(s);
    }
    void compile_if(const ast::IfStmt* s);
    void compile_for(const ast::ForStmt* s);
    void compile_while(const ast::WhileStmt* s);
    void compile_return(const ast::ReturnStmt* s);
    void compile_break();
    void compile_continue();
    void compile_import(const ast::ImportStmt* s);
    void compile_import_as(const std::string& name, const std::string& asname);
    void compile_from_import(const ast::ImportFromStmt* s);
    void compile_assert(const ast::AssertStmt* s);
    void compile_augassign(const ast::AugAssignStmt* s);
    void compile_annassign(const ast::AnnAssignStmt* s);
    void check_ann_expr(const ast::Expr* e);
    void check_ann_subscr(const ast::Expr* e);
    void visit_stmt_expr(const ast::Expr* value);

    // ---- exceptions and `with` (compile_try.cpp) ----
    void compile_try(const ast::TryStmt* s);
    void compile_try_finally(const ast::TryStmt* s);
    void compile_try_except(const ast::TryStmt* s);
    void compile_with(const ast::WithStmt* s, size_t pos);
    void with_except_finish(BasicBlock* cleanup);
    void pop_except_and_reraise();
    void call_exit_with_nones();
    void unwind_fblock(const FBlockInfo& info, bool preserve_tos);
    // Unwinds the frame blocks up to the innermost loop when `loop` is given (filled in, and
    // true returned, when there is one), or all of them for a return.
    bool unwind_fblock_stack(bool preserve_tos, FBlockInfo* loop);

    // ---- expressions (compile_expr.cpp) ----
    void visit_expr(const ast::Expr* e);
    void visit_exprs(const std::vector<ast::Expr*>& exprs) {
        for (const ast::Expr* e : exprs)
            visit_expr(e);
    }
    void visit_expr1(const ast::Expr* e);
    void compile_boolop(const ast::BoolOpExpr* e);
    void compile_compare(const ast::CompareExpr* e);
    void check_compare(const ast::CompareExpr* e);
    void addop_compare(ast::CmpOperator op);
    void jump_if(const ast::Expr* e, BasicBlock* next, bool cond);
    void compile_ifexp(const ast::IfExpExpr* e);
    void starunpack_helper(const std::vector<ast::Expr*>& elts, int pushed, Op build, Op add, Op extend,
                           bool tuple);
    void unpack_helper(const std::vector<ast::Expr*>& elts);
    void assignment_helper(const std::vector<ast::Expr*>& elts);
    void compile_dict(const ast::DictExpr* e);
    void compile_subdict(const ast::DictExpr* e, size_t begin, size_t end);
    void compile_subscript(const ast::SubscriptExpr* e);
    void compile_slice(const ast::SliceExpr* e);
    void compile_joined_str(const ast::JoinedStrExpr* e);
    void compile_formatted_value(const ast::FormattedValueExpr* e);
    void update_start_location_to_match_attr(const ast::AttributeExpr* attr);
    void check_subscripter(const ast::Expr* e);
    void check_index(const ast::Expr* e, const ast::Expr* s);

    // ---- calls (compile_call.cpp) ----
    void compile_call(const ast::CallExpr* e);
    bool maybe_optimize_method_call(const ast::CallExpr* e);
    void call_helper(int n, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword*>& keywords);
    void call_simple_kw_helper(const std::vector<ast::Keyword*>& keywords);
    void subkwargs(const std::vector<ast::Keyword*>& keywords, size_t begin, size_t end);
    bool validate_keywords(const std::vector<ast::Keyword*>& keywords);
    void check_caller(const ast::Expr* e);

    // ---- functions and classes (compile_function.cpp) ----
    void compile_function(const ast::FunctionDefStmt* s);
    void compile_lambda(const ast::LambdaExpr* e);
    void compile_class(const ast::ClassDefStmt* s);
    void make_closure(const std::shared_ptr<CodeUnit>& co, int flags);
    void apply_decorators(const std::vector<ast::Expr*>& decorators);
    int default_arguments(const ast::Arguments* args);
    bool visit_kwonlydefaults(const ast::Arguments* args);
    bool visit_annotations(const ast::Arguments* args, const ast::Expr* returns);
    void visit_argannotation(const std::string& id, const ast::Expr* annotation, int& count);
    void check_debug_args(const ast::Arguments* args);

    // ---- comprehensions and generators (compile_comprehension.cpp) ----
    enum class CompType : uint8_t { GenExp, ListComp, SetComp, DictComp };
    void compile_comprehension(const ast::Expr* e, CompType type, const std::string& name,
                               const std::vector<ast::Comprehension*>& generators, const ast::Expr* elt,
                               const ast::Expr* val);
    void comprehension_generator(const std::vector<ast::Comprehension*>& generators, size_t gen_index,
                                 int depth, const ast::Expr* elt, const ast::Expr* val, CompType type);
    void addop_yield();
    void add_yield_from(bool await);

    const SymbolTable& m_symtable;
    FutureFeatures m_future;
    std::string m_filename;
    std::string_view m_source;
    std::vector<std::unique_ptr<CompilerUnit>> m_stack; // enclosing units
    std::unique_ptr<CompilerUnit> m_unit;
    std::optional<CompileError> m_error;
    std::vector<CompileWarning> m_warnings;

    void set_qualname();
};

} // namespace hs::compiler
