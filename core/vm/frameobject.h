// Frame objects: the Python-visible view of a frame (tracebacks, sys._getframe()).
#pragma once

#include "vm/frame.h"

namespace hs {

struct FrameObject : Object {
    Frame* f_frame = nullptr;  // the live frame, or owned storage after the frame finished
    Object* f_back = nullptr;
    int f_lineno = 0;          // the line when the frame finished (0 while it runs)
    bool owns_frame = false;
};

extern TypeObject FrameType;

// The FrameObject takes the finished frame's contents over (CPython's take_ownership).
void frame_object_take_ownership(FrameObject* fo, Frame* frame);

} // namespace hs
