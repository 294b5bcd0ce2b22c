// Calls: PUSH_NULL/LOAD_METHOD, PRECALL + CALL with KW_NAMES, and CALL_FUNCTION_EX for
// *args/**kwargs (with the argument tuple built by LIST_TO_TUPLE and the dict by DICT_MERGE).
#include "compiler/ast_util.h"
#include "compiler/codegen.h"
#include "compiler/constant.h"

namespace hs::compiler {

using namespace ast;

namespace {

constexpr int kStackUseGuideline = 30;

} // namespace

// Flags `(1, 2)(x)`-style calls of a literal: probably a missing comma.
void Compiler::check_caller(const Expr* e) {
    const char* type = nullptr;
    switch (e->kind) {
    case ExprKind::Constant:
        switch (constant_of(e).kind) {
        case Constant::Kind::None:
            type = "NoneType";
            break;
        case Constant::Kind::True:
        case Constant::Kind::False:
            type = "bool";
            break;
        case Constant::Kind::Ellipsis:
            type = "ellipsis";
            break;
        case Constant::Kind::Int:
            type = "int";
            break;
        case Constant::Kind::Float:
            type = "float";
            break;
        case Constant::Kind::Complex:
            type = "complex";
            break;
        case Constant::Kind::Str:
            type = "str";
            break;
        case Constant::Kind::Bytes:
            type = "bytes";
            break;
        case Constant::Kind::Tuple:
            type = "tuple";
            break;
        case Constant::Kind::FrozenSet:
            type = "frozenset";
            break;
        case Constant::Kind::Code:
            type = "code";
            break;
        }
        break;
    case ExprKind::Tuple:
        type = "tuple";
        break;
    case ExprKind::List:
    case ExprKind::ListComp:
        type = "list";
        break;
    case ExprKind::Dict:
    case ExprKind::DictComp:
        type = "dict";
        break;
    case ExprKind::Set:
    case ExprKind::SetComp:
        type = "set";
        break;
    case ExprKind::GeneratorExp:
        type = "generator";
        break;
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        type = "str";
        break;
    default:
        return;
    }
    warn(std::string("'") + type + "' object is not callable; perhaps you missed a comma?");
}

bool Compiler::validate_keywords(const std::vector<Keyword*>& keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
        const Keyword* key = keywords[i];
        if (key->arg.empty()) continue;
        if (forbidden_name(key->arg, ExprContext::Store)) return false;
        for (size_t j = i + 1; j < keywords.size(); ++j) {
            const Keyword* other = keywords[j];
            if (!other->arg.empty() && other->arg == key->arg) {
                set_loc(other->pos);
                error("keyword argument repeated: " + key->arg);
                return false;
            }
        }
    }
    return true;
}

void Compiler::compile_call(const CallExpr* e) {
    if (!validate_keywords(e->keywords)) return;
    if (maybe_optimize_method_call(e)) return;
    check_caller(e->func);
    set_loc(e->func->pos);
    addop(Op::PUSH_NULL);
    set_loc(e->pos);
    visit_expr(e->func);
    call_helper(0, e->args, e->keywords);
}

// `o.m(args)` as LOAD_METHOD + CALL, so no bound method is created. Not for modules imported
// at the top level, nor for calls with * or ** arguments.
bool Compiler::maybe_optimize_method_call(const CallExpr* e) {
    const Expr* meth = e->func;
    if (meth->kind != ExprKind::Attribute || as<AttributeExpr>(meth)->ctx != ExprContext::Load) return false;
    auto* attr = as<AttributeExpr>(meth);
    if (attr->value->kind == ExprKind::Name &&
        (m_symtable.top()->symbol(as<NameExpr>(attr->value)->id) & DEF_IMPORT)) {
        return false;
    }
    size_t argsl = e->args.size();
    size_t kwdsl = e->keywords.size();
    if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline) return false;
    for (const Expr* arg : e->args) {
        if (arg->kind == ExprKind::Starred) return false;
    }
    for (const Keyword* kw : e->keywords) {
        if (kw->arg.empty()) return false;
    }
    visit_expr(attr->value);
    set_loc(meth->pos);
    update_start_location_to_match_attr(attr);
    addop_name(Op::LOAD_METHOD, u().names, attr->attr);
    visit_exprs(e->args);
    if (kwdsl) {
        for (const Keyword* kw : e->keywords)
            visit_expr(kw->value);
        call_simple_kw_helper(e->keywords);
    }
    set_loc(e->pos);
    update_start_location_to_match_attr(attr);
    addop_i(Op::PRECALL, static_cast<int>(argsl + kwdsl));
    addop_i(Op::CALL, static_cast<int>(argsl + kwdsl));
    return true;
}

