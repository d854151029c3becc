#pragma once

#include <string>
#include <vector>

#include "engine/ipc/ipc_state.h"

namespace oslens::engine::ipc {

// What must hold after every step (tests check it; empty when all is well):
//  - bytes: written into a pipe = read from it + buffered + lost (a FIFO emptied by its last close);
//  - messages: sent = received + queued, for both kinds of queue;
//  - a semaphore's value = initial + posts - completed waits (POSIX), minus its waiters as well
//    in the textbook definition (their decrements are in it); POSIX never below 0;
//  - a process is in exactly one wait queue if it is blocked, and in none otherwise.
std::vector<std::string> checkIpcInvariants(const IpcState& state);

}  // namespace oslens::engine::ipc
