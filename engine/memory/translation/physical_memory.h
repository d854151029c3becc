#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "engine/memory/translation/address_format.h"

namespace oslens::engine::translation {

// Physical memory, stored sparsely: only the pages something was written to hold bytes, the rest
// reads as zero, so a 52-bit physical space costs nothing. Values of several bytes are
// little-endian (x86-64 entries; OSTEP's one-byte entries have no order).
class PhysicalMemory {
 public:
  explicit PhysicalMemory(std::uint64_t pageSize = 32) : m_pageSize(pageSize) {}

  std::uint64_t pageSize() const { return m_pageSize; }
  // Writes a whole page (`bytes` is page-sized).
  void setPage(std::uint64_t frame, const std::vector<std::uint8_t>& bytes);
  void writeByte(PhysicalAddress address, std::uint8_t value);
  void writeValue(PhysicalAddress address, std::uint64_t value, int bytes);
  std::uint8_t readByte(PhysicalAddress address) const;
  std::uint64_t readValue(PhysicalAddress address, int bytes) const;
  // The frames that hold bytes, in order.
  std::vector<std::uint64_t> storedFrames() const;
  const std::vector<std::uint8_t>* page(std::uint64_t frame) const;
  std::size_t footprintBytes() const { return m_pages.size() * (m_pageSize + 64); }

  bool operator==(const PhysicalMemory&) const = default;

 private:
  std::vector<std::uint8_t>& pageFor(PhysicalAddress address);

  std::uint64_t m_pageSize;
  std::map<std::uint64_t, std::vector<std::uint8_t>> m_pages;
};

}  // namespace oslens::engine::translation
