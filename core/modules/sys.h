// The sys module, and the text streams behind sys.stdout / sys.stderr.
#pragma once

#include "runtime/object.h"

#include <string>
#include <string_view>
#include <vector>

namespace hs {

// A new sys module (new reference), made once per runtime.
Object* sys_module_create();

// Replaces sys.argv (the command line's script path and arguments). Returns -1 on error.
int sys_set_argv(const std::vector<std::string>& argv);

// sys.<name> of the running program (borrowed), or nullptr (no error set) when sys or the
// attribute is missing.
Object* sys_get_object(std::string_view name);

// Writes to a file-like object: heapscope's own stdout/stderr go straight to the runtime's
// output sinks; anything else gets file.write(str). Return -1 with an exception set on error.
int file_write_text(Object* file, std::string_view text);
int file_write_str(Object* file, Object* str);  // str: a str object (borrowed)
// file.flush() (a no-op for heapscope's own streams).
int file_flush(Object* file);
// True for heapscope's own sys.stdout / sys.stderr objects.
bool is_std_stream(Object* file);
// The runtime sink behind a std stream: writes text (no error possible).
void std_stream_write(Object* stream, std::string_view text);

} // namespace hs
