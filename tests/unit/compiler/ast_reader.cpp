// The reader of regenerate.sh's AST format: "(Name @l:c:el:ec field...)" for nodes (fields in
// Python's _fields order), "[...]" for lists, "~" for None, bare words for operators and
// contexts, quoted strings, integers, and typed constants (#None, i42, f<hex float>, j<hex>,
// s"text", b"<hex bytes>").
#include "ast_reader.h"

#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace hs::test {

using namespace ast;

namespace {

struct SNode {
    enum class Kind { Node, List, Null, Str, Int, Word, Const } kind = Kind::Null;
    std::string text; // node name, word, string, or constant spelling
    long long number = 0;
    bool has_pos = false;
    Position pos;
    std::vector<SNode> kids;
};

class Lexer {
  public:
    explicit Lexer(std::string_view text) : m_text(text) {}

    SNode parse() {
        skip_space();
        if (m_pos >= m_text.size()) fail("unexpected end");
        char c = m_text[m_pos];
        SNode n;
        if (c == '(') {
            ++m_pos;
            n.kind = SNode::Kind::Node;
            n.text = word();
            skip_space();
            if (peek() == '@') {
                ++m_pos;
                n.has_pos = true;
                n.pos.lineno = static_cast<int>(integer());
                expect(':');
                n.pos.col_offset = static_cast<int>(integer());
                expect(':');
                n.pos.end_lineno = static_cast<int>(integer());
                expect(':');
                n.pos.end_col_offset = static_cast<int>(integer());
            }
            while (true) {
                skip_space();
                if (peek() == ')') break;
                n.kids.push_back(parse());
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            n.kind = SNode::Kind::List;
            while (true) {
                skip_space();
                if (peek() == ']') break;
                n.kids.push_back(parse());
            }
            ++m_pos;
        } else if (c == '~') {
            ++m_pos;
        } else if (c == '"') {
            n.kind = SNode::Kind::Str;
            n.text = quoted();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            n.kind = SNode::Kind::Int;
            n.number = integer();
        } else if (c == '#' ||
                   ((c == 'i' || c == 'f' || c == 'j' || c == 's' || c == 'b') && is_const_start())) {
            n.kind = SNode::Kind::Const;
            n.text = std::string(1, c);
            ++m_pos;
            if (c == 's' || c == 'b') {
                n.text += quoted();
            } else {
                n.text += word();
            }
        } else {
            n.kind = SNode::Kind::Word;
            n.text = word();
        }
        return n;
    }

  private:
    std::string_view m_text;
    size_t m_pos = 0;

    [[noreturn]] void fail(const std::string& what) {
        throw std::runtime_error(what + " at offset " + std::to_string(m_pos));
    }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skip_space() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n'))
            ++m_pos;
    }
    void expect(char c) {
        if (peek() != c) fail(std::string("expected ") + c);
        ++m_pos;
    }
    // A typed constant: the marker letter followed directly by its value.
    bool is_const_start() const {
        if (m_pos + 1 >= m_text.size()) return false;
        char c = m_text[m_pos], next = m_text[m_pos + 1];
        if (c == 's' || c == 'b') return next == '"';
        if (c == 'i') return next >= '0' && next <= '9';
        return next == '0' || next == '-' || next == 'i' || next == 'n'; // hex floats, inf, nan
    }
    std::string word() {
        size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != ' ' && m_text[m_pos] != ')' &&
               m_text[m_pos] != ']' && m_text[m_pos] != '\n')
            ++m_pos;
        return std::string(m_text.substr(start, m_pos - start));
    }
    long long integer() {
        size_t start = m_pos;
        if (peek() == '-') ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return std::stoll(std::string(m_text.substr(start, m_pos - start)));
    }
    std::string quoted() {
        expect('"');
        std::string out;
        while (true) {
            if (m_pos >= m_text.size()) fail("unterminated string");
            char c = m_text[m_pos++];
            if (c == '"') break;
            if (c != '\\') {
                out += c;
                continue;
            }
            char e = m_text[m_pos++];
            if (e == 'n') {
                out += '\n';
            } else if (e == 'x') {
                out += static_cast<char>(std::stoi(std::string(m_text.substr(m_pos, 2)), nullptr, 16));
                m_pos += 2;
            } else {
                out += e;
            }
        }
        return out;
    }
};

class Builder {
  public:
    explicit Builder(Arena& arena) : m_arena(arena) {}

