#include "engine/core/duplicate_key_finder.h"

#include <algorithm>

namespace oslens::engine {

std::string DuplicateKeyFinder::pointerOf(std::size_t depth) const {
  std::string pointer;
  // The outermost container is the document itself: it has no segment of its own.
  for (std::size_t i = 1; i < depth; ++i) pointer = childPointer(pointer, m_open[i].segment);
  return pointer;
}

std::string DuplicateKeyFinder::childSegment() const {
  if (m_open.empty()) return {};
  const Container& parent = m_open.back();
  return parent.isObject ? parent.currentKey : std::to_string(parent.nextIndex);
}

void DuplicateKeyFinder::valueEnded() {
  if (!m_open.empty() && !m_open.back().isObject) ++m_open.back().nextIndex;
}

namespace {
// Past this many keys an object switches from a scan to a hash set, so that a hostile file with a
// million keys in one object costs n, not n^2.
constexpr std::size_t kScanLimit = 16;
}  // namespace

bool DuplicateKeyFinder::seenBefore(Container& object, const std::string& key) {
  if (!object.manyKeys.empty()) return !object.manyKeys.insert(key).second;
  if (std::find(object.keys.begin(), object.keys.end(), key) != object.keys.end()) return true;
  object.keys.push_back(key);
  if (object.keys.size() > kScanLimit) {
    object.manyKeys.insert(object.keys.begin(), object.keys.end());
    object.keys.clear();
  }
  return false;
}

void DuplicateKeyFinder::containerOpened(bool isObject) {
  Container c;
  c.isObject = isObject;
  c.segment = childSegment();
  m_open.push_back(std::move(c));
}

void DuplicateKeyFinder::keyRead(const std::string& key) {
  Container& object = m_open.back();
  object.currentKey = key;
  if (seenBefore(object, key)) m_errors.add(childPointer(pointerOf(m_open.size()), key), ErrorCode::DuplicateKey, {key});
}

void DuplicateKeyFinder::containerClosed() {
  m_open.pop_back();
  valueEnded();
}

void DuplicateKeyFinder::scalarRead() { valueEnded(); }

}  // namespace oslens::engine
