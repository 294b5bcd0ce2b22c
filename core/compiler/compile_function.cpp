// Functions, lambdas and classes: their code objects, defaults, annotations, closures and
// decorators.
#include "compiler/ast_util.h"
#include "compiler/codegen.h"
#include "compiler/constant.h"

namespace hs::compiler {

using namespace ast;

void Compiler::check_debug_args(const Arguments* args) {
    for (const auto* seq : {&args->posonlyargs, &args->args, &args->kwonlyargs}) {
        for (const Arg* a : *seq)
            forbidden_name(a->arg, ExprContext::Store);
    }
    if (args->vararg) forbidden_name(args->vararg->arg, ExprContext::Store);
    if (args->kwarg) forbidden_name(args->kwarg->arg, ExprContext::Store);
}

// Pushes a dict of keyword-only defaults; false when there are none.
bool Compiler::visit_kwonlydefaults(const Arguments* args) {
    std::vector<Constant> keys;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        const Expr* def = args->kw_defaults[i];
        if (!def) continue;
        keys.push_back(make_str(mangle_name(args->kwonlyargs[i]->arg)));
        visit_expr(def);
    }
    if (keys.empty()) return false;
    int count = static_cast<int>(keys.size());
    addop_load_const(make_tuple(std::move(keys)));
    addop_i(Op::BUILD_CONST_KEY_MAP, count);
    return true;
}

// MAKE_FUNCTION flags for the defaults pushed here.
int Compiler::default_arguments(const Arguments* args) {
    int flags = 0;
    if (!args->defaults.empty()) {
        visit_exprs(args->defaults);
        addop_i(Op::BUILD_TUPLE, static_cast<int>(args->defaults.size()));
        flags |= MF_DEFAULTS;
    }
    if (!args->kwonlyargs.empty() && visit_kwonlydefaults(args)) flags |= MF_KWDEFAULTS;
    return flags;
}

void Compiler::visit_argannotation(const std::string& id, const Expr* annotation, int& count) {
    if (!annotation) return;
    addop_load_const(make_str(mangle_name(id)));
    if (annotation->kind == ExprKind::Starred) {
        // *args: *Ts
        visit_expr(as<StarredExpr>(annotation)->value);
        addop_i(Op::UNPACK_SEQUENCE, 1);
    } else {
        visit_expr(annotation);
    }
    count += 2;
}

// Pushes the (name, annotation, ...) tuple; false when there are no annotations.
bool Compiler::visit_annotations(const Arguments* args, const Expr* returns) {
    int count = 0;
    for (const Arg* a : args->args)
        visit_argannotation(a->arg, a->annotation, count);
    for (const Arg* a : args->posonlyargs)
        visit_argannotation(a->arg, a->annotation, count);
    if (args->vararg && args->vararg->annotation) {
        visit_argannotation(args->vararg->arg, args->vararg->annotation, count);
    }
    for (const Arg* a : args->kwonlyargs)
        visit_argannotation(a->arg, a->annotation, count);
    if (args->kwarg && args->kwarg->annotation) {
        visit_argannotation(args->kwarg->arg, args->kwarg->annotation, count);
    }
    visit_argannotation("return", returns, count);
    if (!count) return false;
    addop_i(Op::BUILD_TUPLE, count);
    return true;
}

// Pushes the function object for `co`, with its closure cells (compiler_make_closure).
void Compiler::make_closure(const std::shared_ptr<CodeUnit>& co, int flags) {
    int nfree = 0;
    for (size_t i = 0; i < co->localsplusnames.size(); ++i) {
        if (!(co->localspluskinds[i] & CO_FAST_FREE)) continue;
        const std::string& name = co->localsplusnames[i];
        // A free variable of a method can share its name with a class-level binding: the
        // closure takes the class's free variable, not its local.
        int arg = get_ref_type(name) == CELL ? u().cellvars.find(name)
                                             : u().cellvars.size() + u().freevars.find(name);
        addop_i(Op::LOAD_CLOSURE, arg);
        ++nfree;
    }
    if (nfree) {
        flags |= MF_CLOSURE;
        addop_i(Op::BUILD_TUPLE, nfree);
    }
    addop_load_const(make_code(co));
    addop_i(Op::MAKE_FUNCTION, flags);
}

