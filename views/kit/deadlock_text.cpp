#include "views/kit/deadlock_text.h"

#include "views/core/sentences.h"

namespace oslens::views {

using namespace engine::deadlock;

QString DeadlockText::vector(std::span<const Count> counts) {
  QStringList parts;
  for (Count c : counts) parts << QString::number(c);
  return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString DeadlockText::names(const Names& all, const std::vector<ProcessId>& ids) {
  QStringList parts;
  for (ProcessId p : ids) parts << QString::fromStdString(all[p]);
  return listText(parts);
}

QString DeadlockText::sequence(const Names& all, const std::vector<ProcessId>& ids) {
  QStringList parts;
  for (ProcessId p : ids) parts << QString::fromStdString(all[p]);
  return QStringLiteral("⟨") + parts.join(QStringLiteral(", ")) + QStringLiteral("⟩");  // notation: commas
}

QString DeadlockText::examine(const Names& processes, const std::vector<ResourceType>& resources, const QString& demand,
                              const ScanExamine& e) {
  const QString process = QString::fromStdString(processes[e.process]);
  if (!e.exceeds)
    return tr("%1: %2 %3 ≤ Work %4: yes.").arg(process, demand, vector(e.demand), vector(e.work));
  const ResourceId r = *e.exceeds;
  return tr("%1: %2 %3 ≤ Work %4? No: it wants %5 %6, Work has %7.")
      .arg(process, demand, vector(e.demand), vector(e.work))
      .arg(e.demand[r])
      .arg(QString::fromStdString(resources[r].name))
      .arg(e.work[r]);
}

QString DeadlockText::finish(const Names& processes, const ScanFinish& e) {
  return tr("%1 can finish and gives back its allocation %2: Work = %3, Finish[%1] = true.")
      .arg(QString::fromStdString(processes[e.process]), vector(e.allocation), vector(e.work));
}

QString DeadlockText::unnarrated(std::uint64_t count) {
  if (count == 0) return {};
  if (count == 1) return tr("… and 1 more comparison, made but not listed here.");
  return tr("… and %1 more comparisons, made but not listed here.").arg(static_cast<qulonglong>(count));
}

}  // namespace oslens::views
