#include "views/core/simulation_document.h"

#include <utility>

#include <QTimer>

#include "engine/modules.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/error_text.h"
#include "views/core/language.h"
#include "views/core/scenario_file.h"

namespace oslens::views {

namespace {
// Steps of checkpoint preparation per idle slice: a few milliseconds, so keys stay instant.
constexpr std::size_t kPrepareStepsPerSlice = 20'000;
}  // namespace

SimulationDocument::SimulationDocument(QObject* parent) : QObject(parent), m_prepareTimer(new QTimer(this)) {
  m_prepareTimer->setInterval(0);
  connect(m_prepareTimer, &QTimer::timeout, this, &SimulationDocument::prepareSlice);
}

void SimulationDocument::prepareSlice() {
  if (!m_simulation || m_simulation->prepareCheckpoints(kPrepareStepsPerSlice)) m_prepareTimer->stop();
}

bool SimulationDocument::checkpointsReady() const { return !m_prepareTimer->isActive(); }
SimulationDocument::~SimulationDocument() = default;

QStringList SimulationDocument::load(const QByteArray& text, const QString& sourcePath) {
  try {
    auto simulation = engine::loadSimulation(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    // The old simulation outlives the signal: the views made for it read it until the handlers
    // have replaced them.
    const auto old = std::exchange(m_simulation, std::move(simulation));
    m_text = text;
    m_sourcePath = sourcePath;
    m_prepareTimer->start();
    emit scenarioLoaded();
    return {};
  } catch (const engine::ScenarioError& e) {
    return ErrorText::describeAll(e.errors());
  } catch (const std::exception& e) {
    return {ErrorText::internalError(QString::fromStdString(e.what()))};
  }
}

QStringList SimulationDocument::loadFile(const QString& path) {
  QString error;
  const auto text = readScenarioBytes(path, error);
  if (!text) return {error};
  return load(*text, path);
}

QString SimulationDocument::title() const {
  if (!m_simulation) return {};
  return typesetChinese(QString::fromStdString(m_simulation->info().title.in(Language::current().toStdString())));
}

QString SimulationDocument::description() const {
  if (!m_simulation) return {};
  return typesetChinese(QString::fromStdString(m_simulation->info().description.in(Language::current().toStdString())));
}

int SimulationDocument::stepCount() const { return m_simulation ? static_cast<int>(m_simulation->stepCount()) : 0; }
int SimulationDocument::position() const { return m_simulation ? static_cast<int>(m_simulation->position()) : 0; }

void SimulationDocument::seek(int step) {
  if (!m_simulation) return;
  const int from = position();
  const int to = std::clamp(step, 0, stepCount());
  if (from == to) return;
  m_simulation->seek(static_cast<size_t>(to));
  emit positionChanged(from, to);
}

void SimulationDocument::stepForward() { seek(position() + 1); }
void SimulationDocument::stepBack() { seek(position() - 1); }
void SimulationDocument::rewind() { seek(0); }
void SimulationDocument::seekToEnd() { seek(stepCount()); }

}  // namespace oslens::views
