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

// Writes to a file-like object as CPython's PyFile_WriteString / PyFile_WriteObject do:
// file.write(str). Return -1 with an exception set on error.
int file_write_text(Object* file, std::string_view text);
int file_write_object(Object* file, Object* o);  // str(o), written (Py_PRINT_RAW)
// file.flush().
int file_flush(Object* file);
// True for heapscope's own sys.stdout / sys.stderr objects.
bool is_std_stream(Object* file);
// What sys.stdout or sys.stderr holds until its buffer is flushed (TextIOWrapper's pending_bytes:
// a str, bytes or a list of them), or nullptr.
Object* std_stream_pending(Object* stream);
// flush_std_files() at exit: heapscope's own streams release the text they hold.
void std_streams_flush();

} // namespace hs
