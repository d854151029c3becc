// open(2) of a FIFO (fifo(7); fs/pipe.c fifo_open), and what was measured on Linux 6.18: ENXIO
// for a non-blocking write-only open without a reader, an immediate non-blocking read-only open.
#include "engine/ipc/fifo_open.h"

#include <gtest/gtest.h>

using namespace oslens::engine::ipc;

// fifo(7): "opening the FIFO blocks until the other end is opened also."
TEST(FifoOpen, EachSideWaitsForTheOther) {
  FifoEnds ends;
  OpenProgress reader, writer;
  EXPECT_EQ(tryOpen(ends, reader, false, false).status, CallStatus::Blocked);
  EXPECT_EQ(ends.readers, 1u);  // counted at once (fifo_open increments before it waits)
  EXPECT_EQ(tryOpen(ends, reader, false, false).status, CallStatus::Blocked);  // still no writer
  EXPECT_EQ(tryOpen(ends, writer, true, false).status, CallStatus::Done);      // a reader is there
  EXPECT_EQ(tryOpen(ends, reader, false, false).status, CallStatus::Done);     // a writer has opened
}

// fifo(7): "A process can open a FIFO in nonblocking mode. In this case, opening for read-only
// succeeds even if no one has opened on the write side yet and opening for write-only fails with
// ENXIO (no such device or address) unless the other end has already been opened."
TEST(FifoOpen, NonBlockingOpens) {
  FifoEnds ends;
  OpenProgress w;
  const auto refused = tryOpen(ends, w, true, true);
  EXPECT_EQ(refused.error, Errno::NxIO);
  EXPECT_EQ(ends.writers, 0u);
  OpenProgress r;
  EXPECT_EQ(tryOpen(ends, r, false, true).status, CallStatus::Done);
  OpenProgress w2;
  EXPECT_EQ(tryOpen(ends, w2, true, true).status, CallStatus::Done);
  EXPECT_EQ(ends.writers, 1u);
}

// A partner that opened and closed again still releases the waiter: the wait is for the open
// counter to change (wait_for_partner), not for a partner to be there now.
TEST(FifoOpen, APartnerThatCameAndWentReleasesTheWaiter) {
  FifoEnds ends;
  OpenProgress writer;
  EXPECT_EQ(tryOpen(ends, writer, true, false).status, CallStatus::Blocked);
  OpenProgress reader;
  EXPECT_EQ(tryOpen(ends, reader, false, true).status, CallStatus::Done);
  --ends.readers;  // the reader closes again
  EXPECT_EQ(tryOpen(ends, writer, true, false).status, CallStatus::Done);
}
