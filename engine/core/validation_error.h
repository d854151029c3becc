#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace oslens::engine {

// What went wrong with a scenario, as data: the engine stays Qt-free, so views/ turns each code
// into a translated sentence, and describe() below gives the English one for the CLI and logs.
enum class ErrorCode {
  FileUnreadable,     // args: path, reason
  FileTooLarge,       // args: size (empty if unknown: a device or pipe went on past the limit), limit
  Syntax,             // args: line, column, detail
  TooDeep,            // args: limit
  TooManyValues,      // args: limit (JSON values in the whole file)
  WrongType,          // args: expected kind ("an integer", ...), found kind
  MissingKey,         // args: key
  UnknownKey,         // args: key, suggestion (may be empty)
  DuplicateKey,       // args: key (written twice in one object)
  OutOfRange,         // args: value, min, max
  TooMany,            // args: count, limit
  UnknownChoice,      // args: value, allowed (comma separated), suggestion (may be empty)
  Conflict,           // args: key, other key (only one of them may be given)
  UnsupportedVersion, // args: version, supported
  TooLong,            // args: length, limit
  NotPowerOfTwo,      // args: value
  UndefinedTag,       // args: tag (an op uses a tag that no earlier op allocates)
  DuplicateName,      // args: name (two zones, caches, ... with one name)
  TotalMismatch,      // args: sum, key, value (parts that must add up to another key's value)
  UnknownName,        // args: name, kind ("task", "process", "resource"): a reference to nothing
  OutOfOrder,         // args: value, previous value (ops at times must go in time order)
  HorizonRequired,    // args: task (it never finishes, so the run needs "until_ns")
  RunTooLong,         // args: limit, unit ("ticks", "steps", "ns", "examinations"): the run would go past a bound
  WrongLength,        // args: length, expected length (a vector needs one count per resource)
  AboveLimit,         // args: value, key, limit (e.g. an allocation above the process's "max")
  OverAllocated,      // args: sum, total (the processes hold more instances than exist)
  Overlap,            // args: name, other name (two regions of one address space share pages)
  NotAligned,         // args: value, alignment (an address that must start a page; entries of a TLB in whole sets)
  WrongByteCount,     // args: count, expected (the bytes of one page, written in hex)
  Requires,           // args: key, key it needs (given without the key that gives it meaning)
  UnknownOp,          // args: the op's key ("" = none), the ops allowed (comma separated), suggestion (may be empty)
  EmptyText,          // args: none (a name, such as a tag, given as "")
  NotWith,            // args: key, its value, other key, the other's value (two settings that do not go together)
  WrongKind,          // args: name, its kind, the kind expected (IPC: "pipe", "fifo", "mq", "msgq", "semaphore", "shm")
  EmptyList,          // args: none (a list that needs at least one entry, such as an explicit schedule)
  NotText,            // args: the first character that is not printable ASCII, as U+XXXX (a pipe's bytes shown one a cell)
};

struct ValidationError {
  std::string pointer;  // JSON pointer of the offending value ("" = the whole document)
  ErrorCode code;
  std::vector<std::string> args;

  bool operator==(const ValidationError&) const = default;
};

// English sentence for one error, without the pointer ("expected an integer, found a string").
std::string describe(const ValidationError& error);
// "pointer: sentence", the way compilers report (pointer "/" for the whole document).
std::string formatError(const ValidationError& error);

// Collects problems in the order they are found; keeps at most kMaxReportedErrors of them and
// counts the rest, so a file with ten million bad ops cannot flood memory.
class ValidationErrors {
 public:
  void add(std::string pointer, ErrorCode code, std::vector<std::string> args = {});
  bool empty() const { return m_errors.empty(); }
  // No more errors will be listed (only counted): callers may skip work spent on wording them.
  bool full() const;
  std::size_t size() const { return m_errors.size(); }
  std::size_t droppedCount() const { return m_dropped; }
  const std::vector<ValidationError>& list() const { return m_errors; }

 private:
  std::vector<ValidationError> m_errors;
  std::size_t m_dropped = 0;
};

// Thrown when a scenario cannot be loaded; carries every problem found.
class ScenarioError : public std::exception {
 public:
  explicit ScenarioError(ValidationErrors errors);
  const ValidationErrors& errors() const { return m_errors; }
  const char* what() const noexcept override { return m_summary.c_str(); }

 private:
  ValidationErrors m_errors;
  std::string m_summary;
};

}  // namespace oslens::engine
