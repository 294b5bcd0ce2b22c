// The text CPython 3.11 prints for an uncaught exception (PyErr_Display): the traceback with
// source lines and carets, chained exceptions, the "Type: message" line with its "Did you
// mean" suggestion, notes, and the SyntaxError location block.
//
// The traceback part works on plain TracebackEntry values (filled from traceback objects by
// objects/tracebackobject.cpp) so that it can be tested with hand-made entries.
#pragma once

#include "runtime/object.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

// One frame of a traceback, as tb_displayline sees it.
struct TracebackEntry {
    std::string filename;  // co_filename
    std::string name;      // co_name
    int lineno = -1;       // tb_lineno
    // The failing instruction's source span (co_positions): 1-based lines, 0-based columns in
    // UTF-8 bytes. -1 when unknown (then no carets are printed).
    int start_line = -1;
    int end_line = -1;
    int start_col = -1;
    int end_col = -1;
};

// Fetches line `lineno` (1-based) of a file, without its line ending. False when the source is
// not available (CPython prints no source line then).
using SourceLineFn = std::function<bool(std::string_view filename, int lineno, std::string& line)>;

// The source lines of the running program (rt().script_path / rt().source). Names such as
// "<string>" have no source, as in CPython.
bool runtime_source_line(std::string_view filename, int lineno, std::string& line);
// Line `lineno` of `source`, split as Python's universal newlines do ("\n", "\r\n", "\r").
bool source_line_of(std::string_view source, int lineno, std::string& line);

// tb_displayline: `  File "...", line N, in name`, the stripped source line, and the caret
// line when CPython prints one.
std::string format_traceback_entry(const TracebackEntry& entry, const SourceLineFn& source);
// tb_printinternal: every entry, outermost first, with "[Previous line repeated N more times]"
// after three identical ones. No header.
std::string format_traceback_entries(const std::vector<TracebackEntry>& entries, const SourceLineFn& source);

// The caret line for `line` (the full source line) and an instruction span on it, in UTF-8
// bytes, or "" when CPython prints none. `multiline` when the span ends on a later line.
std::string format_caret_line(std::string_view line, int start_col, int end_col, bool multiline);

// The location block of a SyntaxError (print_exception_file_and_line/print_error_text):
// `  File "p.py", line 3`, then the stripped text and a caret line. Offsets are 1-based as in
// SyntaxError.offset/.end_offset; -1 when None. `text` may be nullptr (no source line).
std::string format_syntax_error_location(std::string_view filename, ssize_t lineno, ssize_t offset,
                                         ssize_t end_lineno, ssize_t end_offset, const std::string* text);

// 3.11's suggestion algorithm (Python/suggestions.c): the candidate closest to `name` by its
// weighted Levenshtein distance, or "" when none is close enough (or there are 750+ candidates).
std::string compute_suggestion(std::string_view name, const std::vector<std::string>& candidates);
// The distance itself (costs: 2 per move, 1 for a case flip); > max_cost means "too far".
size_t suggestion_distance(std::string_view a, std::string_view b, size_t max_cost);

// What PyErr_Display writes for the exception instance `exc` (chained exceptions first).
// Never fails; errors raised while formatting are cleared, as CPython does. Uses `source` for
// source lines (runtime_source_line when empty).
std::string format_exception(Object* exc, const SourceLineFn& source = {});
// What the default sys.unraisablehook writes for `exc` ("Exception ignored in: ..."): its
// traceback and its type and message only, without chained exceptions, notes or suggestions.
std::string format_unraisable_exception(Object* exc);

} // namespace hs
