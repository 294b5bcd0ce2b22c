// A small JSON Schema checker for docs/trace-format.schema.json: the keywords that file uses
// ($ref to #/$defs, type, enum, const, required, properties, items, prefixItems, minItems,
// maxItems, minimum, oneOf, pattern). Returns the first problem found, or "" when the value conforms.
#pragma once

#include "json_value.h"

#include <cmath>
#include <regex>
#include <string>

namespace hs::observe::test {

class SchemaChecker {
public:
    explicit SchemaChecker(const Json& root) : m_root(root) {}

    // Checks `value` against the $defs entry `def`.
    std::string check(const Json& value, const std::string& def) const {
        return check_at(value, m_root["$defs"][def], "$");
    }

private:
    static bool equal(const Json& a, const Json& b) {
        if (a.type != b.type) return false;
        switch (a.type) {
        case Json::Type::Null: return true;
        case Json::Type::Bool: return a.boolean == b.boolean;
        case Json::Type::Number: return a.number == b.number;
        case Json::Type::String: return a.string == b.string;
        case Json::Type::Array:
            if (a.items.size() != b.items.size()) return false;
            for (size_t i = 0; i < a.items.size(); i++)
                if (!equal(a.items[i], b.items[i])) return false;
            return true;
        case Json::Type::Object:
            if (a.keys.size() != b.keys.size()) return false;
            for (size_t i = 0; i < a.keys.size(); i++)
                if (!b.has(a.keys[i]) || !equal(a.items[i], b[a.keys[i]])) return false;
            return true;
        }
        return false;
    }

    static bool has_type(const Json& v, const std::string& type) {
        if (type == "null") return v.type == Json::Type::Null;
        if (type == "boolean") return v.type == Json::Type::Bool;
        if (type == "string") return v.type == Json::Type::String;
        if (type == "array") return v.type == Json::Type::Array;
        if (type == "object") return v.type == Json::Type::Object;
        if (type == "number") return v.type == Json::Type::Number;
        if (type == "integer") return v.type == Json::Type::Number && std::floor(v.number) == v.number;
        return false;
    }

    std::string check_at(const Json& v, const Json& schema, const std::string& where) const {
        if (schema.has("$ref")) {
            const std::string& ref = schema["$ref"].string;
            const std::string prefix = "#/$defs/";
            if (ref.rfind(prefix, 0) != 0) return where + ": unsupported $ref " + ref;
            if (std::string p = check_at(v, m_root["$defs"][ref.substr(prefix.size())], where); !p.empty()) return p;
        }
        if (schema.has("type")) {
            const Json& t = schema["type"];
            bool ok = false;
            if (t.type == Json::Type::String) ok = has_type(v, t.string);
            for (const Json& one : t.items) ok = ok || has_type(v, one.string);
            if (!ok) return where + ": wrong type";
        }
        if (schema.has("const") && !equal(v, schema["const"])) return where + ": not the expected constant";
        if (schema.has("enum")) {
            bool found = false;
            for (const Json& e : schema["enum"].items) found = found || equal(v, e);
            if (!found) return where + ": not one of the allowed values";
        }
        if (schema.has("pattern") && v.type == Json::Type::String &&
            !std::regex_search(v.string, std::regex(schema["pattern"].string)))
            return where + ": does not match its pattern";
        if (schema.has("minimum") && v.type == Json::Type::Number && v.number < schema["minimum"].number)
            return where + ": below the minimum";
        if (v.type == Json::Type::Object) {
            if (schema.has("required")) {
                for (const Json& key : schema["required"].items)
                    if (!v.has(key.string)) return where + ": missing \"" + key.string + "\"";
            }
            if (schema.has("properties")) {
                const Json& properties = schema["properties"];
                for (size_t i = 0; i < properties.keys.size(); i++) {
                    const std::string& key = properties.keys[i];
                    if (!v.has(key)) continue;
                    if (std::string p = check_at(v[key], properties.items[i], where + "." + key); !p.empty()) return p;
                }
            }
        }
        if (v.type == Json::Type::Array) {
            if (schema.has("minItems") && v.items.size() < static_cast<size_t>(schema["minItems"].integer())) return where + ": too few items";
            if (schema.has("maxItems") && v.items.size() > static_cast<size_t>(schema["maxItems"].integer())) return where + ": too many items";
            size_t prefix = 0;
            if (schema.has("prefixItems")) {
                const Json& p = schema["prefixItems"];
                for (; prefix < p.items.size() && prefix < v.items.size(); prefix++) {
                    if (std::string e = check_at(v.items[prefix], p.items[prefix], where + "[" + std::to_string(prefix) + "]"); !e.empty()) return e;
                }
            }
            if (schema.has("items")) {
                for (size_t i = prefix; i < v.items.size(); i++) {
                    if (std::string e = check_at(v.items[i], schema["items"], where + "[" + std::to_string(i) + "]"); !e.empty()) return e;
                }
            }
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            std::string first_problem;
            for (const Json& alt : schema["oneOf"].items) {
                std::string p = check_at(v, alt, where);
                if (p.empty()) matches++;
                else if (first_problem.empty()) first_problem = p;
            }
            if (matches != 1) return where + ": matches " + std::to_string(matches) + " of oneOf (" + first_problem + ")";
        }
        return "";
    }

    const Json& m_root;
};

} // namespace hs::observe::test
