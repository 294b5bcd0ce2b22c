// The list of builtin types, in the order they are readied: object and type first, since every
// other type's MRO and dict are built from them.
#include "runtime/init_types.h"

namespace hs {

void init_object_and_type_types();
void init_singleton_types();
void init_descr_types();
void init_module_type();
void init_str_type();
void init_dict_type();
void init_tuple_type();
void init_list_type();
void init_int_type();
void init_bool_type();
void init_float_type();
void init_complex_type();
void init_bytes_type();
void init_bytearray_type();
void init_set_type();
void init_exception_types();
void init_super_type();
void init_member_descr_type();
void init_slot_wrapper_types();
void init_traceback_type();
void init_function_types();
void init_code_type();
void init_vm_types();
void init_container_extra_types();
void init_sys_types();
void init_weakref_types();

void init_all_static_types() {
    using Init = void (*)();
    const Init inits[] = {
        init_object_and_type_types, init_singleton_types, init_str_type,       init_dict_type,
        init_tuple_type,            init_list_type,       init_descr_types,    init_module_type,
        init_int_type,              init_bool_type,       init_float_type,     init_complex_type,
        init_bytes_type,            init_bytearray_type,  init_set_type,       init_exception_types,
        init_super_type, init_member_descr_type, init_slot_wrapper_types, init_traceback_type,
        init_function_types, init_code_type, init_vm_types,
        init_container_extra_types, init_sys_types, init_weakref_types,
    };
    for (Init init : inits) init();
}

} // namespace hs
