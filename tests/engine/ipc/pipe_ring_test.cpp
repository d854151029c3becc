// The pipe's buffer in both models, against the rules of fs/pipe.c and pipe(7)/fcntl(2), and the
// measurements of a Linux 6.18 machine (x86-64, 4 KiB pages) for the page-slot model.
#include "engine/ipc/pipe_ring.h"

#include <gtest/gtest.h>

#include <string>

using namespace oslens::engine::ipc;

namespace {
PipeRing linuxPipe(std::uint64_t capacity = 65536) { return PipeRing({PipeModel::Linux, capacity, 4096}); }

// Writes n bytes of `c` if room() allows all of them (an atomic write); true when it did.
bool writeWhole(PipeRing& pipe, std::uint64_t n, char c = 'x') {
  if (pipe.room(n, true) < n) return false;
  pipe.write(std::string(n, c), true);
  return true;
}
}  // namespace

TEST(PipeRing, BytesModelIsABoundedBufferOfItsCapacity) {
  PipeRing pipe({PipeModel::Bytes, 8, 4096});
  EXPECT_EQ(pipe.room(5, true), 5u);
  pipe.write("hello", true);
  EXPECT_EQ(pipe.room(5, true), 3u);  // a larger write takes what fits
  pipe.write("abc", true);
  EXPECT_EQ(pipe.buffered(), 8u);
  EXPECT_EQ(pipe.room(1, true), 0u);
  EXPECT_EQ(pipe.read(3), "hel");
  EXPECT_TRUE(pipe.lastReadWokeWriters());  // it was full
  EXPECT_EQ(pipe.readPosition(), 3u);
  EXPECT_EQ(pipe.read(100), "loabc");  // what is there, up to the count
  EXPECT_TRUE(pipe.empty());
}

// 1-byte writes merge into one page: 65,536 of them fit (measured).
TEST(PipeRing, LinuxSmallWritesMergeIntoTheLastPage) {
  PipeRing pipe = linuxPipe();
  for (int i = 0; i < 4096; ++i) ASSERT_TRUE(writeWhole(pipe, 1));
  EXPECT_EQ(pipe.slotsUsed(), 1u);
  ASSERT_TRUE(writeWhole(pipe, 1));
  EXPECT_EQ(pipe.slotsUsed(), 2u);
}

// Sixteen 4095-byte writes fill the sixteen slots with 65,520 bytes; the 17th finds no room
// (measured: EAGAIN), though 16 bytes are nominally free.
TEST(PipeRing, LinuxFullMeansEverySlotInUse) {
  PipeRing pipe = linuxPipe();
  for (int i = 0; i < 16; ++i) ASSERT_TRUE(writeWhole(pipe, 4095));
  EXPECT_EQ(pipe.buffered(), 65520u);
  EXPECT_EQ(pipe.slotsUsed(), 16u);
  EXPECT_EQ(pipe.room(16, true), 0u);
}

// Sixteen 2049-byte writes fill the pipe at 32,784 bytes; then 2047 bytes still merge into the
// last page, and a single byte does not fit (measured).
TEST(PipeRing, LinuxOddWritesFillItEarly) {
  PipeRing pipe = linuxPipe();
  for (int i = 0; i < 16; ++i) ASSERT_TRUE(writeWhole(pipe, 2049));
  EXPECT_EQ(pipe.buffered(), 32784u);
  EXPECT_TRUE(writeWhole(pipe, 2047));
  EXPECT_FALSE(writeWhole(pipe, 1));
}

// A pipe holding 60,000 bytes in 15 slots: a write of 10,000 finds one free slot; its 1,808-byte
// remainder does not fit in the last page, so 4,096 bytes go in (measured: write returned 4096).
TEST(PipeRing, LinuxLargeWriteTakesAPagePerFreeSlot) {
  PipeRing pipe = linuxPipe();
  pipe.write(std::string(60000, 'a'), true);
  EXPECT_EQ(pipe.slotsUsed(), 15u);
  EXPECT_EQ(pipe.room(10000, true), 4096u);
}