void Compiler::apply_decorators(const std::vector<Expr*>& decorators) {
    Loc saved = u().loc;
    for (size_t i = decorators.size(); i-- > 0;) {
        set_loc(decorators[i]->pos);
        addop_i(Op::PRECALL, 0);
        addop_i(Op::CALL, 0);
    }
    u().loc = saved;
}

void Compiler::compile_function(const FunctionDefStmt* s) {
    check_debug_args(s->args);
    visit_exprs(s->decorator_list);
    int firstlineno = s->decorator_list.empty() ? s->pos.lineno : s->decorator_list[0]->pos.lineno;
    int flags = default_arguments(s->args);
    if (visit_annotations(s->args, s->returns)) flags |= MF_ANNOTATIONS;

    enter_scope(s->name, ScopeType::Function, s, firstlineno);
    const ConstantExpr* docstring = docstring_of(s->body);
    add_const(docstring ? constant_of(docstring) : make_none());
    u().argcount = static_cast<int>(s->args->args.size());
    u().posonlyargcount = static_cast<int>(s->args->posonlyargs.size());
    u().kwonlyargcount = static_cast<int>(s->args->kwonlyargs.size());
    for (size_t i = docstring ? 1 : 0; i < s->body.size(); ++i)
        visit_stmt(s->body[i]);
    std::shared_ptr<CodeUnit> co = exit_scope_assemble(true);
    if (!co) return;

    make_closure(co, flags);
    apply_decorators(s->decorator_list);
    nameop(s->name, ExprContext::Store);
}

void Compiler::compile_lambda(const LambdaExpr* e) {
    check_debug_args(e->args);
    int flags = default_arguments(e->args);
    enter_scope("<lambda>", ScopeType::Lambda, e, e->pos.lineno);
    // None is the first constant, so a lambda has no docstring.
    add_const(make_none());
    u().argcount = static_cast<int>(e->args->args.size());
    u().posonlyargcount = static_cast<int>(e->args->posonlyargs.size());
    u().kwonlyargcount = static_cast<int>(e->args->kwonlyargs.size());
    visit_expr(e->body);
    std::shared_ptr<CodeUnit> co;
    if (u().ste->generator) {
        co = exit_scope_assemble(false);
    } else {
        addop(Op::RETURN_VALUE);
        co = exit_scope_assemble(true);
    }
    if (!co) return;
    make_closure(co, flags);
}

// <name> = __build_class__(<function of the body>, <name>, *bases, **keywords), decorated.
void Compiler::compile_class(const ClassDefStmt* s) {
    visit_exprs(s->decorator_list);
    int firstlineno = s->decorator_list.empty() ? s->pos.lineno : s->decorator_list[0]->pos.lineno;

    enter_scope(s->name, ScopeType::Class, s, firstlineno);
    u().private_name = s->name;
    nameop("__name__", ExprContext::Load);
    nameop("__module__", ExprContext::Store);
    addop_load_const(make_str(u().qualname));
    nameop("__qualname__", ExprContext::Store);
    body(s->body);
    unset_loc(); // the epilogue is artificial
    if (u().ste->needs_class_closure) {
        // Store the __class__ cell as __classcell__ and return it, for type.__new__.
        addop_i(Op::LOAD_CLOSURE, u().cellvars.find("__class__"));
        addop_i(Op::COPY, 1);
        nameop("__classcell__", ExprContext::Store);
    } else {
        addop_load_const(make_none());
    }
    addop(Op::RETURN_VALUE);
    std::shared_ptr<CodeUnit> co = exit_scope_assemble(true);
    if (!co) return;

    addop(Op::PUSH_NULL);
    addop(Op::LOAD_BUILD_CLASS);
    make_closure(co, 0);
    addop_load_const(make_str(s->name));
    call_helper(2, s->bases, s->keywords);
    apply_decorators(s->decorator_list);
    nameop(s->name, ExprContext::Store);
}

} // namespace hs::compiler
