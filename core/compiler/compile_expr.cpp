// Expressions: operators, comparisons, conditional jumps, displays, subscripts, f-strings.
#include "compiler/ast_util.h"
#include "compiler/codegen.h"
#include "compiler/constant.h"

namespace hs::compiler {

using namespace ast;

namespace {

// CPython's STACK_USE_GUIDELINE: displays and calls bigger than this build incrementally.
constexpr int kStackUseGuideline = 30;

Op unary_opcode(UnaryOperator op) {
    switch (op) {
    case UnaryOperator::Invert:
        return Op::UNARY_INVERT;
    case UnaryOperator::Not:
        return Op::UNARY_NOT;
    case UnaryOperator::UAdd:
        return Op::UNARY_POSITIVE;
    case UnaryOperator::USub:
        return Op::UNARY_NEGATIVE;
    }
    return Op::NOP;
}

// The type name of what a literal-like expression evaluates to (infer_type), or null.
const char* infer_type(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Tuple:
        return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp:
        return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp:
        return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp:
        return "set";
    case ExprKind::GeneratorExp:
        return "generator";
    case ExprKind::Lambda:
        return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        return "str";
    case ExprKind::Constant:
        switch (constant_of(e).kind) {
        case Constant::Kind::None:
            return "NoneType";
        case Constant::Kind::True:
        case Constant::Kind::False:
            return "bool";
        case Constant::Kind::Ellipsis:
            return "ellipsis";
        case Constant::Kind::Int:
            return "int";
        case Constant::Kind::Float:
            return "float";
        case Constant::Kind::Complex:
            return "complex";
        case Constant::Kind::Str:
            return "str";
        case Constant::Kind::Bytes:
            return "bytes";
        case Constant::Kind::Tuple:
            return "tuple";
        case Constant::Kind::FrozenSet:
            return "frozenset";
        case Constant::Kind::Code:
            return "code";
        }
        return nullptr;
    default:
        return nullptr;
    }
}

// False for a constant other than the named singletons (check_is_arg).
bool is_arg(const Expr* e) {
    if (e->kind != ExprKind::Constant) return true;
    Constant::Kind k = constant_of(e).kind;
    return k == Constant::Kind::None || k == Constant::Kind::False || k == Constant::Kind::True ||
           k == Constant::Kind::Ellipsis;
}

bool all_constant(const std::vector<Expr*>& seq, size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
        if (!seq[i] || seq[i]->kind != ExprKind::Constant) return false;
    }
    return true;
}

} // namespace

void Compiler::visit_expr(const Expr* e) {
    Loc saved = u().loc;
    set_loc(e->pos);
    visit_expr1(e);
    u().loc = saved;
}

