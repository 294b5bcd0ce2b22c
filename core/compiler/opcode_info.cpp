// Static facts about opcodes: stack effects, which ones jump, which ones take an argument.
#include "compiler/flowgraph.h"

namespace hs::compiler {

int stack_effect(Op op, int oparg, int jump) {
    switch (op) {
    case Op::NOP:
    case Op::RESUME:
    case Op::SWAP:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_NOT:
    case Op::UNARY_INVERT:
    case Op::GET_ITER:
    case Op::SETUP_ANNOTATIONS:
    case Op::YIELD_VALUE:
    case Op::POP_BLOCK:
    case Op::DELETE_NAME:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_ATTR:
    case Op::CHECK_EXC_MATCH:
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::JUMP:
    case Op::JUMP_BACKWARD_NO_INTERRUPT:
    case Op::JUMP_NO_INTERRUPT:
    case Op::DELETE_FAST:
    case Op::RETURN_GENERATOR:
    case Op::KW_NAMES:
    case Op::MAKE_CELL:
    case Op::COPY_FREE_VARS:
    case Op::DELETE_DEREF:
    case Op::GET_YIELD_FROM_ITER:
    case Op::LIST_TO_TUPLE:
    case Op::RAISE_UNSUPPORTED:
        return 0;
    case Op::POP_TOP:
    case Op::SET_ADD:
    case Op::LIST_APPEND:
    case Op::BINARY_SUBSCR:
    case Op::RETURN_VALUE:
    case Op::IMPORT_STAR:
    case Op::POP_EXCEPT:
    case Op::STORE_NAME:
    case Op::DELETE_ATTR:
    case Op::STORE_GLOBAL:
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::IMPORT_NAME:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::RERAISE:
    case Op::STORE_FAST:
    case Op::CALL:
    case Op::STORE_DEREF:
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_MERGE:
    case Op::DICT_UPDATE:
    case Op::BINARY_OP:
        return -1;
    case Op::MAP_ADD:
    case Op::DELETE_SUBSCR:
    case Op::STORE_ATTR:
        return -2;
    case Op::STORE_SUBSCR:
        return -3;
    case Op::LOAD_BUILD_CLASS:
    case Op::IMPORT_FROM:
    case Op::LOAD_CONST:
    case Op::LOAD_NAME:
    case Op::PUSH_EXC_INFO:
    case Op::WITH_EXCEPT_START:
    case Op::LOAD_FAST:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLASSDEREF:
    case Op::BEFORE_WITH:
    case Op::LOAD_METHOD:
    case Op::LOAD_ASSERTION_ERROR:
    case Op::COPY:
    case Op::PUSH_NULL:
        return 1;
    case Op::UNPACK_SEQUENCE:
        return oparg - 1;
    case Op::UNPACK_EX:
        return (oparg & 0xFF) + (oparg >> 8);
    case Op::FOR_ITER:
        return jump > 0 ? -1 : 1; // -1 when the iterator is exhausted
    case Op::SEND:
        return jump > 0 ? -1 : 0;
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING:
        return 1 - oparg;
    case Op::BUILD_MAP:
        return 1 - 2 * oparg;
    case Op::BUILD_CONST_KEY_MAP:
        return -oparg;
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::JUMP_IF_FALSE_OR_POP:
        return jump ? 0 : -1;
    case Op::LOAD_GLOBAL:
        return (oparg & 1) + 1;
    case Op::SETUP_FINALLY:
        return jump ? 1 : 0; // the handler receives the exception
    case Op::SETUP_CLEANUP:
        return jump ? 2 : 0; // ... and the raising instruction's index
    case Op::SETUP_WITH:
        return jump ? 1 : 0;
    case Op::RAISE_VARARGS:
        return -oparg;
    case Op::PRECALL:
        return -oparg;
    case Op::CALL_FUNCTION_EX:
        return -2 - ((oparg & 0x01) != 0);
    case Op::MAKE_FUNCTION:
        return -((oparg & 0x01) != 0) - ((oparg & 0x02) != 0) - ((oparg & 0x04) != 0) - ((oparg & 0x08) != 0);
    case Op::BUILD_SLICE:
        return oparg == 3 ? -2 : -1;
    case Op::FORMAT_VALUE:
        return (oparg & FVS_HAVE_SPEC) ? -1 : 0;
    }
    return 0;
}

bool is_jump(const Instr& i) {
    switch (i.op) {
    case Op::JUMP:
    case Op::JUMP_NO_INTERRUPT:
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::JUMP_BACKWARD_NO_INTERRUPT:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::FOR_ITER:
    case Op::SEND:
        return true;
    default:
        return false;
    }
}

bool has_arg(Opcode op) {
    switch (op) {
    case Opcode::POP_TOP:
    case Opcode::PUSH_NULL:
    case Opcode::NOP:
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_NOT:
    case Opcode::UNARY_INVERT:
    case Opcode::BINARY_SUBSCR:
    case Opcode::PUSH_EXC_INFO:
    case Opcode::CHECK_EXC_MATCH:
    case Opcode::WITH_EXCEPT_START:
    case Opcode::BEFORE_WITH:
    case Opcode::STORE_SUBSCR:
    case Opcode::DELETE_SUBSCR:
    case Opcode::GET_ITER:
    case Opcode::GET_YIELD_FROM_ITER:
    case Opcode::LOAD_BUILD_CLASS:
    case Opcode::LOAD_ASSERTION_ERROR:
    case Opcode::RETURN_GENERATOR:
    case Opcode::LIST_TO_TUPLE:
    case Opcode::RETURN_VALUE:
    case Opcode::IMPORT_STAR:
    case Opcode::SETUP_ANNOTATIONS:
    case Opcode::YIELD_VALUE:
    case Opcode::POP_EXCEPT:
        return false;
    default:
        return true;
    }
}

} // namespace hs::compiler
