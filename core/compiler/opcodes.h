// The instruction set: CPython 3.11's opcodes, with the same names and stack effects, so that
// `python3 -m dis` output can be held against ours line by line and the value stack owns the
// same references at every point (which is what decides reference counts).
//
// Encoding differs from CPython's where it does not change semantics:
//  - one Instruction per opcode, a 32-bit argument, no CACHE entries and no EXTENDED_ARG;
//  - every jump argument is the absolute index of the target instruction, so the
//    FORWARD/BACKWARD variants of CPython's conditional jumps are folded into one opcode;
//  - PRECALL is kept (it unpacks bound methods as in 3.11) but carries no cache.
#pragma once

#include <cstdint>
#include <string_view>

namespace hs::compiler {

#define HS_OPCODES(X)                                                                               \
    X(NOP) X(POP_TOP) X(PUSH_NULL) X(COPY) X(SWAP)                                                   \
    X(UNARY_POSITIVE) X(UNARY_NEGATIVE) X(UNARY_NOT) X(UNARY_INVERT)                                 \
    X(BINARY_OP) X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) X(BUILD_SLICE)                    \
    X(COMPARE_OP) X(IS_OP) X(CONTAINS_OP)                                                            \
    X(LOAD_CONST) X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME)                                          \
    X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST)                                                        \
    X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL)                                                  \
    X(MAKE_CELL) X(COPY_FREE_VARS) X(LOAD_CLOSURE) X(LOAD_DEREF) X(LOAD_CLASSDEREF)                  \
    X(STORE_DEREF) X(DELETE_DEREF)                                                                   \
    X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR) X(LOAD_METHOD)                                         \
    X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) X(BUILD_CONST_KEY_MAP) X(BUILD_STRING)    \
    X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE) X(DICT_UPDATE) X(DICT_MERGE)   \
    X(LIST_TO_TUPLE) X(UNPACK_SEQUENCE) X(UNPACK_EX)                                                 \
    X(FORMAT_VALUE)                                                                                  \
    X(JUMP_FORWARD) X(JUMP_BACKWARD) X(JUMP_BACKWARD_NO_INTERRUPT)                                   \
    X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE) X(POP_JUMP_IF_NONE) X(POP_JUMP_IF_NOT_NONE)             \
    X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP)                                                   \
    X(GET_ITER) X(FOR_ITER) X(GET_YIELD_FROM_ITER) X(SEND) X(YIELD_VALUE) X(RETURN_GENERATOR)        \
    X(RESUME) X(RETURN_VALUE)                                                                        \
    X(KW_NAMES) X(PRECALL) X(CALL) X(CALL_FUNCTION_EX) X(MAKE_FUNCTION)                              \
    X(LOAD_BUILD_CLASS) X(SETUP_ANNOTATIONS)                                                         \
    X(IMPORT_NAME) X(IMPORT_FROM) X(IMPORT_STAR)                                                     \
    X(RAISE_VARARGS) X(RERAISE) X(PUSH_EXC_INFO) X(POP_EXCEPT) X(CHECK_EXC_MATCH)                    \
    X(LOAD_ASSERTION_ERROR) X(BEFORE_WITH) X(WITH_EXCEPT_START)                                      \
    /* heapscope only: raise NotImplementedError("heapscope does not support '<consts[arg]>'") */    \
    X(RAISE_UNSUPPORTED)

enum class Opcode : uint8_t {
#define HS_OPCODE_ENUM(name) name,
    HS_OPCODES(HS_OPCODE_ENUM)
#undef HS_OPCODE_ENUM
};

std::string_view opcode_name(Opcode op);

// Arguments of the opcodes that take a small enumeration, with CPython 3.11's values.
enum CompareOpArg : int32_t { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };
// BINARY_OP: hs::ast::Operator values 0..12; the in-place forms add NB_INPLACE_OFFSET.
inline constexpr int32_t NB_INPLACE_OFFSET = 13;
// MAKE_FUNCTION flags.
enum MakeFunctionFlag : int32_t { MF_DEFAULTS = 0x01, MF_KWDEFAULTS = 0x02, MF_ANNOTATIONS = 0x04, MF_CLOSURE = 0x08 };
// FORMAT_VALUE: low bits the conversion, 0x04 a format spec is on the stack.
enum FormatValueArg : int32_t { FVC_NONE = 0, FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3, FVS_HAVE_SPEC = 4 };

} // namespace hs::compiler
