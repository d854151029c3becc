#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "engine/core/json_reader.h"

namespace oslens::engine {

// Follows the parser's SAX events and reports a key written twice in one object. JSON allows it and
// the parser keeps the last value, so without this check a teacher's second "frames" would
// silently replace the first. Keeps one small frame per open container, never the whole file.
class DuplicateKeyFinder {
 public:
  explicit DuplicateKeyFinder(ValidationErrors& errors) : m_errors(errors) {}

  void containerOpened(bool isObject);
  void keyRead(const std::string& key);
  void containerClosed();
  void scalarRead();

 private:
  struct Container {
    bool isObject = false;
    std::string segment;             // this container's place in its parent ("frames", "3")
    std::vector<std::string> keys;   // keys seen so far, while the object is small (most are)
    std::unordered_set<std::string> manyKeys;  // all of them once there are many
    std::size_t nextIndex = 0;       // arrays: index of the next element
    std::string currentKey;          // objects: the key whose value comes next
  };

  std::string pointerOf(std::size_t depth) const;  // pointer of m_open[depth - 1], "" for none
  std::string childSegment() const;                 // where a value starting now sits in its parent
  void valueEnded();                                // a value of the current container is complete
  static bool seenBefore(Container& object, const std::string& key);

  ValidationErrors& m_errors;
  std::vector<Container> m_open;
};

}  // namespace oslens::engine