    std::vector<Stmt*> stmts(const SNode& list) {
        std::vector<Stmt*> out;
        for (const SNode& k : list.kids)
            out.push_back(stmt(k));
        return out;
    }

  private:
    Arena& m_arena;

    [[noreturn]] static void fail(const std::string& what) { throw std::runtime_error(what); }

    static std::string str(const SNode& n) { return n.kind == SNode::Kind::Null ? std::string() : n.text; }

    std::vector<Expr*> exprs(const SNode& list) {
        std::vector<Expr*> out;
        for (const SNode& k : list.kids)
            out.push_back(k.kind == SNode::Kind::Null ? nullptr : expr(k));
        return out;
    }
    Expr* opt_expr(const SNode& n) { return n.kind == SNode::Kind::Null ? nullptr : expr(n); }

    static ExprContext ctx(const SNode& n) {
        if (n.text == "Store") return ExprContext::Store;
        if (n.text == "Del") return ExprContext::Del;
        return ExprContext::Load;
    }
    static Operator binop(const SNode& n) {
        static const std::unordered_map<std::string, Operator> ops = {
            {"Add", Operator::Add},       {"BitAnd", Operator::BitAnd},   {"FloorDiv", Operator::FloorDiv},
            {"LShift", Operator::LShift}, {"MatMult", Operator::MatMult}, {"Mult", Operator::Mult},
            {"Mod", Operator::Mod},       {"BitOr", Operator::BitOr},     {"Pow", Operator::Pow},
            {"RShift", Operator::RShift}, {"Sub", Operator::Sub},         {"Div", Operator::Div},
            {"BitXor", Operator::BitXor}};
        return ops.at(n.text);
    }
    static UnaryOperator unop(const SNode& n) {
        if (n.text == "Invert") return UnaryOperator::Invert;
        if (n.text == "Not") return UnaryOperator::Not;
        if (n.text == "UAdd") return UnaryOperator::UAdd;
        return UnaryOperator::USub;
    }
    static CmpOperator cmpop(const SNode& n) {
        static const std::unordered_map<std::string, CmpOperator> ops = {
            {"Eq", CmpOperator::Eq},      {"NotEq", CmpOperator::NotEq}, {"Lt", CmpOperator::Lt},
            {"LtE", CmpOperator::LtE},    {"Gt", CmpOperator::Gt},       {"GtE", CmpOperator::GtE},
            {"Is", CmpOperator::Is},      {"IsNot", CmpOperator::IsNot}, {"In", CmpOperator::In},
            {"NotIn", CmpOperator::NotIn}};
        return ops.at(n.text);
    }

    ConstantValue constant(const SNode& v, const SNode& kind) {
        ConstantValue c;
        c.u_prefix = kind.kind == SNode::Kind::Str && kind.text == "u";
        const std::string& t = v.text;
        switch (t[0]) {
        case '#':
            c.kind = t == "#None"    ? ConstantValue::Kind::None
                     : t == "#True"  ? ConstantValue::Kind::True
                     : t == "#False" ? ConstantValue::Kind::False
                                     : ConstantValue::Kind::Ellipsis;
            break;
        case 'i':
            c.kind = ConstantValue::Kind::Int;
            c.text = t.substr(1);
            break;
        case 'f':
            c.kind = ConstantValue::Kind::Float;
            c.number = std::strtod(t.c_str() + 1, nullptr);
            break;
        case 'j':
            c.kind = ConstantValue::Kind::Imaginary;
            c.number = std::strtod(t.c_str() + 1, nullptr);
            break;
        case 's':
            c.kind = ConstantValue::Kind::Str;
            c.text = t.substr(1);
            break;
        case 'b':
            c.kind = ConstantValue::Kind::Bytes;
            for (size_t i = 1; i + 1 < t.size(); i += 2) {
                c.text += static_cast<char>(std::stoi(t.substr(i, 2), nullptr, 16));
            }
            break;
        default:
            fail("bad constant " + t);
        }
        return c;
    }

