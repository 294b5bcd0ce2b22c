// The bridge between type slots and dunder methods (CPython's slotdefs):
//  - add_slot_wrappers(): a builtin type's slots appear as methods in its dict (`int.__add__`,
//    `object.__repr__`, `list.__len__`), so Python code can call them and super() finds them;
//  - update_slots_from_dict(): a class's dunder methods fill its slots (`def __add__` makes
//    nb_binary[NB_ADD] call it), so the VM's generic operations reach Python code.
#pragma once

#include "runtime/typeobject.h"

namespace hs {

int add_slot_wrappers(TypeObject* type);
int update_slots_from_dict(TypeObject* type);
// After `C.__add__ = f` on a class: re-derives the slots that this name controls.
int update_slot_for_name(TypeObject* type, Object* name);

} // namespace hs
