#include "views/slab/slab_folding.h"

#include <algorithm>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <variant>

#include "views/slab/slab_layout.h"

namespace oslens::views {

using namespace engine::slab;

SlabFolding::SlabFolding(const SlabState& initial, const std::vector<SlabOp>& ops) {
  // The cache each op is about, from the ops alone: a free names its object's cache through the
  // op that last allocated its tag.
  std::unordered_map<TagId, CacheId> tagCache;
  std::vector<CacheId> about(ops.size(), kNoCache);
  for (std::size_t i = 0; i < ops.size(); ++i) {
    about[i] = std::visit(
        [&](const auto& op) -> CacheId {
          using T = std::decay_t<decltype(op)>;
          if constexpr (std::is_same_v<T, CacheAllocOp>) {
            return tagCache[op.tag] = op.cache;
          } else if constexpr (std::is_same_v<T, KmallocOp>) {
            return tagCache[op.tag] = op.cache;
          } else if constexpr (std::is_same_v<T, CacheFreeOp>) {
            if (op.cache != kNoCache) return op.cache;
            const auto it = tagCache.find(op.tag);
            return it == tagCache.end() ? kNoCache : it->second;
          } else if constexpr (std::is_same_v<T, KfreeOp>) {
            const auto it = tagCache.find(op.tag);
            return it == tagCache.end() ? kNoCache : it->second;
          } else {
            return op.cache;
          }
        },
        ops[i]);
  }

  // Every cache the run can draw: the named ones, and the kmalloc caches an op uses.
  std::set<CacheId> drawn;
  for (CacheId c = 0; c < initial.caches.size(); ++c)
    if (!initial.geometry(c).kmalloc) drawn.insert(c);
  for (CacheId c : about)
    if (c != kNoCache && c < initial.caches.size()) drawn.insert(c);
  qreal full = 0;
  for (CacheId c : drawn) {
    const qreal height = SlabLayout::expandedHeight(initial, c);
    full += height;
    m_room = std::max(m_room, height);
  }
  m_folds = full > kRoomBudget || drawn.size() > SlabLayout::kMaxCaches;
  if (!m_folds) return;

  // An op about no cache keeps the one before; ops before the first about one take the first's.
  m_expanded = about;
  CacheId last = kNoCache;
  for (CacheId& c : m_expanded) c = c == kNoCache ? last : (last = c);
  const auto first = std::find_if(about.begin(), about.end(), [](CacheId c) { return c != kNoCache; });
  const CacheId firstCache = first == about.end() ? kNoCache : *first;
  for (CacheId& c : m_expanded) {
    if (c != kNoCache) break;
    c = firstCache;
  }
}

std::optional<CacheId> SlabFolding::expandedAt(std::size_t position) const {
  if (!m_folds) return std::nullopt;
  if (m_expanded.empty()) return kNoCache;
  return m_expanded[std::min(position == 0 ? 0 : position - 1, m_expanded.size() - 1)];
}

}  // namespace oslens::views