    Arg* arg(const SNode& n) {
        Arg* a = m_arena.make<Arg>();
        a->arg = n.kids[0].text;
        a->annotation = opt_expr(n.kids[1]);
        a->pos = n.pos;
        return a;
    }
    std::vector<Arg*> args(const SNode& list) {
        std::vector<Arg*> out;
        for (const SNode& k : list.kids)
            out.push_back(arg(k));
        return out;
    }
    Arguments* arguments(const SNode& n) {
        Arguments* a = m_arena.make<Arguments>();
        a->posonlyargs = args(n.kids[0]);
        a->args = args(n.kids[1]);
        a->vararg = n.kids[2].kind == SNode::Kind::Null ? nullptr : arg(n.kids[2]);
        a->kwonlyargs = args(n.kids[3]);
        a->kw_defaults = exprs(n.kids[4]);
        a->kwarg = n.kids[5].kind == SNode::Kind::Null ? nullptr : arg(n.kids[5]);
        a->defaults = exprs(n.kids[6]);
        return a;
    }
    std::vector<Keyword*> keywords(const SNode& list) {
        std::vector<Keyword*> out;
        for (const SNode& k : list.kids) {
            Keyword* kw = m_arena.make<Keyword>();
            kw->arg = str(k.kids[0]);
            kw->value = expr(k.kids[1]);
            kw->pos = k.pos;
            out.push_back(kw);
        }
        return out;
    }
    std::vector<Comprehension*> generators(const SNode& list) {
        std::vector<Comprehension*> out;
        for (const SNode& k : list.kids) {
            Comprehension* c = m_arena.make<Comprehension>();
            c->target = expr(k.kids[0]);
            c->iter = expr(k.kids[1]);
            c->ifs = exprs(k.kids[2]);
            c->is_async = k.kids[3].number != 0;
            out.push_back(c);
        }
        return out;
    }
    std::vector<Alias*> aliases(const SNode& list) {
        std::vector<Alias*> out;
        for (const SNode& k : list.kids) {
            Alias* a = m_arena.make<Alias>();
            a->name = k.kids[0].text;
            a->asname = str(k.kids[1]);
            a->pos = k.pos;
            out.push_back(a);
        }
        return out;
    }
    std::vector<std::string> identifiers(const SNode& list) {
        std::vector<std::string> out;
        for (const SNode& k : list.kids)
            out.push_back(k.text);
        return out;
    }

    template <typename T> T* make(const SNode& n) {
        T* node = m_arena.make<T>();
        node->pos = n.pos;
        return node;
    }

