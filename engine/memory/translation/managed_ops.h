#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/memory/translation/managed_memory.h"

// What each op of managed mode does to the state: the kernel's side (mm/memory.c's fault
// handling, kernel/fork.c's dup_mmap, exit_mmap) and the MMU's (the TLB, the walk).
namespace oslens::engine::translation {

// The state before the first op: `processes` with their regions, no page mapped yet; each has its
// top table (one frame each) and the first is running.
ManagedState initialManagedState(const ManagedConfig& config, std::vector<Process> processes);

// A read or write of `va` by `process` (a switch first if another process runs). A fault is
// handled in the same step: the page is mapped (zero-filled, or read back from swap), a
// copy-on-write page copied or reused, or the process killed (SIGSEGV) for an address outside its
// regions or against their permissions. A faulting step has no physical address (the instruction
// runs again afterwards and finds the page).
AccessOutcome access(ManagedState& state, ProcessIndex process, VirtualAddress va, bool write);
// The child gets a copy of the parent's tables; private writable pages become read-only in both
// and their frames are shared (copy-on-write); the parent's TLB entries are flushed.
ForkOutcome fork(ManagedState& state, ProcessIndex parent, const std::string& childName);
// Every frame and swap slot of the process is given back (shared ones when their last user goes).
ExitOutcome exitProcess(ManagedState& state, ProcessIndex process);
// mmap: the region joins the process's (the reader checked it overlaps none).
void mapRegion(ManagedState& state, ProcessIndex process, Region region);
// munmap: the region's pages and the region go; returns what was freed. Nothing when the process
// has no region of that name (a fork's child may have unmapped its copy already).
UnmapOutcome unmapRegion(ManagedState& state, ProcessIndex process, const std::string& name);

// CR3 changes: the TLB is flushed unless entries carry ASIDs; returns the entries flushed.
std::size_t switchTo(ManagedState& state, ProcessIndex process);

// Bytes of one entry of a table at `level`: a table fills its frame (OSTEP's 32 one-byte entries in
// a 32-byte page, x86-64's 512 eight-byte entries in 4 KiB), at most 8.
int managedEntryBytes(const AddressFormat& format, int level);

// Entry `index` of table `table` of `process` as the MMU reads it: x86-64's layout (P bit 0, R/W 1,
// U/S 2, A 5, D 6, the frame from bit 12), whatever the entry's width in its table; a page swapped
// out keeps its slot from bit 12 with P clear and bit 9 (one x86-64 leaves to software) set.
std::uint64_t managedEntryValue(const ManagedState& state, ProcessIndex process, std::size_t table, std::size_t index);
// The index in `process`'s tables of the table in `frame`, if it has one there.
std::optional<std::size_t> tableInFrame(const ManagedState& state, ProcessIndex process, FrameNumber frame);

// Every broken rule, in words; empty when the state is consistent.
std::vector<std::string> managedInvariantProblems(const ManagedState& state);

}  // namespace oslens::engine::translation
