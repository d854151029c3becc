#include "engine/memory/freelist/freelist_records.h"

#include <cmath>

namespace oslens::engine::freelist {

namespace {
void writeBlocks(JsonOut& out, std::string_view key, const std::vector<Block>& blocks) {
  out.key(key);
  out.beginArray();
  for (const Block& b : blocks) {
    out.beginObject();
    out.field("addr", b.addr);
    out.field("size", b.size);
    out.endObject();
  }
  out.endArray();
}
}  // namespace

double externalFragmentation(const FreelistState& s) {
  const std::uint64_t free = s.freeBytes();
  if (free == 0) return 0.0;
  const double f = 1.0 - static_cast<double>(s.largestFree()) / static_cast<double>(free);
  return std::round(f * 1000.0) / 1000.0;
}

void FreelistReportingModel::writeOp(const State& s, const Op& op, JsonOut& out) {
  out.beginObject();
  if (const auto* m = std::get_if<MallocOp>(&op)) {
    out.key("malloc");
    out.beginObject();
    out.field("bytes", m->bytes);
    out.field("tag", s.tagName(m->tag));
    out.endObject();
  } else if (const auto* r = std::get_if<ReallocOp>(&op)) {
    out.key("realloc");
    out.beginObject();
    out.field("tag", s.tagName(r->tag));
    out.field("bytes", r->bytes);
    out.endObject();
  } else {
    out.field("free", s.tagName(std::get<FreeOp>(op).tag));
  }
  out.endObject();
}

void FreelistReportingModel::writeRecordFields(const State& s, const Op&, const std::vector<Event>& events, JsonOut& out) {
  std::optional<Address> address;
  std::optional<Block> block;
  std::uint64_t searched = 0;
  for (const auto& e : events) {
    if (const auto* a = std::get_if<BlockAllocated>(&e)) address = a->address, block = a->block, searched = a->searched;
    else if (const auto* f = std::get_if<MallocFailed>(&e)) searched = f->searched;
    else if (const auto* r = std::get_if<ResizedInPlace>(&e)) address = r->to.addr + s.config->header, block = r->to, searched = r->searched;
    else if (const auto* m = std::get_if<ChunkRemapped>(&e)) address = m->to.addr + s.config->header, block = m->to;
    else if (const auto* freed = std::get_if<FreeRequested>(&e); freed && !block) block = freed->block;
  }
  out.field("address", address);
  if (block) writeBlock(out, "block", *block);
  else out.field("block", nullptr);
  out.field("searched", searched);
  writeBlocks(out, "free_list", s.heap.freeList);
  out.field("break", s.programBreak());
  writeBlocks(out, "mmapped", s.heap.mapped);
}

OutputJson FreelistReportingModel::summaryJson(const State& s) {
  const HeapConfig& c = *s.config;
  std::uint64_t mappedBytes = 0;
  for (const Block& b : s.heap.mapped) mappedBytes += b.size;
  return OutputJson{{"policy", fitPolicyName(c.policy)},
                    {"order", listOrderName(c.order)},
                    {"coalesce", c.coalesce},
                    {"compat", compatName(c.compat)},
                    {"heap_size", s.heap.heapSize},
                    {"break", s.programBreak()},
                    {"free_bytes", s.freeBytes()},
                    {"largest_free", s.largestFree()},
                    {"free_blocks", s.heap.freeList.size()},
                    {"external_fragmentation", externalFragmentation(s)},
                    {"internal_bytes", s.internalBytes},
                    {"blocks_in_use", s.heap.used.size() + s.heap.mapped.size()},
                    {"mmapped_bytes", mappedBytes},
                    {"mallocs", s.mallocs},
                    {"frees", s.frees},
                    {"failed", s.failed},
                    {"bad_pointers", s.badPointers},
                    {"leaked_bytes", s.leakedBytes()},
                    {"leaked_blocks", s.leaked.size()},
                    {"searched", s.searchedTotal}};
}

}  // namespace oslens::engine::freelist
