// The layers' shape (docs/architecture.md, "Layers"), checked on the source text: the cores and
// the shared view pieces that every module builds on never reach into a module's folder (only the
// composition roots, engine/modules.cpp and views/modules.cpp, name every module), and the engine
// never includes Qt.
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

const fs::path kRoot(OSLENS_SOURCE_DIR);

struct Include {
  fs::path file;
  int line = 0;
  std::string target;
};

// Every #include in the .h and .cpp files below `folder`.
std::vector<Include> includesBelow(const fs::path& folder) {
  static const std::regex kInclude(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  std::vector<Include> out;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    const auto extension = entry.path().extension();
    if (extension != ".h" && extension != ".cpp") continue;
    std::ifstream in(entry.path());
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
      std::smatch match;
      if (std::regex_search(text, match, kInclude)) out.push_back({entry.path(), line, match[1]});
    }
  }
  return out;
}

// "engine/memory/paging/x.h" -> "memory"; "views/core/x.h" -> "core"; other includes -> "".
std::string folderUnder(const std::string& layer, const std::string& include) {
  if (!include.starts_with(layer + "/")) return {};
  const auto rest = include.substr(layer.size() + 1);
  const auto slash = rest.find('/');
  return slash == std::string::npos ? std::string() : rest.substr(0, slash);
}

// The includes below `folder` that name a folder of engine/ or views/ other than the allowed ones.
std::vector<std::string> moduleIncludes(const fs::path& folder, const std::vector<std::string>& allowedFolders) {
  std::vector<std::string> out;
  for (const auto& include : includesBelow(folder)) {
    for (const std::string layer : {"engine", "views"}) {
      const auto sub = folderUnder(layer, include.target);
      if (sub.empty()) continue;
      if (std::find(allowedFolders.begin(), allowedFolders.end(), layer + "/" + sub) == allowedFolders.end())
        out.push_back(fs::relative(include.file, kRoot).string() + ":" + std::to_string(include.line) + " includes " +
                      include.target);
    }
  }
  return out;
}

TEST(Layering, EngineCoreIncludesNoModuleFolder) {
  const auto found = moduleIncludes(kRoot / "engine" / "core", {"engine/core"});
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST(Layering, ViewsCoreIncludesNoModuleFolder) {
  const auto found = moduleIncludes(kRoot / "views" / "core", {"engine/core", "views/core"});
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

// The shared view pieces (views/kit) serve every module, so they name none of the modules' views;
// they may draw the engine's shared domains (a process's states, a memory map, a scan).
TEST(Layering, ViewsKitIncludesNoModuleView) {
  std::vector<std::string> found;
  for (const auto& include : includesBelow(kRoot / "views" / "kit")) {
    const auto sub = folderUnder("views", include.target);
    if (!sub.empty() && sub != "core" && sub != "kit")
      found.push_back(fs::relative(include.file, kRoot).string() + ":" + std::to_string(include.line) + " includes " +
                      include.target);
  }
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST(Layering, TheEngineIncludesNoQt) {
  std::vector<std::string> found;
  for (const auto& include : includesBelow(kRoot / "engine"))
    if (include.target.starts_with("Q") || include.target.starts_with("qt"))
      found.push_back(fs::relative(include.file, kRoot).string() + ":" + std::to_string(include.line));
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

// The checker itself: a core file that reached into a module would be caught.
TEST(Layering, AModuleIncludeIsRecognised) {
  EXPECT_EQ(folderUnder("engine", "engine/memory/paging/paging_model.h"), "memory");
  EXPECT_EQ(folderUnder("views", "views/core/module_view.h"), "core");
  EXPECT_EQ(folderUnder("views", "views/modules.h"), "");
  EXPECT_EQ(folderUnder("engine", "QString"), "");
}

}  // namespace
