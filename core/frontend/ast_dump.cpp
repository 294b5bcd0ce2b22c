// dump_ast(): the text of Python's ast.dump(tree, include_attributes=...) for heapscope's
// AST. It walks the tree with an explicit stack, so a very deep tree cannot overflow the
// machine stack.
#include <cstdint>

#include "frontend/parser.h"
#include "frontend/py_repr.h"

namespace hs::frontend {

namespace {

using namespace hs::ast;

const char* operator_name(Operator op) {
    switch (op) {
    case Operator::Add: return "Add()";
    case Operator::BitAnd: return "BitAnd()";
    case Operator::FloorDiv: return "FloorDiv()";
    case Operator::LShift: return "LShift()";
    case Operator::MatMult: return "MatMult()";
    case Operator::Mult: return "Mult()";
    case Operator::Mod: return "Mod()";
    case Operator::BitOr: return "BitOr()";
    case Operator::Pow: return "Pow()";
    case Operator::RShift: return "RShift()";
    case Operator::Sub: return "Sub()";
    case Operator::Div: return "Div()";
    case Operator::BitXor: return "BitXor()";
    }
    return "";
}

const char* unary_name(UnaryOperator op) {
    switch (op) {
    case UnaryOperator::Invert: return "Invert()";
    case UnaryOperator::Not: return "Not()";
    case UnaryOperator::UAdd: return "UAdd()";
    case UnaryOperator::USub: return "USub()";
    }
    return "";
}

const char* cmp_name(CmpOperator op) {
    switch (op) {
    case CmpOperator::Eq: return "Eq()";
    case CmpOperator::NotEq: return "NotEq()";
    case CmpOperator::Lt: return "Lt()";
    case CmpOperator::LtE: return "LtE()";
    case CmpOperator::Gt: return "Gt()";
    case CmpOperator::GtE: return "GtE()";
    case CmpOperator::Is: return "Is()";
    case CmpOperator::IsNot: return "IsNot()";
    case CmpOperator::In: return "In()";
    case CmpOperator::NotIn: return "NotIn()";
    }
    return "";
}

const char* ctx_name(ExprContext ctx) {
    switch (ctx) {
    case ExprContext::Load: return "Load()";
    case ExprContext::Store: return "Store()";
    case ExprContext::Del: return "Del()";
    }
    return "";
}

std::string constant_repr(const ConstantValue& v) {
    switch (v.kind) {
    case ConstantValue::Kind::None: return "None";
    case ConstantValue::Kind::True: return "True";
    case ConstantValue::Kind::False: return "False";
    case ConstantValue::Kind::Ellipsis: return "Ellipsis";
    case ConstantValue::Kind::Int: return int_to_decimal(v.text, v.base);
    case ConstantValue::Kind::Float: return repr_float(v.number);
    case ConstantValue::Kind::Imaginary: return repr_imaginary(v.number);
    case ConstantValue::Kind::Str: return repr_str(v.text);
    case ConstantValue::Kind::Bytes: return repr_bytes(v.text);
    }
    return "";
}

enum class Kind : uint8_t { Text, Expr, Stmt, Arguments, Arg, Keyword, Alias, WithItem, Handler, Comprehension };

struct Task {
    Kind kind;
    const void* node;
    std::string text;
};

// The pieces of one node's text, in order; they are pushed on the stack reversed.
class Fields {
public:
    explicit Fields(std::vector<Task>& out) : m_out(out) {}

