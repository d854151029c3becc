#include "engine/ipc/pipe_ring.h"

#include <algorithm>
#include <bit>

namespace oslens::engine::ipc {

PipeRing::PipeRing(const PipeGeometry& geometry) : m_geometry(geometry) {}

std::size_t PipeRing::slotCount() const {
  if (m_geometry.model != PipeModel::Linux) return 0;
  return static_cast<std::size_t>(m_geometry.capacity / std::max<std::uint64_t>(m_geometry.page, 1));
}

std::uint64_t PipeRing::room(std::uint64_t n, bool mayMerge) const {
  if (m_geometry.model == PipeModel::Bytes) return std::min(n, m_geometry.capacity - m_buffered);
  const std::uint64_t page = m_geometry.page;
  std::uint64_t fits = 0;
  // pipe_write: the part that is not a whole page goes to the end of the last page if it fits
  // there whole ("merge"), tried once at the start of a write.
  const std::uint64_t part = n % page;
  if (mayMerge && part > 0 && !m_slots.empty() && m_slots.back().end + part <= page) fits = part;
  const std::uint64_t freeSlots = slotCount() - m_slots.size();
  return std::min(n, fits + freeSlots * page);
}

void PipeRing::write(std::string_view data, bool mayMerge) {
  m_buffered += data.size();
  if (m_geometry.model == PipeModel::Bytes) {
    m_bytes.append(data);
    return;
  }
  const std::uint64_t page = m_geometry.page;
  const std::uint64_t part = data.size() % page;
  if (mayMerge && part > 0 && !m_slots.empty() && m_slots.back().end + part <= page) {
    m_slots.back().data.append(data.substr(0, part));
    m_slots.back().end += part;
    data.remove_prefix(part);
  }
  // Fresh pages, a page each (offset 0).
  while (!data.empty()) {
    const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(page, data.size()));
    m_slots.push_back({std::string(data.substr(0, take)), take});
    data.remove_prefix(take);
  }
}

std::string PipeRing::read(std::uint64_t n) {
  std::string out;
  m_lastReadWoke = false;
  if (m_geometry.model == PipeModel::Bytes) {
    const bool wasFull = m_buffered == m_geometry.capacity;
    const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(n, m_bytes.size()));
    out = m_bytes.substr(0, take);
    m_bytes.erase(0, take);
    m_lastReadWoke = wasFull && take > 0;
  } else {
    const bool wasFull = m_slots.size() >= slotCount();
    while (out.size() < n && !m_slots.empty()) {
      Slot& slot = m_slots.front();
      const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(n - out.size(), slot.data.size()));
      out.append(slot.data, 0, take);
      slot.data.erase(0, take);
      if (slot.data.empty()) {
        m_slots.pop_front();  // a slot is freed only when read empty
        m_lastReadWoke = m_lastReadWoke || wasFull;
      }
    }
  }
  m_buffered -= out.size();
  m_bytesRead += out.size();
  return out;
}

std::variant<std::uint64_t, Errno> PipeRing::resize(std::uint64_t requested, std::uint64_t maxSize, bool privileged) {
  if (m_geometry.model == PipeModel::Bytes) {
    if (requested == 0) return Errno::Inval;
    if (requested > m_geometry.capacity && requested > maxSize && !privileged) return Errno::Perm;
    if (requested < m_buffered) return Errno::Busy;
    m_geometry.capacity = requested;
    return requested;
  }
  // round_pipe_size: over 2^31 is EINVAL; below a page, a page; else the next power of two.
  if (requested > (std::uint64_t{1} << 31)) return Errno::Inval;
  const std::uint64_t size = std::bit_ceil(std::max(requested, m_geometry.page));
  const std::uint64_t slots = size / m_geometry.page;
  // pipe_set_size: growing past pipe-max-size needs CAP_SYS_RESOURCE.
  if (slots > slotCount() && size > maxSize && !privileged) return Errno::Perm;
  // pipe_resize_ring: the slots in use must fit in the new ring.
  if (slots < m_slots.size()) return Errno::Busy;
  m_geometry.capacity = size;
  return size;
}

std::string PipeRing::contents() const {
  if (m_geometry.model == PipeModel::Bytes) return m_bytes;
  std::string out;
  out.reserve(static_cast<std::size_t>(m_buffered));
  for (const Slot& slot : m_slots) out += slot.data;
  return out;
}

}  // namespace oslens::engine::ipc
