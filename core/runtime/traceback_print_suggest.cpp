// 3.11's "Did you mean" suggestions (Python/suggestions.c): a Levenshtein distance where a
// case flip costs less than other edits, with CPython's limits on names and candidates.
#include "runtime/traceback_print.h"

#include <algorithm>
#include <cstdint>

namespace hs {

namespace {

constexpr size_t MAX_CANDIDATE_ITEMS = 750;
constexpr size_t MAX_STRING_SIZE = 40;
constexpr size_t MOVE_COST = 2;
constexpr size_t CASE_COST = 1;

size_t substitution_cost(char a, char b) {
    // Characters differing outside the low five bits cannot be a case flip of each other.
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

} // namespace

size_t suggestion_distance(std::string_view a, std::string_view b, size_t max_cost) {
    // Common prefixes and suffixes cost nothing.
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * MOVE_COST;
    if (a.size() > MAX_STRING_SIZE || b.size() > MAX_STRING_SIZE) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);  // the row is as long as the shorter string
    if ((b.size() - a.size()) * MOVE_COST > max_cost) return max_cost + 1;

    size_t row[MAX_STRING_SIZE];
    for (size_t i = 0; i < a.size(); i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < b.size(); bi++) {
        char code = b[bi];
        // distance: cost(b[:bi], a[:i]); result: cost(b[:bi+1], a[:i]).
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < a.size(); i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = row[i];
            size_t insert_delete = std::min(result, distance) + MOVE_COST;
            result = std::min(insert_delete, substitute);
            row[i] = result;
            minimum = std::min(minimum, result);
        }
        // Everything in this row is already too expensive.
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

std::string compute_suggestion(std::string_view name, const std::vector<std::string>& candidates) {
    if (candidates.size() >= MAX_CANDIDATE_ITEMS) return {};
    const std::string* best = nullptr;
    size_t best_distance = SIZE_MAX;
    for (const std::string& item : candidates) {
        if (item == name) continue;
        // No more than a third of the characters should need changing, and a candidate must
        // beat the best one so far.
        size_t max_distance = (name.size() + item.size() + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t d = suggestion_distance(name, item, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = &item;
            best_distance = d;
        }
    }
    return best ? *best : std::string();
}

} // namespace hs