    void open(const char* class_name) { text(std::string(class_name) + "("); }
    void close() { text(")"); }
    void field(const char* name) {
        if (!m_first) text(", ");
        m_first = false;
        text(std::string(name) + "=");
    }
    void text(std::string s) { m_out.push_back({Kind::Text, nullptr, std::move(s)}); }
    void node(Kind k, const void* p) {
        if (p)
            m_out.push_back({k, p, {}});
        else
            text("None");
    }
    template <typename T> void list(Kind k, const std::vector<T*>& items) {
        text("[");
        for (size_t i = 0; i < items.size(); ++i) {
            if (i) text(", ");
            node(k, items[i]);
        }
        text("]");
    }
    void names(const std::vector<std::string>& items) {
        std::string s = "[";
        for (size_t i = 0; i < items.size(); ++i) {
            if (i) s += ", ";
            s += repr_str(items[i]);
        }
        text(s + "]");
    }
    void position(const Position& p, bool include) {
        if (!include) return;
        field("lineno");
        text(std::to_string(p.lineno));
        field("col_offset");
        text(std::to_string(p.col_offset));
        field("end_lineno");
        text(std::to_string(p.end_lineno));
        field("end_col_offset");
        text(std::to_string(p.end_col_offset));
    }

private:
    std::vector<Task>& m_out;
    bool m_first = true;
};

class Dumper {
public:
    explicit Dumper(bool attributes) : m_attributes(attributes) {}

    std::string run(const Module& m) {
        std::vector<Task> pieces;
        Fields f(pieces);
        f.open("Module");
        f.field("body");
        f.list(Kind::Stmt, m.body);
        f.field("type_ignores");
        f.text("[]");
        f.close();
        push(pieces);
        while (!m_stack.empty()) {
            Task t = std::move(m_stack.back());
            m_stack.pop_back();
            if (t.kind == Kind::Text) {
                m_out += t.text;
                continue;
            }
            pieces.clear();
            expand(t, pieces);
            push(pieces);
        }
        return std::move(m_out);
    }

private:
    void push(std::vector<Task>& pieces) {
        for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) m_stack.push_back(std::move(*it));
    }

    void expand(const Task& t, std::vector<Task>& out) {
        Fields f(out);
        switch (t.kind) {
        case Kind::Expr: expr(static_cast<const Expr*>(t.node), f); break;
        case Kind::Stmt: stmt(static_cast<const Stmt*>(t.node), f); break;
        case Kind::Arguments: {
            auto* a = static_cast<const Arguments*>(t.node);
            f.open("arguments");
            f.field("posonlyargs");
            f.list(Kind::Arg, a->posonlyargs);
            f.field("args");
            f.list(Kind::Arg, a->args);
            if (a->vararg) {
                f.field("vararg");
                f.node(Kind::Arg, a->vararg);
            }
            f.field("kwonlyargs");
            f.list(Kind::Arg, a->kwonlyargs);
            f.field("kw_defaults");
            f.list(Kind::Expr, a->kw_defaults);
            if (a->kwarg) {
                f.field("kwarg");
                f.node(Kind::Arg, a->kwarg);
            }
            f.field("defaults");
            f.list(Kind::Expr, a->defaults);
            f.close();
            break;
        }
        case Kind::Arg: {
            auto* a = static_cast<const Arg*>(t.node);
            f.open("arg");
            f.field("arg");
            f.text(repr_str(a->arg));
            if (a->annotation) {
                f.field("annotation");
                f.node(Kind::Expr, a->annotation);
            }
            f.position(a->pos, m_attributes);
            f.close();
            break;
        }
        case Kind::Keyword: {
            auto* k = static_cast<const Keyword*>(t.node);
            f.open("keyword");
            if (!k->arg.empty()) {
                f.field("arg");
                f.text(repr_str(k->arg));
            }
            f.field("value");
            f.node(Kind::Expr, k->value);
            f.position(k->pos, m_attributes);
            f.close();
            break;
        }
        case Kind::Alias: {
            auto* a = static_cast<const Alias*>(t.node);
            f.open("alias");
            f.field("name");
            f.text(repr_str(a->name));
            if (!a->asname.empty()) {
                f.field("asname");
                f.text(repr_str(a->asname));
            }
            f.position(a->pos, m_attributes);
            f.close();
            break;
        }
        case Kind::WithItem: {
            auto* w = static_cast<const WithItem*>(t.node);
            f.open("withitem");
            f.field("context_expr");
            f.node(Kind::Expr, w->context_expr);
            if (w->optional_vars) {
                f.field("optional_vars");
                f.node(Kind::Expr, w->optional_vars);
            }
            f.close();
            break;
        }
        case Kind::Handler: {
            auto* h = static_cast<const ExceptHandler*>(t.node);
            f.open("ExceptHandler");
            if (h->type) {
                f.field("type");
                f.node(Kind::Expr, h->type);
            }
            if (!h->name.empty()) {
                f.field("name");
                f.text(repr_str(h->name));
            }
            f.field("body");
            f.list(Kind::Stmt, h->body);
            f.position(h->pos, m_attributes);
            f.close();
            break;
        }
        case Kind::Comprehension: {
            auto* c = static_cast<const Comprehension*>(t.node);
            f.open("comprehension");
            f.field("target");
            f.node(Kind::Expr, c->target);
            f.field("iter");
            f.node(Kind::Expr, c->iter);
            f.field("ifs");
            f.list(Kind::Expr, c->ifs);
            f.field("is_async");
            f.text(c->is_async ? "1" : "0");
            f.close();
            break;
        }
        case Kind::Text: break;
        }
    }

