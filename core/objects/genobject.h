// Generators: a function's frame embedded in an object, suspended at each `yield`.
// sys.getsizeof(gen) = 112 + 8 * (nlocalsplus + co_stacksize + 7), constant over its life,
// because the frame lives inside the object (CPython 3.11's layout).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"
#include "vm/frame.h"

namespace hs {

enum class GenState : int8_t { Created, Suspended, Executing, Completed, Cleared };

struct GenObject : Object {
    Object* gi_weakreflist = nullptr;
    Object* gi_name = nullptr;
    Object* gi_qualname = nullptr;
    CodeObject* gi_code = nullptr;  // kept after the frame is cleared: it decides the size
    ExcStackItem gi_exc_state;
    GenState gi_frame_state = GenState::Created;
    bool gi_closed_by_error = false;
    Frame gi_iframe;  // variable size: must be last
};

extern TypeObject GenType;

inline bool gen_check(const Object* o) { return o->ob_type == &GenType; }

enum class SendResult { Return, Next, Error };
// Makes a generator from a frame that just ran RETURN_GENERATOR; the frame's contents move in.
Object* gen_new_from_frame(Frame* frame);
// Resumes the generator with `arg` (borrowed; None to start). *result is a new reference.
SendResult gen_send_ex(GenObject* gen, Object* arg, Object** result, bool throwflag);

void init_gen_type();

} // namespace hs