// pipe_read frees a slot only when it is read empty; only that wakes a writer of a full pipe
// (measured: reading 100 bytes did not let the writer on, 4,100 did).
TEST(PipeRing, LinuxAReadWakesWritersOnlyWhenItFreesASlot) {
  PipeRing pipe = linuxPipe();
  pipe.write(std::string(65536, 'a'), true);
  pipe.read(100);
  EXPECT_FALSE(pipe.lastReadWokeWriters());
  EXPECT_EQ(pipe.room(1, false), 0u);
  pipe.read(4000);
  EXPECT_TRUE(pipe.lastReadWokeWriters());
  EXPECT_EQ(pipe.room(4096, false), 4096u);
}

// Bytes read from the front of a page are not reused: a one-page pipe given "ab" and read one
// byte keeps one unread; it takes 4,094 more 1-byte write-and-read cycles, then refuses a byte,
// with one byte in it (measured).
TEST(PipeRing, LinuxReadBytesOfAPageAreNotReused) {
  PipeRing pipe = linuxPipe(4096);
  pipe.write("ab", true);
  ASSERT_EQ(pipe.read(1), "a");  // "b" stays unread
  for (int i = 0; i < 4094; ++i) {
    ASSERT_TRUE(writeWhole(pipe, 1)) << i;
    ASSERT_EQ(pipe.read(1).size(), 1u);
  }
  EXPECT_EQ(pipe.buffered(), 1u);
  EXPECT_FALSE(writeWhole(pipe, 1));
}

// A blocked writer's later passes do not merge (pipe_write tries the merge once, at its start).
TEST(PipeRing, LinuxOnlyAWritesFirstPassMerges) {
  PipeRing pipe = linuxPipe(8192);
  pipe.write("ab", true);
  // 5000 = a page and 904: the 904 merge after "ab", the page goes in the free slot.
  EXPECT_EQ(pipe.room(5000, true), 5000u);
  EXPECT_EQ(pipe.room(5000, false), 4096u);  // a later pass: a fresh page only
}

// F_SETPIPE_SZ (measured): 1 -> 4096, 5000 -> 8192, 12288 -> 16384, 65537 -> 131072; growing past
// pipe-max-size unprivileged is EPERM; fewer slots than in use is EBUSY (4,097 bytes in two
// slots cannot shrink to one page; 3,000 in one can).
TEST(PipeRing, SetSizeRoundsAndRefusesAsLinuxDoes) {
  const std::uint64_t maxSize = 1048576;
  for (const auto& [asked, got] : {std::pair<std::uint64_t, std::uint64_t>{1, 4096}, {5000, 8192}, {12288, 16384}, {65537, 131072}, {1048576, 1048576}}) {
    PipeRing pipe = linuxPipe();
    const auto result = pipe.resize(asked, maxSize, false);
    ASSERT_TRUE(std::holds_alternative<std::uint64_t>(result)) << asked;
    EXPECT_EQ(std::get<std::uint64_t>(result), got) << asked;
    EXPECT_EQ(pipe.capacity(), got);
  }
  PipeRing big = linuxPipe();
  EXPECT_EQ(std::get<Errno>(big.resize(1048577, maxSize, false)), Errno::Perm);
  EXPECT_EQ(std::get<std::uint64_t>(big.resize(1048577, maxSize, true)), 2097152u);
  PipeRing two = linuxPipe();
  two.write(std::string(4097, 'a'), true);
  EXPECT_EQ(std::get<Errno>(two.resize(4096, maxSize, false)), Errno::Busy);
  PipeRing one = linuxPipe();
  one.write(std::string(3000, 'a'), true);
  EXPECT_EQ(std::get<std::uint64_t>(one.resize(4096, maxSize, false)), 4096u);
  EXPECT_EQ(one.contents(), std::string(3000, 'a'));
}

TEST(PipeRing, ContentsAreTheBufferedBytesOldestFirst) {
  PipeRing pipe = linuxPipe();
  pipe.write("abc", true);
  pipe.write(std::string(4096, 'z'), true);
  pipe.read(2);
  EXPECT_EQ(pipe.contents(), "c" + std::string(4096, 'z'));
  EXPECT_EQ(pipe.buffered(), 4097u);
}
