#include "compiler/opcodes.h"

namespace hs::compiler {

std::string_view opcode_name(Opcode op) {
    static constexpr std::string_view names[] = {
#define HS_OPCODE_NAME(name) #name,
        HS_OPCODES(HS_OPCODE_NAME)
#undef HS_OPCODE_NAME
    };
    return names[static_cast<size_t>(op)];
}

} // namespace hs::compiler