void Compiler::visit_expr1(const Expr* e) {
    switch (e->kind) {
    case ExprKind::NamedExpr: {
        auto* n = as<NamedExprExpr>(e);
        visit_expr(n->value);
        addop_i(Op::COPY, 1);
        visit_expr(n->target);
        return;
    }
    case ExprKind::BoolOp:
        return compile_boolop(as<BoolOpExpr>(e));
    case ExprKind::BinOp: {
        auto* b = as<BinOpExpr>(e);
        visit_expr(b->left);
        visit_expr(b->right);
        addop_i(Op::BINARY_OP, static_cast<int>(b->op));
        return;
    }
    case ExprKind::UnaryOp:
        visit_expr(as<UnaryOpExpr>(e)->operand);
        addop(unary_opcode(as<UnaryOpExpr>(e)->op));
        return;
    case ExprKind::Lambda:
        return compile_lambda(as<LambdaExpr>(e));
    case ExprKind::IfExp:
        return compile_ifexp(as<IfExpExpr>(e));
    case ExprKind::Dict:
        return compile_dict(as<DictExpr>(e));
    case ExprKind::Set:
        return starunpack_helper(as<SetExpr>(e)->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
    case ExprKind::GeneratorExp: {
        auto* g = as<GeneratorExpExpr>(e);
        return compile_comprehension(e, CompType::GenExp, "<genexpr>", g->generators, g->elt, nullptr);
    }
    case ExprKind::ListComp: {
        auto* c = as<ListCompExpr>(e);
        return compile_comprehension(e, CompType::ListComp, "<listcomp>", c->generators, c->elt, nullptr);
    }
    case ExprKind::SetComp: {
        auto* c = as<SetCompExpr>(e);
        return compile_comprehension(e, CompType::SetComp, "<setcomp>", c->generators, c->elt, nullptr);
    }
    case ExprKind::DictComp: {
        auto* c = as<DictCompExpr>(e);
        return compile_comprehension(e, CompType::DictComp, "<dictcomp>", c->generators, c->key, c->value);
    }
    case ExprKind::Yield:
        if (u().ste->type != BlockType::Function) return error("'yield' outside function");
        if (as<YieldExpr>(e)->value) {
            visit_expr(as<YieldExpr>(e)->value);
        } else {
            addop_load_const(make_none());
        }
        addop_yield();
        return;
    case ExprKind::YieldFrom:
        if (u().ste->type != BlockType::Function) return error("'yield' outside function");
        visit_expr(as<YieldFromExpr>(e)->value);
        addop(Op::GET_YIELD_FROM_ITER);
        addop_load_const(make_none());
        add_yield_from(false);
        return;
    case ExprKind::Await:
        if (u().ste->type != BlockType::Function) return error("'await' outside function");
        if (u().scope_type != ScopeType::AsyncFunction && u().scope_type != ScopeType::Comprehension) {
            return error("'await' outside async function");
        }
        return unsupported("await");
    case ExprKind::Compare:
        return compile_compare(as<CompareExpr>(e));
    case ExprKind::Call:
        return compile_call(as<CallExpr>(e));
    case ExprKind::Constant:
        return addop_load_const(constant_of(e));
    case ExprKind::JoinedStr:
        return compile_joined_str(as<JoinedStrExpr>(e));
    case ExprKind::FormattedValue:
        return compile_formatted_value(as<FormattedValueExpr>(e));
    case ExprKind::Attribute: {
        auto* a = as<AttributeExpr>(e);
        visit_expr(a->value);
        update_start_location_to_match_attr(a);
        switch (a->ctx) {
        case ExprContext::Load:
            addop_name(Op::LOAD_ATTR, u().names, a->attr);
            break;
        case ExprContext::Store:
            if (forbidden_name(a->attr, a->ctx)) return;
            addop_name(Op::STORE_ATTR, u().names, a->attr);
            break;
        case ExprContext::Del:
            addop_name(Op::DELETE_ATTR, u().names, a->attr);
            break;
        }
        return;
    }
    case ExprKind::Subscript:
        return compile_subscript(as<SubscriptExpr>(e));
    case ExprKind::Starred:
        if (as<StarredExpr>(e)->ctx == ExprContext::Store) {
            return error("starred assignment target must be in a list or tuple");
        }
        return error("can't use starred expression here");
    case ExprKind::Slice:
        return compile_slice(as<SliceExpr>(e));
    case ExprKind::Name:
        return nameop(as<NameExpr>(e)->id, as<NameExpr>(e)->ctx);
    case ExprKind::List: {
        auto* l = as<ListExpr>(e);
        if (l->ctx == ExprContext::Store) return assignment_helper(l->elts);
        if (l->ctx == ExprContext::Load) {
            return starunpack_helper(l->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
        }
        return visit_exprs(l->elts);
    }
    case ExprKind::Tuple: {
        auto* t = as<TupleExpr>(e);
        if (t->ctx == ExprContext::Store) return assignment_helper(t->elts);
        if (t->ctx == ExprContext::Load) {
            return starunpack_helper(t->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
        }
        return visit_exprs(t->elts);
    }
    }
}

// If an attribute access spans lines, its instructions start at the attribute name.
void Compiler::update_start_location_to_match_attr(const AttributeExpr* attr) {
    Loc& loc = u().loc;
    if (loc.lineno == attr->pos.end_lineno) return;
    loc.lineno = attr->pos.end_lineno;
    int len = static_cast<int>(utf8_length(attr->attr));
    if (len <= attr->pos.end_col_offset) {
        loc.col = attr->pos.end_col_offset - len;
    } else {
        loc.col = -1;
        loc.end_col = -1;
    }
    loc.end_lineno = std::max(loc.lineno, loc.end_lineno);
    if (loc.lineno == loc.end_lineno) loc.end_col = std::max(loc.col, loc.end_col);
}

void Compiler::compile_boolop(const BoolOpExpr* e) {
    Op jump = e->op == BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    BasicBlock* end = new_block();
    size_t n = e->values.size() - 1;
    for (size_t i = 0; i < n; ++i) {
        visit_expr(e->values[i]);
        addop_j(jump, end);
        use_next_block(new_block());
    }
    visit_expr(e->values[n]);
    use_next_block(end);
}

// Warns about `x is 1`: identity with a literal is almost always a bug.
void Compiler::check_compare(const CompareExpr* e) {
    bool left = is_arg(e->left);
    for (size_t i = 0; i < e->ops.size(); ++i) {
        CmpOperator op = e->ops[i];
        bool right = is_arg(e->comparators[i]);
        if ((op == CmpOperator::Is || op == CmpOperator::IsNot) && (!right || !left)) {
            warn(op == CmpOperator::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                       : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

void Compiler::addop_compare(CmpOperator op) {
    switch (op) {
    case CmpOperator::Eq:
        return addop_i(Op::COMPARE_OP, CMP_EQ);
    case CmpOperator::NotEq:
        return addop_i(Op::COMPARE_OP, CMP_NE);
    case CmpOperator::Lt:
        return addop_i(Op::COMPARE_OP, CMP_LT);
    case CmpOperator::LtE:
        return addop_i(Op::COMPARE_OP, CMP_LE);
    case CmpOperator::Gt:
        return addop_i(Op::COMPARE_OP, CMP_GT);
    case CmpOperator::GtE:
        return addop_i(Op::COMPARE_OP, CMP_GE);
    case CmpOperator::Is:
        return addop_i(Op::IS_OP, 0);
    case CmpOperator::IsNot:
        return addop_i(Op::IS_OP, 1);
    case CmpOperator::In:
        return addop_i(Op::CONTAINS_OP, 0);
    case CmpOperator::NotIn:
        return addop_i(Op::CONTAINS_OP, 1);
    }
}

// a < b < c: each middle operand is duplicated under the comparison result.
void Compiler::compile_compare(const CompareExpr* e) {
    check_compare(e);
    visit_expr(e->left);
    size_t n = e->ops.size() - 1;
    if (n == 0) {
        visit_expr(e->comparators[0]);
        addop_compare(e->ops[0]);
        return;
    }
    BasicBlock* cleanup = new_block();
    for (size_t i = 0; i < n; ++i) {
        visit_expr(e->comparators[i]);
        addop_i(Op::SWAP, 2);
        addop_i(Op::COPY, 2);
        addop_compare(e->ops[i]);
        addop_j(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visit_expr(e->comparators[n]);
    addop_compare(e->ops[n]);
    BasicBlock* end = new_block();
    addop_j_noline(Op::JUMP, end);
    use_next_block(cleanup);
    addop_i(Op::SWAP, 2);
    addop(Op::POP_TOP);
    use_next_block(end);
}

// Jumps to `next` when `e` is truthy (cond) or falsy (!cond), without materializing
// `not`, `and`/`or` or chained comparisons (compiler_jump_if).
void Compiler::jump_if(const Expr* e, BasicBlock* next, bool cond) {
    switch (e->kind) {
    case ExprKind::UnaryOp:
        if (as<UnaryOpExpr>(e)->op == UnaryOperator::Not)
            return jump_if(as<UnaryOpExpr>(e)->operand, next, !cond);
        break;
    case ExprKind::BoolOp: {
        auto* b = as<BoolOpExpr>(e);
        size_t n = b->values.size() - 1;
        bool cond2 = b->op == BoolOperator::Or;
        BasicBlock* next2 = next;
        if (cond2 != cond) next2 = new_block();
        for (size_t i = 0; i < n; ++i)
            jump_if(b->values[i], next2, cond2);
        jump_if(b->values[n], next, cond);
        if (next2 != next) use_next_block(next2);
        return;
    }
    case ExprKind::IfExp: {
        auto* i = as<IfExpExpr>(e);
        BasicBlock* end = new_block();
        BasicBlock* next2 = new_block();
        jump_if(i->test, next2, false);
        jump_if(i->body, next, cond);
        addop_j_noline(Op::JUMP, end);
        use_next_block(next2);
        jump_if(i->orelse, next, cond);
        use_next_block(end);
        return;
    }
    case ExprKind::Compare: {
        auto* c = as<CompareExpr>(e);
        set_loc(e->pos);
        size_t n = c->ops.size() - 1;
        if (n == 0) break;
        check_compare(c);
        BasicBlock* cleanup = new_block();
        visit_expr(c->left);
        for (size_t i = 0; i < n; ++i) {
            visit_expr(c->comparators[i]);
            addop_i(Op::SWAP, 2);
            addop_i(Op::COPY, 2);
            addop_compare(c->ops[i]);
            addop_j(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        visit_expr(c->comparators[n]);
        addop_compare(c->ops[n]);
        addop_j(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, next);
        BasicBlock* end = new_block();
        addop_j_noline(Op::JUMP, end);
        use_next_block(cleanup);
        addop(Op::POP_TOP);
        if (!cond) addop_j_noline(Op::JUMP, next);
        use_next_block(end);
        return;
    }
    default:
        break;
    }
    visit_expr(e);
    addop_j(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, next);
}

void Compiler::compile_ifexp(const IfExpExpr* e) {
    BasicBlock* end = new_block();
    BasicBlock* next = new_block();
    jump_if(e->test, next, false);
    visit_expr(e->body);
    addop_j_noline(Op::JUMP, end);
    use_next_block(next);
    visit_expr(e->orelse);
    use_next_block(end);
}

// Builds a list, tuple or set display, possibly with *unpacking. Three or more constants become
// one constant tuple (or frozenset) extended into an empty container.
void Compiler::starunpack_helper(const std::vector<Expr*>& elts, int pushed, Op build, Op add, Op extend,
                                 bool tuple) {
    int n = static_cast<int>(elts.size());
    if (n > 2 && all_constant(elts, 0, elts.size())) {
        Constant folded;
        folded.kind = Constant::Kind::Tuple;
        for (const Expr* e : elts)
            folded.items.push_back(constant_of(e));
        if (tuple && !pushed) {
            addop_load_const(folded);
            return;
        }
        if (add == Op::SET_ADD) {
            Constant set;
            set.kind = Constant::Kind::FrozenSet;
            for (Constant& item : folded.items) {
                bool seen = false;
                for (const Constant& have : set.items)
                    seen = seen || constant_equal(have, item);
                if (!seen) set.items.push_back(std::move(item));
            }
            folded = std::move(set);
        }
        addop_i(build, pushed);
        addop_load_const(folded);
        addop_i(extend, 1);
        if (tuple) addop(Op::LIST_TO_TUPLE);
        return;
    }
    bool big = n + pushed > kStackUseGuideline;
    bool seen_star = false;
    for (const Expr* e : elts)
        seen_star = seen_star || e->kind == ExprKind::Starred;
    if (!seen_star && !big) {
        for (const Expr* e : elts)
            visit_expr(e);
        addop_i(tuple ? Op::BUILD_TUPLE : build, n + pushed);
        return;
    }
    bool sequence_built = false;
    if (big) {
        addop_i(build, pushed);
        sequence_built = true;
    }
    for (int i = 0; i < n; ++i) {
        const Expr* elt = elts[i];
        if (elt->kind == ExprKind::Starred) {
            if (!sequence_built) {
                addop_i(build, i + pushed);
                sequence_built = true;
            }
            visit_expr(as<StarredExpr>(elt)->value);
            addop_i(extend, 1);
        } else {
            visit_expr(elt);
            if (sequence_built) addop_i(add, 1);
        }
    }
    if (tuple) addop(Op::LIST_TO_TUPLE);
}

void Compiler::unpack_helper(const std::vector<Expr*>& elts) {
    int n = static_cast<int>(elts.size());
    bool seen_star = false;
    for (int i = 0; i < n; ++i) {
        if (elts[i]->kind != ExprKind::Starred) continue;
        if (seen_star) return error("multiple starred expressions in assignment");
        if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8)) {
            return error("too many expressions in star-unpacking assignment");
        }
        addop_i(Op::UNPACK_EX, i + ((n - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star) addop_i(Op::UNPACK_SEQUENCE, n);
}

void Compiler::assignment_helper(const std::vector<Expr*>& elts) {
    unpack_helper(elts);
    for (const Expr* elt : elts)
        visit_expr(elt->kind == ExprKind::Starred ? as<StarredExpr>(elt)->value : elt);
}

// keys[begin:end] with their values; two or more constant keys use BUILD_CONST_KEY_MAP.
void Compiler::compile_subdict(const DictExpr* e, size_t begin, size_t end) {
    int n = static_cast<int>(end - begin);
    bool big = n * 2 > kStackUseGuideline;
    if (n > 1 && !big && all_constant(e->keys, begin, end)) {
        for (size_t i = begin; i < end; ++i)
            visit_expr(e->values[i]);
        std::vector<Constant> keys;
        for (size_t i = begin; i < end; ++i)
            keys.push_back(constant_of(e->keys[i]));
        addop_load_const(make_tuple(std::move(keys)));
        addop_i(Op::BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big) addop_i(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        visit_expr(e->keys[i]);
        visit_expr(e->values[i]);
        if (big) addop_i(Op::MAP_ADD, 1);
    }
    if (!big) addop_i(Op::BUILD_MAP, n);
}

void Compiler::compile_dict(const DictExpr* e) {
    size_t n = e->values.size();
    bool have_dict = false;
    size_t elements = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!e->keys[i]) { // **mapping
            if (elements) {
                compile_subdict(e, i - elements, i);
                if (have_dict) addop_i(Op::DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                addop_i(Op::BUILD_MAP, 0);
                have_dict = true;
            }
            visit_expr(e->values[i]);
            addop_i(Op::DICT_UPDATE, 1);
        } else if (static_cast<int>(elements * 2) > kStackUseGuideline) {
            compile_subdict(e, i - elements, i + 1);
            if (have_dict) addop_i(Op::DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            ++elements;
        }
    }
    if (elements) {
        compile_subdict(e, n - elements, n);
        if (have_dict) addop_i(Op::DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict) addop_i(Op::BUILD_MAP, 0);
}

void Compiler::check_subscripter(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Constant: {
        Constant::Kind k = constant_of(e).kind;
        bool unsubscriptable = k == Constant::Kind::None || k == Constant::Kind::Ellipsis ||
                               k == Constant::Kind::Int || k == Constant::Kind::True ||
                               k == Constant::Kind::False || k == Constant::Kind::Float ||
                               k == Constant::Kind::Complex || k == Constant::Kind::FrozenSet;
        if (!unsubscriptable) return;
        break;
    }
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::Lambda:
        break;
    default:
        return;
    }
    warn(std::string("'") + infer_type(e) + "' object is not subscriptable; perhaps you missed a comma?");
}

void Compiler::check_index(const Expr* e, const Expr* s) {
    const char* index_type = infer_type(s);
    if (!index_type || std::string(index_type) == "int" || std::string(index_type) == "bool") return;
    switch (e->kind) {
    case ExprKind::Constant: {
        Constant::Kind k = constant_of(e).kind;
        if (k != Constant::Kind::Str && k != Constant::Kind::Bytes && k != Constant::Kind::Tuple) return;
        break;
    }
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        break;
    default:
        return;
    }
    warn(std::string(infer_type(e)) + " indices must be integers or slices, not " + index_type +
         "; perhaps you missed a comma?");
}

void Compiler::compile_subscript(const SubscriptExpr* e) {
    if (e->ctx == ExprContext::Load) {
        check_subscripter(e->value);
        check_index(e->value, e->slice);
    }
    visit_expr(e->value);
    visit_expr(e->slice);
    addop(e->ctx == ExprContext::Load    ? Op::BINARY_SUBSCR
          : e->ctx == ExprContext::Store ? Op::STORE_SUBSCR
                                         : Op::DELETE_SUBSCR);
}

void Compiler::compile_slice(const SliceExpr* s) {
    int n = 2;
    if (s->lower)
        visit_expr(s->lower);
    else
        addop_load_const(make_none());
    if (s->upper)
        visit_expr(s->upper);
    else
        addop_load_const(make_none());
    if (s->step) {
        ++n;
        visit_expr(s->step);
    }
    addop_i(Op::BUILD_SLICE, n);
}

void Compiler::compile_joined_str(const JoinedStrExpr* e) {
    int count = static_cast<int>(e->values.size());
    if (count > kStackUseGuideline) {
        // "".join([...]) for very long f-strings.
        addop_load_const(make_str(""));
        addop_name(Op::LOAD_METHOD, u().names, "join");
        addop_i(Op::BUILD_LIST, 0);
        for (const Expr* v : e->values) {
            visit_expr(v);
            addop_i(Op::LIST_APPEND, 1);
        }
        addop_i(Op::PRECALL, 1);
        addop_i(Op::CALL, 1);
        return;
    }
    visit_exprs(e->values);
    if (count != 1) addop_i(Op::BUILD_STRING, count);
}

void Compiler::compile_formatted_value(const FormattedValueExpr* e) {
    visit_expr(e->value);
    int oparg = FVC_NONE;
    switch (e->conversion) {
    case 's':
        oparg = FVC_STR;
        break;
    case 'r':
        oparg = FVC_REPR;
        break;
    case 'a':
        oparg = FVC_ASCII;
        break;
    default:
        break;
    }
    if (e->format_spec) {
        visit_expr(e->format_spec);
        oparg |= FVS_HAVE_SPEC;
    }
    addop_i(Op::FORMAT_VALUE, oparg);
}

} // namespace hs::compiler
