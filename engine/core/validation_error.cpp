#include "engine/core/validation_error.h"

#include "engine/core/limits.h"

namespace oslens::engine {

namespace {
const std::string& arg(const ValidationError& e, std::size_t i) {
  static const std::string kEmpty;
  return i < e.args.size() ? e.args[i] : kEmpty;
}
}  // namespace

std::string describe(const ValidationError& e) {
  switch (e.code) {
    case ErrorCode::FileUnreadable:
      return "cannot read " + arg(e, 0) + ": " + arg(e, 1);
    case ErrorCode::FileTooLarge:
      if (arg(e, 0).empty()) return "the file is larger than the limit of " + arg(e, 1) + " bytes";
      return "the file has " + arg(e, 0) + " bytes; the limit is " + arg(e, 1);
    case ErrorCode::Syntax:
      return "not valid JSON at line " + arg(e, 0) + ", column " + arg(e, 1) + ": " + arg(e, 2);
    case ErrorCode::TooManyValues:
      return "more than " + arg(e, 0) + " JSON values in one file";
    case ErrorCode::TooDeep:
      return "nested deeper than " + arg(e, 0) + " levels";
    case ErrorCode::WrongType:
      return "expected " + arg(e, 0) + ", found " + arg(e, 1);
    case ErrorCode::MissingKey:
      return "missing required key \"" + arg(e, 0) + "\"";
    case ErrorCode::UnknownKey:
      return arg(e, 1).empty() ? "unknown key \"" + arg(e, 0) + "\""
                               : "unknown key \"" + arg(e, 0) + "\" (did you mean \"" + arg(e, 1) + "\"?)";
    case ErrorCode::DuplicateKey:
      return "key \"" + arg(e, 0) + "\" is given twice in this object; only one may stay";
    case ErrorCode::OutOfRange:
      return arg(e, 0) + " is out of range; expected " + arg(e, 1) + " to " + arg(e, 2);
    case ErrorCode::TooMany:
      return arg(e, 0) + " entries; at most " + arg(e, 1) + " are allowed";
    case ErrorCode::UnknownChoice:
      return arg(e, 2).empty() ? "\"" + arg(e, 0) + "\" is not one of: " + arg(e, 1)
                               : "\"" + arg(e, 0) + "\" is not one of: " + arg(e, 1) + " (did you mean \"" + arg(e, 2) + "\"?)";
    case ErrorCode::Conflict:
      return "\"" + arg(e, 0) + "\" and \"" + arg(e, 1) + "\" cannot both be given";
    case ErrorCode::UnsupportedVersion:
      return "format version " + arg(e, 0) + " is not supported; this program reads version " + arg(e, 1);
    case ErrorCode::TooLong:
      return "text of " + arg(e, 0) + " characters; at most " + arg(e, 1) + " are allowed";
    case ErrorCode::NotPowerOfTwo:
      return arg(e, 0) + " is not a power of two";
    case ErrorCode::UndefinedTag:
      return "no earlier op allocates \"" + arg(e, 0) + "\"";
    case ErrorCode::DuplicateName:
      return "the name \"" + arg(e, 0) + "\" is used twice";
    case ErrorCode::TotalMismatch:
      return "these add up to " + arg(e, 0) + ", but \"" + arg(e, 1) + "\" is " + arg(e, 2);
    case ErrorCode::UnknownName:
      return "there is no " + arg(e, 1) + " named \"" + arg(e, 0) + "\"";
    case ErrorCode::OutOfOrder:
      return arg(e, 0) + " comes before the previous op's " + arg(e, 1) + "; ops go in time order";
    case ErrorCode::HorizonRequired:
      return "task \"" + arg(e, 0) + "\" never finishes, so \"until_ns\" is required";
    case ErrorCode::RunTooLong:
      if (arg(e, 1) == "examinations") return "the searches of these ops could examine more than " + arg(e, 0) + " free-list entries; use fewer ops";
      if (arg(e, 1) == "actions") return "the programs could run for more than " + arg(e, 0) + " steps; use shorter programs or fewer repeats";
      if (arg(e, 1) == "bytes") return "the programs could move more than " + arg(e, 0) + " bytes; use fewer or smaller writes and sends";
      if (arg(e, 1) == "ns") return "the run could last past " + arg(e, 0) + " ns; give \"until_ns\" or shorter bursts";
      return "the run would take more than " + arg(e, 0) + " " + arg(e, 1) + "; give a shorter \"until_ns\" or shorter bursts";
    case ErrorCode::WrongLength:
      return "found " + arg(e, 0) + " counts; expected " + arg(e, 1) + ", one per resource in the order of \"resources\"";
    case ErrorCode::AboveLimit:
      return arg(e, 0) + " is above " + arg(e, 2) + ", the most that \"" + arg(e, 1) + "\" allows here";
    case ErrorCode::OverAllocated:
      return "the processes' allocations add up to " + arg(e, 0) + ", more than the total " + arg(e, 1);
    case ErrorCode::Overlap:
      return "\"" + arg(e, 0) + "\" overlaps \"" + arg(e, 1) + "\"";
    case ErrorCode::NotAligned:
      return arg(e, 0) + " is not a multiple of " + arg(e, 1);
    case ErrorCode::WrongByteCount:
      return "found " + arg(e, 0) + " bytes; expected " + arg(e, 1) + ", one page";
    case ErrorCode::Requires:
      return "\"" + arg(e, 0) + "\" needs \"" + arg(e, 1) + "\" to be given";
    case ErrorCode::EmptyText:
      return "empty text; a name needs at least one character";
    case ErrorCode::NotWith:
      return "\"" + arg(e, 0) + "\": \"" + arg(e, 1) + "\" cannot be used with \"" + arg(e, 2) + "\": \"" + arg(e, 3) + "\"";
    case ErrorCode::WrongKind:
      return "\"" + arg(e, 0) + "\" is a " + arg(e, 1) + ", not a " + arg(e, 2);
    case ErrorCode::EmptyList:
      return "empty list; give at least one entry";
    case ErrorCode::NotText:
      return "only printable ASCII text is allowed here (one character a byte); found " + arg(e, 0);
    case ErrorCode::UnknownOp:
      if (arg(e, 0).empty()) return "no op given; expected one of " + arg(e, 1);
      return "unknown op \"" + arg(e, 0) + "\"; expected one of " + arg(e, 1) +
             (arg(e, 2).empty() ? std::string() : " (did you mean \"" + arg(e, 2) + "\"?)");
  }
  return "invalid value";
}

std::string formatError(const ValidationError& e) {
  return (e.pointer.empty() ? std::string("/") : e.pointer) + ": " + describe(e);
}

bool ValidationErrors::full() const { return m_errors.size() >= limits::kMaxReportedErrors; }

void ValidationErrors::add(std::string pointer, ErrorCode code, std::vector<std::string> args) {
  if (m_errors.size() >= limits::kMaxReportedErrors) {
    ++m_dropped;
    return;
  }
  m_errors.push_back({std::move(pointer), code, std::move(args)});
}

ScenarioError::ScenarioError(ValidationErrors errors) : m_errors(std::move(errors)) {
  for (const auto& e : m_errors.list()) m_summary += formatError(e) + "\n";
  if (m_errors.droppedCount() > 0)
    m_summary += "... and " + std::to_string(m_errors.droppedCount()) + " more problems\n";
}

}  // namespace oslens::engine
