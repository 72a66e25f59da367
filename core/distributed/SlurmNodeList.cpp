#include "core/distributed/SlurmNodeList.h"

#include "core/util/InputError.h"

#include <cctype>

namespace crossseg {
namespace {

constexpr std::size_t kMaximumHosts = 1000000;

[[noreturn]] void malformed(const std::string& list, const std::string& why) {
    throw InputError("SLURM_JOB_NODELIST '" + list + "' is not a Slurm host list: " + why);
}

// Splits at commas outside brackets: "a[1,2],b" -> "a[1,2]", "b".
std::vector<std::string> topLevelItems(const std::string& list) {
    std::vector<std::string> items;
    std::string current;
    int depth = 0;
    for (char c : list) {
        if (c == '[') ++depth;
        if (c == ']') --depth;
        if (depth < 0) malformed(list, "']' without '['");
        if (c == ',' && depth == 0) {
            items.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (depth != 0) malformed(list, "'[' without ']'");
    items.push_back(current);
    return items;
}

unsigned long long number(const std::string& text, const std::string& list) {
    if (text.empty() || text.size() > 18) malformed(list, "'" + text + "' is not a host number");
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) malformed(list, "'" + text + "' is not a host number");
    return std::stoull(text);
}

std::string padded(unsigned long long value, std::size_t width) {
    std::string text = std::to_string(value);
    if (text.size() < width) text.insert(0, width - text.size(), '0');
    return text;
}

// The numbers inside one pair of brackets: "01-04,07" -> 01 02 03 04 07.
std::vector<std::string> bracketValues(const std::string& inside, const std::string& list) {
    std::vector<std::string> values;
    std::size_t start = 0;
    while (start <= inside.size()) {
        const std::size_t comma = inside.find(',', start);
        const std::string range = inside.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const std::size_t dash = range.find('-');
        if (dash == std::string::npos) {
            number(range, list);
            values.push_back(range);
        } else {
            const std::string low = range.substr(0, dash), high = range.substr(dash + 1);
            const unsigned long long from = number(low, list), to = number(high, list);
            if (to < from) malformed(list, "range '" + range + "' runs backwards");
            if (to - from >= kMaximumHosts) malformed(list, "range '" + range + "' is too long");
            for (unsigned long long v = from; v <= to; ++v) values.push_back(padded(v, low.size()));
        }
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return values;
}

// One host pattern with any number of bracket groups ("rack[1-2]-n[01-02]"), expanded left to right.
void expandPattern(const std::string& pattern, const std::string& list, std::vector<std::string>& out) {
    const std::size_t open = pattern.find('[');
    if (open == std::string::npos) {
        if (pattern.find(']') != std::string::npos) malformed(list, "']' without '['");
        out.push_back(pattern);
        return;
    }
    const std::size_t close = pattern.find(']', open);
    if (close == std::string::npos) malformed(list, "'[' without ']'");
    const std::string inside = pattern.substr(open + 1, close - open - 1);
    if (inside.find('[') != std::string::npos) malformed(list, "nested brackets");
    const std::string prefix = pattern.substr(0, open), rest = pattern.substr(close + 1);
    for (const std::string& value : bracketValues(inside, list)) {
        expandPattern(prefix + value + rest, list, out);
        if (out.size() > kMaximumHosts) malformed(list, "more than a million hosts");
    }
}

} // namespace

std::vector<std::string> SlurmNodeList::expand(const std::string& list) {
    std::vector<std::string> hosts;
    for (const std::string& item : topLevelItems(list)) {
        if (item.empty()) malformed(list, "an empty host name");
        expandPattern(item, list, hosts);
    }
    return hosts;
}

std::string SlurmNodeList::first(const std::string& list) {
    // Only the first item needs expanding; its first host is the list's first.
    const std::vector<std::string> items = topLevelItems(list);
    if (items.front().empty()) malformed(list, "an empty host name");
    std::vector<std::string> hosts;
    expandPattern(items.front(), list, hosts);
    return hosts.front();
}

} // namespace crossseg