    Expr* expr(const SNode& n) {
        const std::string& k = n.text;
        const auto& f = n.kids;
        if (k == "BoolOp") {
            auto* e = make<BoolOpExpr>(n);
            e->op = f[0].text == "And" ? BoolOperator::And : BoolOperator::Or;
            e->values = exprs(f[1]);
            return e;
        }
        if (k == "NamedExpr") {
            auto* e = make<NamedExprExpr>(n);
            e->target = expr(f[0]);
            e->value = expr(f[1]);
            return e;
        }
        if (k == "BinOp") {
            auto* e = make<BinOpExpr>(n);
            e->left = expr(f[0]);
            e->op = binop(f[1]);
            e->right = expr(f[2]);
            return e;
        }
        if (k == "UnaryOp") {
            auto* e = make<UnaryOpExpr>(n);
            e->op = unop(f[0]);
            e->operand = expr(f[1]);
            return e;
        }
        if (k == "Lambda") {
            auto* e = make<LambdaExpr>(n);
            e->args = arguments(f[0]);
            e->body = expr(f[1]);
            return e;
        }
        if (k == "IfExp") {
            auto* e = make<IfExpExpr>(n);
            e->test = expr(f[0]);
            e->body = expr(f[1]);
            e->orelse = expr(f[2]);
            return e;
        }
        if (k == "Dict") {
            auto* e = make<DictExpr>(n);
            e->keys = exprs(f[0]);
            e->values = exprs(f[1]);
            return e;
        }
        if (k == "Set") {
            auto* e = make<SetExpr>(n);
            e->elts = exprs(f[0]);
            return e;
        }
        if (k == "ListComp") {
            auto* e = make<ListCompExpr>(n);
            e->elt = expr(f[0]);
            e->generators = generators(f[1]);
            return e;
        }
        if (k == "SetComp") {
            auto* e = make<SetCompExpr>(n);
            e->elt = expr(f[0]);
            e->generators = generators(f[1]);
            return e;
        }
        if (k == "GeneratorExp") {
            auto* e = make<GeneratorExpExpr>(n);
            e->elt = expr(f[0]);
            e->generators = generators(f[1]);
            return e;
        }
        if (k == "DictComp") {
            auto* e = make<DictCompExpr>(n);
            e->key = expr(f[0]);
            e->value = expr(f[1]);
            e->generators = generators(f[2]);
            return e;
        }
        if (k == "Await") {
            auto* e = make<AwaitExpr>(n);
            e->value = expr(f[0]);
            return e;
        }
        if (k == "Yield") {
            auto* e = make<YieldExpr>(n);
            e->value = opt_expr(f[0]);
            return e;
        }
        if (k == "YieldFrom") {
            auto* e = make<YieldFromExpr>(n);
            e->value = expr(f[0]);
            return e;
        }
        if (k == "Compare") {
            auto* e = make<CompareExpr>(n);
            e->left = expr(f[0]);
            for (const SNode& op : f[1].kids)
                e->ops.push_back(cmpop(op));
            e->comparators = exprs(f[2]);
            return e;
        }
        if (k == "Call") {
            auto* e = make<CallExpr>(n);
            e->func = expr(f[0]);
            e->args = exprs(f[1]);
            e->keywords = keywords(f[2]);
            return e;
        }
        if (k == "FormattedValue") {
            auto* e = make<FormattedValueExpr>(n);
            e->value = expr(f[0]);
            e->conversion = static_cast<int>(f[1].number);
            e->format_spec = opt_expr(f[2]);
            return e;
        }
        if (k == "JoinedStr") {
            auto* e = make<JoinedStrExpr>(n);
            e->values = exprs(f[0]);
            return e;
        }
        if (k == "Constant") {
            auto* e = make<ConstantExpr>(n);
            e->value = constant(f[0], f[1]);
            return e;
        }
        if (k == "Attribute") {
            auto* e = make<AttributeExpr>(n);
            e->value = expr(f[0]);
            e->attr = f[1].text;
            e->ctx = ctx(f[2]);
            return e;
        }
        if (k == "Subscript") {
            auto* e = make<SubscriptExpr>(n);
            e->value = expr(f[0]);
            e->slice = expr(f[1]);
            e->ctx = ctx(f[2]);
            return e;
        }
        if (k == "Starred") {
            auto* e = make<StarredExpr>(n);
            e->value = expr(f[0]);
            e->ctx = ctx(f[1]);
            return e;
        }
        if (k == "Name") {
            auto* e = make<NameExpr>(n);
            e->id = f[0].text;
            e->ctx = ctx(f[1]);
            return e;
        }
        if (k == "List") {
            auto* e = make<ListExpr>(n);
            e->elts = exprs(f[0]);
            e->ctx = ctx(f[1]);
            return e;
        }
        if (k == "Tuple") {
            auto* e = make<TupleExpr>(n);
            e->elts = exprs(f[0]);
            e->ctx = ctx(f[1]);
            return e;
        }
        if (k == "Slice") {
            auto* e = make<SliceExpr>(n);
            e->lower = opt_expr(f[0]);
            e->upper = opt_expr(f[1]);
            e->step = opt_expr(f[2]);
            return e;
        }
        fail("unknown expression " + k);
    }

