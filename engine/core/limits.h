#pragma once

#include <cstddef>
#include <cstdint>

// Every size read from a scenario is bounded, so that a file can never make the program allocate
// without limit. The bounds are documented in docs/scenarios.md ("Limits"); keep the two in step.
namespace oslens::engine::limits {

inline constexpr std::size_t kMaxScenarioFileBytes = 128u * 1024u * 1024u;  // 128 MiB
inline constexpr std::size_t kMaxJsonDepth = 64;
// JSON values of any kind in one file, counted while parsing so that an oversized file stops
// before it is all in memory (a parsed value costs 16 bytes and more). 10^7 references written as
// "refs" fit; ops written as objects ({"access": 7, "write": true}, three values) reach about four
// million, which is also about what 128 MiB of such text holds.
inline constexpr std::size_t kMaxJsonValues = 12'000'000;
inline constexpr std::size_t kMaxOps = 10'000'000;         // 10^7 operations per scenario
inline constexpr std::size_t kMaxTextLength = 4096;        // characters in titles, descriptions, names
inline constexpr std::size_t kMaxReportedErrors = 100;     // validation stops listing after this

inline constexpr std::uint32_t kMaxFrames = 1u << 20;      // physical frames in a paging scenario
inline constexpr std::int64_t kMaxPageNumber = (std::int64_t{1} << 32) - 1;

// The buddy and slab allocators: 2^20 pages is 4 GiB of 4 KiB pages; one state then takes about
// 12 MiB, so the timeline still keeps 20 checkpoints within its budget.
inline constexpr std::uint32_t kMaxBuddyPages = 1u << 20;
inline constexpr int kMaxBuddyOrders = 21;                 // max_order: orders 0..20 (2^20 pages)
inline constexpr std::uint32_t kMinPageSize = 512;
inline constexpr std::uint32_t kMaxPageSize = 1u << 20;
inline constexpr std::size_t kMaxZones = 4;                // DMA, DMA32, Normal, HighMem

// The slab allocator: caches a scenario names (kmalloc's own come on top, at most 26), and the
// largest object a cache may hold.
inline constexpr std::size_t kMaxSlabCaches = 64;
inline constexpr std::uint32_t kMaxSlabObjectSize = 1u << 30;

// The schedulers (cfs, sched). A run is simulated once at load time to find its steps, so its
// length is bounded both in scheduling steps and in timer ticks (a tick that changes nothing is
// no step, but it is still simulated). 10^15 ns is about 11.6 days: sums of durations stay far
// from overflowing 64 bits even in vruntime, which runs up to 88761/15 times slower or faster.
inline constexpr std::size_t kMaxSchedTasks = 4096;        // tasks given plus tasks spawned
inline constexpr std::size_t kMaxBurstsPerTask = 100'000;
inline constexpr std::size_t kMaxBursts = 1'000'000;       // all tasks together
inline constexpr std::int64_t kMaxDurationNs = 1'000'000'000'000'000;  // 10^15 ns
inline constexpr std::uint64_t kMaxSchedTicks = 100'000'000;           // 10^8 ticks
inline constexpr std::size_t kMaxSchedSteps = kMaxOps;

// Deadlock avoidance and detection (banker, deadlock). Sums of 4096 counts of 10^9 stay far from
// overflowing 64 bits. Listing every safe sequence (n! of them at most) stops after trying
// kSafeSequenceSearchBudget candidate processes tried; records list at most kMaxListedSafeSequences.
inline constexpr std::size_t kMaxDeadlockProcesses = 4096;
inline constexpr std::size_t kMaxDeadlockResources = 64;
inline constexpr std::int64_t kMaxResourceInstances = 1'000'000'000;
inline constexpr std::uint64_t kSafeSequenceSearchBudget = 200'000;
inline constexpr std::size_t kMaxListedSafeSequences = 100;
// A scan of n processes may examine n^2/2 of them (8M for 4096); a shown step records at most
// this many examinations (each a copy of two vectors) and counts the rest.
inline constexpr std::uint64_t kMaxRecordedExaminations = 20'000;

// Address translation (translation). Managed mode keeps every page table of every process in
// each state: frames × entries per table is bounded so a state stays under ~50 MiB.
inline constexpr std::uint32_t kMaxTranslationFrames = 1u << 16;
inline constexpr std::uint64_t kMaxTableEntriesInMemory = std::uint64_t{1} << 22;  // frames × 2^(widest level)
inline constexpr int kMaxManagedIndexBits = 12;             // 4096 entries a table in managed mode
inline constexpr std::size_t kMaxTranslationProcesses = 256;  // given plus forked
inline constexpr std::size_t kMaxRegions = 64;               // per process
inline constexpr std::uint32_t kMaxSwapSlots = 1u << 20;
inline constexpr std::uint32_t kMaxTlbEntries = 4096;
inline constexpr std::size_t kMaxImagePages = 4096;          // pages given as hex in image mode
inline constexpr std::size_t kMaxImageWords = 1u << 16;      // entries given one by one
inline constexpr std::size_t kMaxLinearTableEntries = 1u << 20;
inline constexpr std::uint64_t kMaxImagePageSize = 1u << 16;  // bytes of a page given as hex

// The malloc heap (freelist). Addresses stay far below the mappings' top (0x7f0000000000), and a
// run's work on its free list is bounded before it starts: the list cannot be longer than the
// blocks the ops can have made, so the entries every search may examine and every list edit may
// move are summed from the ops alone (at well under a nanosecond an entry: seconds, not minutes).
// The base may be where Linux puts a PIE program's heap (0x55..., arch/x86/include/asm/elf.h:
// ELF_ET_DYN_BASE), yet base + 2^40 stays under the mappings' top.
inline constexpr std::uint64_t kMaxHeapBase = 0x600000000000;
inline constexpr std::uint64_t kMaxHeapBytes = std::uint64_t{1} << 40;   // the heap, a request, a threshold
inline constexpr std::uint64_t kMaxHeapHeader = 4096;
inline constexpr std::uint64_t kMaxHeapAlign = 4096;
inline constexpr std::uint64_t kMaxFreelistExaminations = 20'000'000'000;

// IPC (module ipc). The run is played when the file is loaded, so its length and the bytes it
// moves are bounded from the programs before it starts: each step runs one action (a compute of
// N, N steps), so the steps are at most the sum over processes of repeat × the program's cost.
// Every step record lists every process and object, so the steps times the processes and objects
// are bounded too. Linux's own bounds: message queues at most 65536 messages (HARD_MSGMAX) of at
// most 16 MiB (HARD_MSGSIZEMAX, ipc/mq_sysctl.c).
inline constexpr std::size_t kMaxIpcProcesses = 1024;
inline constexpr std::size_t kMaxIpcObjects = 256;
inline constexpr std::size_t kMaxIpcProgramLength = 100'000;  // actions in one program
inline constexpr std::int64_t kMaxIpcRepeat = 10'000'000;
inline constexpr std::uint64_t kMaxIpcSteps = kMaxOps;
inline constexpr std::uint64_t kMaxIpcRecordEntries = 200'000'000;  // steps × (processes + objects)
inline constexpr std::int64_t kMaxIpcBufferBytes = 16 << 20;    // a pipe's capacity, pipe_max_size, a write, a message
inline constexpr std::uint64_t kMaxIpcMovedBytes = 1u << 30;    // bytes all writes and sends of a run may carry
inline constexpr std::int64_t kMaxIpcMessages = 65536;
inline constexpr std::int64_t kMaxIpcSharedCells = 65536;
inline constexpr std::size_t kMaxIpcRegisters = 64;             // register names in one program

}  // namespace oslens::engine::limits
