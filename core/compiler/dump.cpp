// dump_code(): the normalized listing that tests compare with CPython's (see
// tests/unit/compiler/regenerate.sh for the format and its normalizations).
#include "compiler/compile.h"
#include "compiler/constant.h"
#include "compiler/flowgraph.h"

namespace hs::compiler {

namespace {

std::string names_with_kind(const CodeUnit& code, uint8_t kind) {
    std::string out;
    for (size_t i = 0; i < code.localsplusnames.size(); ++i) {
        if (!(code.localspluskinds[i] & kind)) continue;
        if (!out.empty()) out += ' ';
        out += code.localsplusnames[i];
    }
    return out;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ' ';
        out += items[i];
    }
    return out;
}

std::string field(int value) {
    return value < 0 ? "-" : std::to_string(value);
}

void dump(const CodeUnit& code, std::string& out) {
    char buf[128];
    out += "code " + code.qualname + "\n";
    out += "  name: " + code.name + "\n";
    out += "  firstlineno: " + std::to_string(code.firstlineno) + "\n";
    std::snprintf(buf, sizeof buf, "  flags: 0x%x\n", code.flags);
    out += buf;
    out += "  argcount: " + std::to_string(code.argcount) +
           " posonlyargcount: " + std::to_string(code.posonlyargcount) +
           " kwonlyargcount: " + std::to_string(code.kwonlyargcount) + "\n";
    out += "  stacksize: " + std::to_string(code.stacksize) + "\n";
    out += "  varnames: " + names_with_kind(code, CO_FAST_LOCAL) + "\n";
    out += "  cellvars: " + names_with_kind(code, CO_FAST_CELL) + "\n";
    out += "  freevars: " + names_with_kind(code, CO_FAST_FREE) + "\n";
    out += "  names: " + join(code.names) + "\n";
    out += "  consts:\n";
    for (size_t i = 0; i < code.consts.size(); ++i) {
        out += "    " + std::to_string(i) + ": " + constant_repr(code.consts[i]) + "\n";
    }
    out += "  exceptiontable:\n";
    for (const ExceptionTableEntry& e : code.exception_table) {
        out += "    " + std::to_string(e.start) + "-" + std::to_string(e.end) + " -> " +
               std::to_string(e.target) + " depth " + std::to_string(e.depth) + (e.lasti ? " lasti" : "") +
               "\n";
    }
    out += "  code:\n";
    for (size_t i = 0; i < code.code.size(); ++i) {
        const Instruction& instr = code.code[i];
        out += "    " + std::to_string(i) + ": " + std::string(opcode_name(instr.op));
        if (has_arg(instr.op)) out += " " + std::to_string(instr.arg);
        const ast::Position& p = code.positions[i];
        out += " (" + field(p.lineno) + "," + field(p.end_lineno) + "," + field(p.col_offset) + "," +
               field(p.end_col_offset) + ")\n";
    }
    for (const Constant& c : code.consts) {
        if (c.kind == Constant::Kind::Code && c.code) dump(*c.code, out);
    }
}

} // namespace

std::string dump_code(const CodeUnit& code) {
    std::string out;
    dump(code, out);
    return out;
}

} // namespace hs::compiler
