// The object header and reference counting: CPython 3.11's model.
//
// Every Python value is an Object: a reference count (`ob_refcnt`) and a type. An object is
// destroyed the moment its count reaches zero (its type's tp_dealloc runs at once). Container
// types also carry a GCHeader placed in memory *before* the Object (see runtime/gc.h), exactly
// where CPython puts PyGC_Head, so the cyclic collector can walk them.
//
// Error convention (CPython's): a function returning Object* returns a NEW reference, or
// nullptr with an exception set in the runtime (runtime/errors.h). Functions that return int
// return -1 on error. Arguments are borrowed unless a comment says "steals".
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace hs {

using ssize_t = std::ptrdiff_t;

struct TypeObject;

struct Object {
    ssize_t ob_refcnt;
    TypeObject* ob_type;
};

// Objects with a variable number of items (tuple, int digits, ...).
struct VarObject : Object {
    ssize_t ob_size;
};

void dealloc(Object* o);  // runs o's tp_dealloc; only decref() calls it

inline void incref(Object* o) { ++o->ob_refcnt; }
inline void xincref(Object* o) { if (o) ++o->ob_refcnt; }
inline void decref(Object* o) {
    if (--o->ob_refcnt == 0) dealloc(o);
}
inline void xdecref(Object* o) { if (o) decref(o); }
// Returns a new reference to o.
template <typename T> inline T* newref(T* o) { incref(o); return o; }
template <typename T> inline T* xnewref(T* o) { xincref(o); return o; }
// Sets *slot to value (stolen), releasing the old value after the store, as Py_SETREF does.
template <typename T, typename U> inline void setref(T*& slot, U* value) {
    T* old = slot;
    slot = value;
    xdecref(old);
}
template <typename T> inline void clear_ref(T*& slot) {
    T* old = slot;
    slot = nullptr;
    xdecref(old);
}

inline TypeObject* type_of(const Object* o) { return o->ob_type; }

// The count of statically allocated objects (None, small ints, builtin types, shared names...):
// beyond what any program's increfs and decrefs can reach, on 32-bit targets too, so they are
// never freed. CPython's own counts of these depend on its start-up (docs/differences.md).
inline constexpr ssize_t IMMORTAL_REFCNT = ssize_t(1) << (sizeof(ssize_t) * 8 - 3);

// An owned (strong) reference that is released when it goes out of scope. Used in C++ code
// where several early returns would otherwise each need their own decref.
class Ref {
public:
    Ref() = default;
    // Takes ownership of a new reference (may be null, e.g. an error return).
    explicit Ref(Object* owned) : m_ptr(owned) {}
    static Ref borrowed(Object* o) { xincref(o); return Ref(o); }
    Ref(const Ref&) = delete;
    Ref& operator=(const Ref&) = delete;
    Ref(Ref&& other) noexcept : m_ptr(other.m_ptr) { other.m_ptr = nullptr; }
    Ref& operator=(Ref&& other) noexcept {
        if (this != &other) {
            Object* old = m_ptr;
            m_ptr = other.m_ptr;
            other.m_ptr = nullptr;
            xdecref(old);
        }
        return *this;
    }
    ~Ref() { xdecref(m_ptr); }

    Object* get() const { return m_ptr; }
    template <typename T> T* as() const { return static_cast<T*>(m_ptr); }
    Object* operator->() const { return m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    // Gives up ownership: the caller now owns the reference.
    Object* release() { return std::exchange(m_ptr, nullptr); }
    void reset(Object* owned = nullptr) { Object* old = std::exchange(m_ptr, owned); xdecref(old); }
    // For out-parameters that receive a new reference: `f(&ref.reset_out())`-style calls.
    Object*& reset_out() { reset(); return m_ptr; }

private:
    Object* m_ptr = nullptr;
};

// The singletons. They are statically allocated and never freed.
extern Object NoneObject;
extern Object NotImplementedObject;
extern Object EllipsisObject;
inline Object* None() { return &NoneObject; }
inline Object* NotImplemented() { return &NotImplementedObject; }
inline Object* Ellipsis() { return &EllipsisObject; }
inline Object* new_none() { return newref(&NoneObject); }

// Rich comparison operators, with CPython's values.
enum CompareOp : int { Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5 };

} // namespace hs
