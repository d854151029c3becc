#include "views/core/narrator.h"

#include "views/core/chinese_typesetting.h"
#include "views/modules.h"

namespace oslens::views {

// Every sentence leaves here typeset (views/core/chinese_typesetting.h): a narrator puts names
// and phrases into its translations with %1, and only the finished sentence can say whether a
// space belongs beside them. English passes through unchanged.
namespace {
QStringList typeset(QStringList sentences) {
  for (QString& sentence : sentences) sentence = typesetChinese(sentence);
  return sentences;
}
}  // namespace

QStringList narrateCurrentStep(const engine::Simulation& simulation) {
  const auto* presenter = presenterFor(simulation.module());
  return presenter ? typeset(presenter->narrateCurrentStep(simulation)) : QStringList();
}

std::vector<QStringList> narrateSteps(const engine::Simulation& simulation, std::size_t first, std::size_t last) {
  const auto* presenter = presenterFor(simulation.module());
  if (!presenter) return {};
  std::vector<QStringList> steps = presenter->narrateSteps(simulation, first, last);
  for (QStringList& sentences : steps) sentences = typeset(std::move(sentences));
  return steps;
}

QString summarizeSimulation(const engine::Simulation& simulation) {
  const auto* presenter = presenterFor(simulation.module());
  return presenter ? typesetChinese(presenter->summarize(simulation)) : QString();
}

}  // namespace oslens::views
