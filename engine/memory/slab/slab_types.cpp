#include "engine/memory/slab/slab_types.h"

#include <algorithm>

namespace oslens::engine::slab {

std::string_view freelistLayoutName(FreelistLayout layout) {
  return layout == FreelistLayout::OnSlab ? "on_slab" : "in_object";
}

std::optional<FreelistLayout> freelistLayoutFromName(std::string_view name) {
  if (name == "in_object") return FreelistLayout::InObject;
  if (name == "on_slab") return FreelistLayout::OnSlab;
  return std::nullopt;
}

std::vector<std::string> freelistLayoutNames() { return {"in_object", "on_slab"}; }

std::string_view colourRuleName(ColourRule rule) { return rule == ColourRule::Classic ? "classic" : "linux"; }

std::optional<ColourRule> colourRuleFromName(std::string_view name) {
  if (name == "linux") return ColourRule::Linux;
  if (name == "classic") return ColourRule::Classic;
  return std::nullopt;
}

std::vector<std::string> colourRuleNames() { return {"linux", "classic"}; }

SlabConstants SlabConstants::of(std::uint32_t pageSize, std::uint32_t kmallocMinSize) {
  SlabConstants c;
  c.pageSize = pageSize;
  c.kmallocMinSize = kmallocMinSize;
  // include/linux/slab.h: SLAB_OBJ_MIN_SIZE (KMALLOC_MIN_SIZE < 16 ? KMALLOC_MIN_SIZE : 16).
  c.objMinSize = std::min<std::uint32_t>(kmallocMinSize, 16);
  // mm/slab.c: FREELIST_BYTE_INDEX (((PAGE_SIZE >> BITS_PER_BYTE) <= SLAB_OBJ_MIN_SIZE) ? 1 : 0):
  // a byte can index every object of a page only if objects are at least PAGE_SIZE / 256 bytes.
  const bool byteIndex = (pageSize >> 8) <= c.objMinSize;
  c.indexBytes = byteIndex ? 1 : 2;
  c.objMaxNum = byteIndex ? 255 : 65535;  // SLAB_OBJ_MAX_NUM
  return c;
}

}  // namespace oslens::engine::slab
