#include "views/translation/step_changes.h"

#include "engine/core/overloaded.h"

namespace oslens::views {

using namespace engine::translation;

StepChanges StepChanges::of(const TranslationSimulation& simulation) {
  StepChanges t;
  for (const TranslationEvent& event : simulation.timeline().lastEvents())
    std::visit(engine::Overloaded{
                   [&](const TableAllocated& e) { t.frames.insert(e.frame); },
                   [&](const PageMapped& e) {
                     t.frames.insert(e.frame);
                     if (e.slot) t.swapSlots.insert(*e.slot);
                   },
                   [&](const PageEvicted& e) {
                     t.frames.insert(e.frame);
                     if (e.slot) t.swapSlots.insert(*e.slot);
                   },
                   [&](const CowResolved& e) {
                     t.frames.insert(e.from);
                     t.frames.insert(e.to);
                   },
                   [&](const Translated& e) {
                     if (e.frame) t.frames.insert(*e.frame);
                   },
                   [&](const TlbLookedUp& e) {
                     t.set = e.set;
                     if (e.slot) t.slot = e.slot;
                   },
                   [&](const TlbFilled& e) { t.slot = e.slot; },
                   [](const auto&) {},
               },
               event);
  return t;
}

}  // namespace oslens::views
