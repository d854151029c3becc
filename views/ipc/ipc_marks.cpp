#include "views/ipc/ipc_canvas.h"

#include <QFontMetricsF>

#include "engine/core/overloaded.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/view_palette.h"
#include "views/ipc/ipc_narrator.h"

namespace oslens::views {

using namespace engine::ipc;

QFont IpcCanvas::font(qreal points, bool bold) const { return ViewPalette::font(std::max(points, floorPoints), bold); }

QGraphicsSimpleTextItem* IpcCanvas::text(const QString& t, qreal points, bool bold, const QColor& colour, QPointF pos) {
  auto* item = keep(scene.addSimpleText(typesetChinese(t), font(points, bold)));
  item->setBrush(colour);
  item->setPos(pos);
  item->setZValue(3);
  return item;
}

QString IpcCanvas::elided(const QString& text, const QFont& font, qreal width) {
  return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

// The words of each mark are the narration's, shortened to what fits on a lane.
IpcMarks ipcMarks(const IpcBeat& beat) {
  IpcMarks out;
  const IpcState& s = *beat.state;
  out.processes.assign(s.processes.size(), std::nullopt);
  out.objects.assign(s.objects.size(), std::nullopt);
  if (!beat.outcome || !beat.events || !beat.actor || !beat.ranPc) return out;
  const ProcessId actor = *beat.actor;
  const auto& program = s.setup->processes[actor].program;
  const Action* action = *beat.ranPc < program.size() ? &program[*beat.ranPc] : nullptr;
  const auto object = action ? engine::ipc::objectOf(*action) : std::nullopt;
  const auto onActor = [&](QString text, bool fault) { out.processes[actor] = IpcMarks::OnProcess{{std::move(text), fault}, *beat.ranPc}; };
  for (const IpcEvent& e : *beat.events) {
    std::visit(engine::Overloaded{
                   [&](const CallBlocked& b) {
                     if (b.process == actor) onActor(IpcNarrator::tr("blocked"), false);
                   },
                   [&](const CallFailed& f) {
                     const QString name = QString::fromLatin1(errnoName(f.error).data());
                     if (f.process == actor) {
                       onActor(QStringLiteral("✗ %1").arg(name), true);
                       if (object) out.objects[*object] = IpcMark{QStringLiteral("✗ %1").arg(name), true};
                     } else {
                       out.processes[f.process] = IpcMarks::OnProcess{{QStringLiteral("✗ %1").arg(name), true}, s.processes[f.process].pc};
                     }
                   },
                   [&](const SigpipeSent& sig) {
                     const auto& p = s.setup->processes[sig.process].program;
                     std::size_t pc = sig.process == actor ? *beat.ranPc : s.processes[sig.process].pc;
                     if (const auto* w = pc < p.size() ? std::get_if<WriteAction>(&p[pc]) : nullptr)
                       out.objects[w->pipe] = IpcMark{IpcNarrator::tr("no reader: SIGPIPE"), true};
                     out.processes[sig.process] = IpcMarks::OnProcess{{QStringLiteral("✗ SIGPIPE"), true}, pc};
                   },
                   [&](const CallCompleted& c) {
                     const auto& p = s.setup->processes[c.process].program;
                     const Action* a = c.pc < p.size() ? &p[c.pc] : nullptr;
                     if (c.woken) {
                       if (!out.processes[c.process]) out.processes[c.process] = IpcMarks::OnProcess{{IpcNarrator::tr("↻ woken"), false}, c.pc};
                       if (const auto* r = a ? std::get_if<ReadAction>(a) : nullptr; r && c.returned == 0)
                         out.objects[r->pipe] = IpcMark{IpcNarrator::tr("EOF: no writer left"), false};
                       return;
                     }
                     if (c.process != actor || !a) return;
                     QString text = QStringLiteral("✓");
                     if (const auto* r = std::get_if<ReadAction>(a)) {
                       if (c.returned == 0 && r->bytes > 0) {
                         text = IpcNarrator::tr("EOF: 0");
                         out.objects[r->pipe] = IpcMark{IpcNarrator::tr("EOF: no writer left"), false};
                       } else {
                         text = QStringLiteral("= %1").arg(c.returned);
                       }
                     } else if (std::holds_alternative<WriteAction>(*a) || std::holds_alternative<SetSizeAction>(*a) ||
                                std::holds_alternative<LoadAction>(*a) || std::holds_alternative<AddAction>(*a) ||
                                std::holds_alternative<StoreAction>(*a)) {
                       text = QStringLiteral("= %1").arg(c.returned);
                     } else if (std::holds_alternative<MqReceiveAction>(*a) || std::holds_alternative<MsgReceiveAction>(*a)) {
                       text = QStringLiteral("= %1").arg(IpcNarrator::quoted(c.data, 8));
                     }
                     onActor(text, false);
                   },
                   [&](const auto&) {}},
               e);
  }
  return out;
}

}  // namespace oslens::views
