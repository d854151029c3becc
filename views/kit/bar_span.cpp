#include "views/kit/bar_span.h"

namespace oslens::views {

using namespace engine::buddy;

std::vector<BarSpan> BarSpan::fromBlocks(const std::vector<Block>& blocks, std::uint64_t totalPages, double width,
                                         double minWidth) {
  std::vector<BarSpan> out;
  if (totalPages == 0 || blocks.empty()) return out;
  const double pixelsPerPage = width / static_cast<double>(totalPages);
  // A run of narrow blocks being gathered.
  BarSpan run;
  std::uint64_t runFree = 0;
  int runBlocks = 0;
  Block runBlock{};
  auto flush = [&] {
    if (runBlocks == 0) return;
    if (runBlocks == 1) {
      out.push_back({runBlock.pfn, run.pages, runBlock.free ? BarSpan::Kind::Free : BarSpan::Kind::Used,
                     runBlock.free ? 1.0 : 0.0, runBlock.order, 1, {}});
    } else {
      run.blockCount = static_cast<std::uint32_t>(runBlocks);
      run.freeShare = static_cast<double>(runFree) / static_cast<double>(run.pages);
      run.kind = runFree == run.pages ? BarSpan::Kind::Free : runFree == 0 ? BarSpan::Kind::Used : BarSpan::Kind::Mixed;
      // A stretch of all-free (or all-used) small blocks continues the one before it.
      if (run.kind != BarSpan::Kind::Mixed && !out.empty() && out.back().blockCount > 1 && out.back().kind == run.kind &&
          out.back().first + out.back().pages == run.first) {
        out.back().pages += run.pages;
        out.back().blockCount += run.blockCount;
      } else {
        out.push_back(run);
      }
    }
    runBlocks = 0;
    runFree = 0;
  };
  for (const Block& b : blocks) {
    const std::uint64_t pages = std::uint64_t{1} << b.order;
    if (static_cast<double>(pages) * pixelsPerPage >= minWidth) {
      flush();
      out.push_back({b.pfn, pages, b.free ? BarSpan::Kind::Free : BarSpan::Kind::Used, b.free ? 1.0 : 0.0, b.order, 1, {}});
      continue;
    }
    if (runBlocks == 0) {
      run = BarSpan{};
      run.first = b.pfn;
      runBlock = b;
    }
    run.pages = b.pfn + pages - run.first;
    runFree += b.free ? pages : 0;
    ++runBlocks;
    if (static_cast<double>(run.pages) * pixelsPerPage >= minWidth) flush();
  }
  flush();
  return out;
}

}  // namespace oslens::views
