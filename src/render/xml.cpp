#include "render/xml.hpp"

#include "yplan/text.hpp"

namespace yplan::render {

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;  // &apos; is not HTML 4; this is both
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
          out += escape_control(std::string_view(&c, 1));
        else
          out += c;
    }
  }
  return out;
}

}  // namespace yplan::render
