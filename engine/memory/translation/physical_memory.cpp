#include "engine/memory/translation/physical_memory.h"

namespace oslens::engine::translation {

void PhysicalMemory::setPage(std::uint64_t frame, const std::vector<std::uint8_t>& bytes) {
  std::vector<std::uint8_t>& page = m_pages[frame];
  page.assign(m_pageSize, 0);
  for (std::size_t i = 0; i < bytes.size() && i < page.size(); ++i) page[i] = bytes[i];
}

std::vector<std::uint8_t>& PhysicalMemory::pageFor(PhysicalAddress address) {
  std::vector<std::uint8_t>& page = m_pages[address / m_pageSize];
  if (page.empty()) page.assign(m_pageSize, 0);
  return page;
}

void PhysicalMemory::writeByte(PhysicalAddress address, std::uint8_t value) { pageFor(address)[address % m_pageSize] = value; }

void PhysicalMemory::writeValue(PhysicalAddress address, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) writeByte(address + static_cast<std::uint64_t>(i), static_cast<std::uint8_t>(value >> (8 * i)));
}

std::uint8_t PhysicalMemory::readByte(PhysicalAddress address) const {
  const auto it = m_pages.find(address / m_pageSize);
  return it == m_pages.end() ? 0 : it->second[address % m_pageSize];
}

std::uint64_t PhysicalMemory::readValue(PhysicalAddress address, int bytes) const {
  std::uint64_t value = 0;
  for (int i = bytes; i-- > 0;) value = (value << 8) | readByte(address + static_cast<std::uint64_t>(i));
  return value;
}

std::vector<std::uint64_t> PhysicalMemory::storedFrames() const {
  std::vector<std::uint64_t> out;
  for (const auto& [frame, bytes] : m_pages) out.push_back(frame);
  return out;
}

const std::vector<std::uint8_t>* PhysicalMemory::page(std::uint64_t frame) const {
  const auto it = m_pages.find(frame);
  return it == m_pages.end() ? nullptr : &it->second;
}

}  // namespace oslens::engine::translation
