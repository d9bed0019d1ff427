// Internal to the temporal stage: what a rule's pattern becomes in the RE2::Set that finds which
// rules match in a text.
#pragma once
#include <string>
#include <string_view>

namespace biennien::temporal {

// `pattern` (RE2 syntax) without the optional pieces at either end of each of its alternatives,
// looking inside a group that opens or closes an alternative (and inside each alternative of such
// a group): "(?:(?P<part>sáng|chiều) +)?(?P<day>\d{1,2})/(?P<month>\d{1,2})(?: +tới)?" becomes
// "\d{1,2}/\d{1,2}", and "(?:(?:sáng +)?ngày|thứ \d),? +\d" becomes "(?:ngày|thứ \d),? +\d".
//
// The result matches somewhere in a text exactly when `pattern` does (a match of the pattern holds a
// match of the result, and a match of the result is a match of the pattern with those pieces empty),
// so a set of results answers "which rules match here" as a set of the patterns would. It does so
// with far fewer states: "ngày", "sáng" or "thứ" no longer starts a partial match of every rule that
// may begin with them. Flags set mid-pattern ("(?i)"), \Q...\E, and a pattern that does not parse
// are left as they are, as is an alternative whose pieces are all optional.
std::string set_pattern(std::string_view pattern);

}  // namespace biennien::temporal