void Compiler::call_simple_kw_helper(const std::vector<Keyword*>& keywords) {
    std::vector<Constant> names;
    for (const Keyword* kw : keywords)
        names.push_back(make_str(kw->arg));
    addop_i(Op::KW_NAMES, add_const(make_tuple(std::move(names))));
}

// keywords[begin:end] as one dict: BUILD_CONST_KEY_MAP for several, BUILD_MAP for one.
void Compiler::subkwargs(const std::vector<Keyword*>& keywords, size_t begin, size_t end) {
    int n = static_cast<int>(end - begin);
    bool big = n * 2 > kStackUseGuideline;
    if (n > 1 && !big) {
        for (size_t i = begin; i < end; ++i)
            visit_expr(keywords[i]->value);
        std::vector<Constant> keys;
        for (size_t i = begin; i < end; ++i)
            keys.push_back(make_str(keywords[i]->arg));
        addop_load_const(make_tuple(std::move(keys)));
        addop_i(Op::BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big) addop_i_noline(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        addop_load_const(make_str(keywords[i]->arg));
        visit_expr(keywords[i]->value);
        if (big) addop_i_noline(Op::MAP_ADD, 1);
    }
    if (!big) addop_i(Op::BUILD_MAP, n);
}

// The arguments of a call whose callable (and `n` more arguments) are already pushed; shared
// with class creation (compiler_call_helper).
void Compiler::call_helper(int n, const std::vector<Expr*>& args, const std::vector<Keyword*>& keywords) {
    if (!validate_keywords(keywords)) return;
    size_t nelts = args.size();
    size_t nkwelts = keywords.size();
    bool ex_call = static_cast<int>(nelts + nkwelts * 2) > kStackUseGuideline;
    for (const Expr* elt : args)
        ex_call = ex_call || elt->kind == ExprKind::Starred;
    for (const Keyword* kw : keywords)
        ex_call = ex_call || kw->arg.empty();
    if (!ex_call) {
        visit_exprs(args);
        if (nkwelts) {
            for (const Keyword* kw : keywords)
                visit_expr(kw->value);
            call_simple_kw_helper(keywords);
        }
        addop_i(Op::PRECALL, n + static_cast<int>(nelts + nkwelts));
        addop_i(Op::CALL, n + static_cast<int>(nelts + nkwelts));
        return;
    }
    // Positional arguments as one tuple.
    if (n == 0 && nelts == 1 && args[0]->kind == ExprKind::Starred) {
        visit_expr(as<StarredExpr>(args[0])->value);
    } else {
        starunpack_helper(args, n, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
    }
    // Keyword arguments as one dict.
    if (nkwelts) {
        bool have_dict = false;
        size_t nseen = 0;
        for (size_t i = 0; i < nkwelts; ++i) {
            const Keyword* kw = keywords[i];
            if (kw->arg.empty()) {
                if (nseen) {
                    subkwargs(keywords, i - nseen, i);
                    if (have_dict) addop_i(Op::DICT_MERGE, 1);
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    addop_i(Op::BUILD_MAP, 0);
                    have_dict = true;
                }
                visit_expr(kw->value);
                addop_i(Op::DICT_MERGE, 1);
            } else {
                ++nseen;
            }
        }
        if (nseen) {
            subkwargs(keywords, nkwelts - nseen, nkwelts);
            if (have_dict) addop_i(Op::DICT_MERGE, 1);
        }
    }
    addop_i(Op::CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

} // namespace hs::compiler
