// write(2) and read(2) on a pipe, attempt by attempt, by pipe(7) and fs/pipe.c; small numbers
// (capacity 8, PIPE_BUF 4) as a teacher would use to make each rule visible.
#include "engine/ipc/pipe_calls.h"

#include <gtest/gtest.h>

using namespace oslens::engine::ipc;

namespace {
PipeRing small() { return PipeRing({PipeModel::Bytes, 8, 4096}); }
constexpr std::uint64_t kPipeBuf = 4;
}  // namespace

// pipe(7): "n <= PIPE_BUF ... O_NONBLOCK disabled: all n bytes are written atomically; write(2)
// may block if there is not room"; enabled: "if there is room ... succeeds immediately ...
// otherwise write(2) fails, with errno set to EAGAIN."
TEST(PipeCalls, AWriteUpToPipeBufIsAllOrNothing) {
  PipeRing pipe = small();
  pipe.write("123456", true);  // 2 free
  WriteProgress p;
  auto out = tryWrite(pipe, p, "abc", false, true, kPipeBuf);
  EXPECT_EQ(out.status, CallStatus::Blocked);
  EXPECT_EQ(out.wroteNow, 0u);
  WriteProgress q;
  out = tryWrite(pipe, q, "abc", true, true, kPipeBuf);
  EXPECT_EQ(out.error, Errno::Again);
  EXPECT_EQ(pipe.buffered(), 6u);
  pipe.read(1);  // 3 free: the blocked write goes in whole
  out = tryWrite(pipe, p, "abc", false, true, kPipeBuf);
  EXPECT_EQ(out.status, CallStatus::Done);
  EXPECT_EQ(out.returned, 3u);
  EXPECT_EQ(pipe.contents(), "23456abc");
}

// "n > PIPE_BUF ... O_NONBLOCK disabled: the write is nonatomic: the data given to write(2) may be
// interleaved with write(2)s by other processes; the write(2) blocks until n bytes have been
// written." Enabled: "If the pipe is full, then write(2) fails, with errno set to EAGAIN.
// Otherwise, from 1 to n bytes may be written (i.e., a partial write may occur)".
TEST(PipeCalls, ALargerWriteGoesInPartsAndMayInterleave) {
  PipeRing pipe = small();
  WriteProgress a;
  auto out = tryWrite(pipe, a, "AAAAAAAAAA", false, true, kPipeBuf);  // 10 bytes into 8
  EXPECT_EQ(out.status, CallStatus::Blocked);
  EXPECT_EQ(out.wroteNow, 8u);
  EXPECT_EQ(pipe.read(3), "AAA");
  WriteProgress b;
  EXPECT_EQ(tryWrite(pipe, b, "bb", false, true, kPipeBuf).status, CallStatus::Done);  // another writer gets in first
  EXPECT_EQ(pipe.read(2), "AA");
  out = tryWrite(pipe, a, "AAAAAAAAAA", false, true, kPipeBuf);
  EXPECT_EQ(out.status, CallStatus::Done);
  EXPECT_EQ(out.wroteNow, 2u);
  EXPECT_EQ(out.returned, 10u);
  EXPECT_EQ(pipe.contents(), "AAAbbAA");  // interleaved
  PipeRing full = small();
  full.write("12345678", true);
  WriteProgress c;
  EXPECT_EQ(tryWrite(full, c, "xxxxxx", true, true, kPipeBuf).error, Errno::Again);
  full.read(2);
  WriteProgress d;
  out = tryWrite(full, d, "xxxxxx", true, true, kPipeBuf);
  EXPECT_EQ(out.status, CallStatus::Done);
  EXPECT_EQ(out.returned, 2u);  // partial
}

// pipe(7): "If all file descriptors referring to the read end of a pipe have been closed, then a
// write(2) will cause a SIGPIPE signal to be generated for the calling process. If the calling
// process is ignoring this signal, then write(2) fails with the error EPIPE." A write part way
// when the last reader goes returns what it wrote (pipe_write).
TEST(PipeCalls, NoReaderIsSigpipeThenEpipe) {
  PipeRing pipe = small();
  WriteProgress p;
  auto out = tryWrite(pipe, p, "hi", false, false, kPipeBuf);
  EXPECT_TRUE(out.sigpipe);
  EXPECT_EQ(out.error, Errno::Pipe);
  WriteProgress big;
  EXPECT_EQ(tryWrite(pipe, big, "0123456789", false, true, kPipeBuf).status, CallStatus::Blocked);
  out = tryWrite(pipe, big, "0123456789", false, false, kPipeBuf);
  EXPECT_TRUE(out.sigpipe);
  EXPECT_EQ(out.status, CallStatus::Done);
  EXPECT_EQ(out.returned, 8u);
  WriteProgress none;
  EXPECT_FALSE(tryWrite(pipe, none, "", false, false, kPipeBuf).sigpipe);  // "Null write succeeds"
}

// pipe(7): a read from an empty pipe blocks (EAGAIN with O_NONBLOCK); with every write end closed
// it sees end-of-file (0), before O_NONBLOCK is looked at (pipe_read; measured).
TEST(PipeCalls, ReadReturnsWhatIsThereBlocksOrSeesEof) {
  PipeRing pipe = small();
  EXPECT_EQ(tryRead(pipe, 4, false, true).status, CallStatus::Blocked);
  EXPECT_EQ(tryRead(pipe, 4, true, true).error, Errno::Again);
  const auto eof = tryRead(pipe, 4, true, false);
  EXPECT_TRUE(eof.eof);
  EXPECT_EQ(eof.status, CallStatus::Done);
  pipe.write("ab", true);
  const auto got = tryRead(pipe, 100, false, true);
  EXPECT_EQ(got.data, "ab");  // what is there, not waiting for 100
}

// The Linux model: a blocked write of n <= PIPE_BUF does not merge on its retry (pipe_write
// tries the merge once); it waits for a free slot.
TEST(PipeCalls, LinuxABlockedWriteWaitsForAFreeSlot) {
  PipeRing pipe({PipeModel::Linux, 4096, 4096});
  pipe.write(std::string(4000, 'a'), true);
  WriteProgress p;
  EXPECT_EQ(tryWrite(pipe, p, std::string(200, 'b'), false, true, 4096).status, CallStatus::Blocked);
  pipe.read(3000);  // the page is not read empty: still no free slot, and no merge on a retry
  EXPECT_EQ(tryWrite(pipe, p, std::string(200, 'b'), false, true, 4096).status, CallStatus::Blocked);
  pipe.read(1000);  // the slot is freed
  EXPECT_EQ(tryWrite(pipe, p, std::string(200, 'b'), false, true, 4096).status, CallStatus::Done);
  WriteProgress fresh;  // a new write may merge into that page
  EXPECT_EQ(tryWrite(pipe, fresh, std::string(100, 'c'), true, true, 4096).status, CallStatus::Done);
  EXPECT_EQ(pipe.slotsUsed(), 1u);
}
