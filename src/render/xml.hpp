// Text in XML and HTML (JUnit, the HTML page, its SVG charts): one escape
// for every renderer that writes markup. Internal to src/render/.
#pragma once

#include <string>
#include <string_view>

namespace yplan::render {

// & < > " ' as entities, for text and attribute values. Control characters
// other than tab and newline, which XML 1.0 forbids even as references, are
// shown as \xNN (text.hpp's escape_control), never dropped or passed through.
std::string xml_escape(std::string_view s);

}  // namespace yplan::render