    void optional(Fields& f, const char* name, const Expr* e) {
        if (!e) return;
        f.field(name);
        f.node(Kind::Expr, e);
    }

    void stmt(const Stmt* s, Fields& f) {
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            auto* n = static_cast<const FunctionDefStmt*>(s);
            f.open(s->kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef");
            f.field("name");
            f.text(repr_str(n->name));
            f.field("args");
            f.node(Kind::Arguments, n->args);
            f.field("body");
            f.list(Kind::Stmt, n->body);
            f.field("decorator_list");
            f.list(Kind::Expr, n->decorator_list);
            optional(f, "returns", n->returns);
            break;
        }
        case StmtKind::ClassDef: {
            auto* n = static_cast<const ClassDefStmt*>(s);
            f.open("ClassDef");
            f.field("name");
            f.text(repr_str(n->name));
            f.field("bases");
            f.list(Kind::Expr, n->bases);
            f.field("keywords");
            f.list(Kind::Keyword, n->keywords);
            f.field("body");
            f.list(Kind::Stmt, n->body);
            f.field("decorator_list");
            f.list(Kind::Expr, n->decorator_list);
            break;
        }
        case StmtKind::Return:
            f.open("Return");
            optional(f, "value", static_cast<const ReturnStmt*>(s)->value);
            break;
        case StmtKind::Delete:
            f.open("Delete");
            f.field("targets");
            f.list(Kind::Expr, static_cast<const DeleteStmt*>(s)->targets);
            break;
        case StmtKind::Assign: {
            auto* n = static_cast<const AssignStmt*>(s);
            f.open("Assign");
            f.field("targets");
            f.list(Kind::Expr, n->targets);
            f.field("value");
            f.node(Kind::Expr, n->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* n = static_cast<const AugAssignStmt*>(s);
            f.open("AugAssign");
            f.field("target");
            f.node(Kind::Expr, n->target);
            f.field("op");
            f.text(operator_name(n->op));
            f.field("value");
            f.node(Kind::Expr, n->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* n = static_cast<const AnnAssignStmt*>(s);
            f.open("AnnAssign");
            f.field("target");
            f.node(Kind::Expr, n->target);
            f.field("annotation");
            f.node(Kind::Expr, n->annotation);
            optional(f, "value", n->value);
            f.field("simple");
            f.text(n->simple ? "1" : "0");
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            auto* n = static_cast<const ForStmt*>(s);
            f.open(s->kind == StmtKind::For ? "For" : "AsyncFor");
            f.field("target");
            f.node(Kind::Expr, n->target);
            f.field("iter");
            f.node(Kind::Expr, n->iter);
            f.field("body");
            f.list(Kind::Stmt, n->body);
            f.field("orelse");
            f.list(Kind::Stmt, n->orelse);
            break;
        }
        case StmtKind::While: {
            auto* n = static_cast<const WhileStmt*>(s);
            f.open("While");
            f.field("test");
            f.node(Kind::Expr, n->test);
            f.field("body");
            f.list(Kind::Stmt, n->body);
            f.field("orelse");
            f.list(Kind::Stmt, n->orelse);
            break;
        }
        case StmtKind::If: {
            auto* n = static_cast<const IfStmt*>(s);
            f.open("If");
            f.field("test");
            f.node(Kind::Expr, n->test);
            f.field("body");
            f.list(Kind::Stmt, n->body);
            f.field("orelse");
            f.list(Kind::Stmt, n->orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            auto* n = static_cast<const WithStmt*>(s);
            f.open(s->kind == StmtKind::With ? "With" : "AsyncWith");
            f.field("items");
            f.list(Kind::WithItem, n->items);
            f.field("body");
            f.list(Kind::Stmt, n->body);
            break;
        }
        case StmtKind::Match:
            // heapscope keeps no case blocks (see MatchStmt in ast.h).
            f.open("Match");
            f.field("subject");
            f.node(Kind::Expr, static_cast<const MatchStmt*>(s)->subject);
            f.field("cases");
            f.text("[]");
            break;
        case StmtKind::Raise: {
            auto* n = static_cast<const RaiseStmt*>(s);
            f.open("Raise");
            optional(f, "exc", n->exc);
            optional(f, "cause", n->cause);
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            auto* n = static_cast<const TryStmt*>(s);
            f.open(s->kind == StmtKind::Try ? "Try" : "TryStar");
            f.field("body");
            f.list(Kind::Stmt, n->body);
            f.field("handlers");
            f.list(Kind::Handler, n->handlers);
            f.field("orelse");
            f.list(Kind::Stmt, n->orelse);
            f.field("finalbody");
            f.list(Kind::Stmt, n->finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* n = static_cast<const AssertStmt*>(s);
            f.open("Assert");
            f.field("test");
            f.node(Kind::Expr, n->test);
            optional(f, "msg", n->msg);
            break;
        }
        case StmtKind::Import:
            f.open("Import");
            f.field("names");
            f.list(Kind::Alias, static_cast<const ImportStmt*>(s)->names);
            break;
        case StmtKind::ImportFrom: {
            auto* n = static_cast<const ImportFromStmt*>(s);
            f.open("ImportFrom");
            if (!n->module.empty()) {
                f.field("module");
                f.text(repr_str(n->module));
            }
            f.field("names");
            f.list(Kind::Alias, n->names);
            f.field("level");
            f.text(std::to_string(n->level));
            break;
        }
        case StmtKind::Global:
            f.open("Global");
            f.field("names");
            f.names(static_cast<const GlobalStmt*>(s)->names);
            break;
        case StmtKind::Nonlocal:
            f.open("Nonlocal");
            f.field("names");
            f.names(static_cast<const NonlocalStmt*>(s)->names);
            break;
        case StmtKind::Expr:
            f.open("Expr");
            f.field("value");
            f.node(Kind::Expr, static_cast<const ExprStmt*>(s)->value);
            break;
        case StmtKind::Pass: f.open("Pass"); break;
        case StmtKind::Break: f.open("Break"); break;
        case StmtKind::Continue: f.open("Continue"); break;
        }
        f.position(s->pos, m_attributes);
        f.close();
    }

    void expr(const Expr* e, Fields& f) {
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* n = static_cast<const BoolOpExpr*>(e);
            f.open("BoolOp");
            f.field("op");
            f.text(n->op == BoolOperator::And ? "And()" : "Or()");
            f.field("values");
            f.list(Kind::Expr, n->values);
            break;
        }
        case ExprKind::NamedExpr: {
            auto* n = static_cast<const NamedExprExpr*>(e);
            f.open("NamedExpr");
            f.field("target");
            f.node(Kind::Expr, n->target);
            f.field("value");
            f.node(Kind::Expr, n->value);
            break;
        }
        case ExprKind::BinOp: {
            auto* n = static_cast<const BinOpExpr*>(e);
            f.open("BinOp");
            f.field("left");
            f.node(Kind::Expr, n->left);
            f.field("op");
            f.text(operator_name(n->op));
            f.field("right");
            f.node(Kind::Expr, n->right);
            break;
        }
        case ExprKind::UnaryOp: {
            auto* n = static_cast<const UnaryOpExpr*>(e);
            f.open("UnaryOp");
            f.field("op");
            f.text(unary_name(n->op));
            f.field("operand");
            f.node(Kind::Expr, n->operand);
            break;
        }
        case ExprKind::Lambda: {
            auto* n = static_cast<const LambdaExpr*>(e);
            f.open("Lambda");
            f.field("args");
            f.node(Kind::Arguments, n->args);
            f.field("body");
            f.node(Kind::Expr, n->body);
            break;
        }
        case ExprKind::IfExp: {
            auto* n = static_cast<const IfExpExpr*>(e);
            f.open("IfExp");
            f.field("test");
            f.node(Kind::Expr, n->test);
            f.field("body");
            f.node(Kind::Expr, n->body);
            f.field("orelse");
            f.node(Kind::Expr, n->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* n = static_cast<const DictExpr*>(e);
            f.open("Dict");
            f.field("keys");
            f.list(Kind::Expr, n->keys);
            f.field("values");
            f.list(Kind::Expr, n->values);
            break;
        }
        case ExprKind::Set:
            f.open("Set");
            f.field("elts");
            f.list(Kind::Expr, static_cast<const SetExpr*>(e)->elts);
            break;
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::GeneratorExp: {
            const Expr* elt;
            const std::vector<Comprehension*>* gens;
            if (e->kind == ExprKind::ListComp) {
                f.open("ListComp");
                elt = static_cast<const ListCompExpr*>(e)->elt;
                gens = &static_cast<const ListCompExpr*>(e)->generators;
            } else if (e->kind == ExprKind::SetComp) {
                f.open("SetComp");
                elt = static_cast<const SetCompExpr*>(e)->elt;
                gens = &static_cast<const SetCompExpr*>(e)->generators;
            } else {
                f.open("GeneratorExp");
                elt = static_cast<const GeneratorExpExpr*>(e)->elt;
                gens = &static_cast<const GeneratorExpExpr*>(e)->generators;
            }
            f.field("elt");
            f.node(Kind::Expr, elt);
            f.field("generators");
            f.list(Kind::Comprehension, *gens);
            break;
        }
        case ExprKind::DictComp: {
            auto* n = static_cast<const DictCompExpr*>(e);
            f.open("DictComp");
            f.field("key");
            f.node(Kind::Expr, n->key);
            f.field("value");
            f.node(Kind::Expr, n->value);
            f.field("generators");
            f.list(Kind::Comprehension, n->generators);
            break;
        }
        case ExprKind::Await:
            f.open("Await");
            f.field("value");
            f.node(Kind::Expr, static_cast<const AwaitExpr*>(e)->value);
            break;
        case ExprKind::Yield:
            f.open("Yield");
            optional(f, "value", static_cast<const YieldExpr*>(e)->value);
            break;
        case ExprKind::YieldFrom:
            f.open("YieldFrom");
            f.field("value");
            f.node(Kind::Expr, static_cast<const YieldFromExpr*>(e)->value);
            break;
        case ExprKind::Compare: {
            auto* n = static_cast<const CompareExpr*>(e);
            f.open("Compare");
            f.field("left");
            f.node(Kind::Expr, n->left);
            f.field("ops");
            std::string ops = "[";
            for (size_t i = 0; i < n->ops.size(); ++i) {
                if (i) ops += ", ";
                ops += cmp_name(n->ops[i]);
            }
            f.text(ops + "]");
            f.field("comparators");
            f.list(Kind::Expr, n->comparators);
            break;
        }
        case ExprKind::Call: {
            auto* n = static_cast<const CallExpr*>(e);
            f.open("Call");
            f.field("func");
            f.node(Kind::Expr, n->func);
            f.field("args");
            f.list(Kind::Expr, n->args);
            f.field("keywords");
            f.list(Kind::Keyword, n->keywords);
            break;
        }
        case ExprKind::FormattedValue: {
            auto* n = static_cast<const FormattedValueExpr*>(e);
            f.open("FormattedValue");
            f.field("value");
            f.node(Kind::Expr, n->value);
            f.field("conversion");
            f.text(std::to_string(n->conversion));
            optional(f, "format_spec", n->format_spec);
            break;
        }
        case ExprKind::JoinedStr:
            f.open("JoinedStr");
            f.field("values");
            f.list(Kind::Expr, static_cast<const JoinedStrExpr*>(e)->values);
            break;
        case ExprKind::Constant: {
            auto* n = static_cast<const ConstantExpr*>(e);
            f.open("Constant");
            f.field("value");
            f.text(constant_repr(n->value));
            if (n->value.kind == ConstantValue::Kind::Str && n->value.u_prefix) {
                f.field("kind");
                f.text("'u'");
            }
            break;
        }
        case ExprKind::Attribute: {
            auto* n = static_cast<const AttributeExpr*>(e);
            f.open("Attribute");
            f.field("value");
            f.node(Kind::Expr, n->value);
            f.field("attr");
            f.text(repr_str(n->attr));
            f.field("ctx");
            f.text(ctx_name(n->ctx));
            break;
        }
        case ExprKind::Subscript: {
            auto* n = static_cast<const SubscriptExpr*>(e);
            f.open("Subscript");
            f.field("value");
            f.node(Kind::Expr, n->value);
            f.field("slice");
            f.node(Kind::Expr, n->slice);
            f.field("ctx");
            f.text(ctx_name(n->ctx));
            break;
        }
        case ExprKind::Starred: {
            auto* n = static_cast<const StarredExpr*>(e);
            f.open("Starred");
            f.field("value");
            f.node(Kind::Expr, n->value);
            f.field("ctx");
            f.text(ctx_name(n->ctx));
            break;
        }
        case ExprKind::Name: {
            auto* n = static_cast<const NameExpr*>(e);
            f.open("Name");
            f.field("id");
            f.text(repr_str(n->id));
            f.field("ctx");
            f.text(ctx_name(n->ctx));
            break;
        }
        case ExprKind::List: {
            auto* n = static_cast<const ListExpr*>(e);
            f.open("List");
            f.field("elts");
            f.list(Kind::Expr, n->elts);
            f.field("ctx");
            f.text(ctx_name(n->ctx));
            break;
        }
        case ExprKind::Tuple: {
            auto* n = static_cast<const TupleExpr*>(e);
            f.open("Tuple");
            f.field("elts");
            f.list(Kind::Expr, n->elts);
            f.field("ctx");
            f.text(ctx_name(n->ctx));
            break;
        }
        case ExprKind::Slice: {
            auto* n = static_cast<const SliceExpr*>(e);
            f.open("Slice");
            optional(f, "lower", n->lower);
            optional(f, "upper", n->upper);
            optional(f, "step", n->step);
            break;
        }
        }
        f.position(e->pos, m_attributes);
        f.close();
    }

    bool m_attributes;
    std::vector<Task> m_stack;
    std::string m_out;
};

} // namespace

std::string dump_ast(const ast::Module& m, bool include_attributes) { return Dumper(include_attributes).run(m); }

} // namespace hs::frontend