    Stmt* stmt(const SNode& n) {
        const std::string& k = n.text;
        const auto& f = n.kids;
        if (k == "FunctionDef" || k == "AsyncFunctionDef") {
            auto* s = m_arena.make<FunctionDefStmt>(k == "FunctionDef" ? StmtKind::FunctionDef
                                                                       : StmtKind::AsyncFunctionDef);
            s->pos = n.pos;
            s->name = f[0].text;
            s->args = arguments(f[1]);
            s->body = stmts(f[2]);
            s->decorator_list = exprs(f[3]);
            s->returns = opt_expr(f[4]);
            return s;
        }
        if (k == "ClassDef") {
            auto* s = make<ClassDefStmt>(n);
            s->name = f[0].text;
            s->bases = exprs(f[1]);
            s->keywords = keywords(f[2]);
            s->body = stmts(f[3]);
            s->decorator_list = exprs(f[4]);
            return s;
        }
        if (k == "Return") {
            auto* s = make<ReturnStmt>(n);
            s->value = opt_expr(f[0]);
            return s;
        }
        if (k == "Delete") {
            auto* s = make<DeleteStmt>(n);
            s->targets = exprs(f[0]);
            return s;
        }
        if (k == "Assign") {
            auto* s = make<AssignStmt>(n);
            s->targets = exprs(f[0]);
            s->value = expr(f[1]);
            return s;
        }
        if (k == "AugAssign") {
            auto* s = make<AugAssignStmt>(n);
            s->target = expr(f[0]);
            s->op = binop(f[1]);
            s->value = expr(f[2]);
            return s;
        }
        if (k == "AnnAssign") {
            auto* s = make<AnnAssignStmt>(n);
            s->target = expr(f[0]);
            s->annotation = expr(f[1]);
            s->value = opt_expr(f[2]);
            s->simple = f[3].number != 0;
            return s;
        }
        if (k == "For" || k == "AsyncFor") {
            auto* s = m_arena.make<ForStmt>(k == "For" ? StmtKind::For : StmtKind::AsyncFor);
            s->pos = n.pos;
            s->target = expr(f[0]);
            s->iter = expr(f[1]);
            s->body = stmts(f[2]);
            s->orelse = stmts(f[3]);
            return s;
        }
        if (k == "While") {
            auto* s = make<WhileStmt>(n);
            s->test = expr(f[0]);
            s->body = stmts(f[1]);
            s->orelse = stmts(f[2]);
            return s;
        }
        if (k == "If") {
            auto* s = make<IfStmt>(n);
            s->test = expr(f[0]);
            s->body = stmts(f[1]);
            s->orelse = stmts(f[2]);
            return s;
        }
        if (k == "With" || k == "AsyncWith") {
            auto* s = m_arena.make<WithStmt>(k == "With" ? StmtKind::With : StmtKind::AsyncWith);
            s->pos = n.pos;
            for (const SNode& item : f[0].kids) {
                WithItem* w = m_arena.make<WithItem>();
                w->context_expr = expr(item.kids[0]);
                w->optional_vars = opt_expr(item.kids[1]);
                s->items.push_back(w);
            }
            s->body = stmts(f[1]);
            return s;
        }
        if (k == "Match") {
            auto* s = make<MatchStmt>(n);
            s->subject = expr(f[0]);
            return s;
        }
        if (k == "Raise") {
            auto* s = make<RaiseStmt>(n);
            s->exc = opt_expr(f[0]);
            s->cause = opt_expr(f[1]);
            return s;
        }
        if (k == "Try" || k == "TryStar") {
            auto* s = m_arena.make<TryStmt>(k == "Try" ? StmtKind::Try : StmtKind::TryStar);
            s->pos = n.pos;
            s->body = stmts(f[0]);
            for (const SNode& h : f[1].kids) {
                ExceptHandler* eh = m_arena.make<ExceptHandler>();
                eh->type = opt_expr(h.kids[0]);
                eh->name = str(h.kids[1]);
                eh->body = stmts(h.kids[2]);
                eh->pos = h.pos;
                s->handlers.push_back(eh);
            }
            s->orelse = stmts(f[2]);
            s->finalbody = stmts(f[3]);
            return s;
        }
        if (k == "Assert") {
            auto* s = make<AssertStmt>(n);
            s->test = expr(f[0]);
            s->msg = opt_expr(f[1]);
            return s;
        }
        if (k == "Import") {
            auto* s = make<ImportStmt>(n);
            s->names = aliases(f[0]);
            return s;
        }
        if (k == "ImportFrom") {
            auto* s = make<ImportFromStmt>(n);
            s->module = str(f[0]);
            s->names = aliases(f[1]);
            s->level = static_cast<int>(f[2].number);
            return s;
        }
        if (k == "Global") {
            auto* s = make<GlobalStmt>(n);
            s->names = identifiers(f[0]);
            return s;
        }
        if (k == "Nonlocal") {
            auto* s = make<NonlocalStmt>(n);
            s->names = identifiers(f[0]);
            return s;
        }
        if (k == "Expr") {
            auto* s = make<ExprStmt>(n);
            s->value = expr(f[0]);
            return s;
        }
        if (k == "Pass") return make<PassStmt>(n);
        if (k == "Break") return make<BreakStmt>(n);
        if (k == "Continue") return make<ContinueStmt>(n);
        fail("unknown statement " + k);
    }
};

} // namespace

std::unique_ptr<Module> read_ast(std::string_view text, std::string& error) {
    try {
        Lexer lexer(text);
        SNode root = lexer.parse();
        if (root.kind != SNode::Kind::Node || root.text != "Module")
            throw std::runtime_error("expected Module");
        auto module = std::make_unique<Module>();
        Builder builder(*module->arena);
        module->body = builder.stmts(root.kids[0]);
        return module;
    } catch (const std::exception& e) {
        error = e.what();
        return nullptr;
    }
}

} // namespace hs::test
