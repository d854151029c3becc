#pragma once

#include "engine/deadlock/common/deadlock_types.h"

namespace oslens::engine::deadlock {

// {"process": NAME, "vector": [..]}: what the request, release and preempt ops of both modules
// carry. `Kind` only makes each op a type of its own, so that a model's op variant tells them
// apart; what an op does is up to the model.
template <class Kind>
struct ProcessVectorOp {
  ProcessId process = kNoProcess;
  ResourceVector vector;
};

using RequestOp = ProcessVectorOp<struct RequestKind>;
using ReleaseOp = ProcessVectorOp<struct ReleaseKind>;
using PreemptOp = ProcessVectorOp<struct PreemptKind>;
// The argument as read, before it is known which op it belongs to.
using ProcessVector = ProcessVectorOp<void>;

}  // namespace oslens::engine::deadlock
