#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <variant>

#include "engine/ipc/ipc_errno.h"

// The buffer of a pipe or FIFO, in the two models a teacher may want (issue: `model`):
//  - Bytes: a ring of `capacity` bytes, the textbook's bounded buffer; full when `capacity` bytes
//    wait. Small numbers (capacity 8, PIPE_BUF 4) make every rule of pipe(7) visible.
//  - Linux: the ring of page slots of fs/pipe.c (struct pipe_buffer, include/linux/pipe_fs_i.h):
//    `capacity / page` slots of one page each; full when every slot is in use (pipe_full()), so
//    a pipe can refuse a write while bytes are nominally free. A write first appends its
//    `n % page` bytes to the last page, once and only at its start, if they fit there whole after
//    that page's data (pipe_write(), PIPE_BUF_FLAG_CAN_MERGE); the rest fills fresh pages. Bytes
//    read from the front of a page are never reused; a slot is freed when it is read empty
//    (pipe_read()). fcntl(2): "the number of bytes that can be written may be less than the
//    nominal size, depending on the size of the writes."
// The rules of who may write how much and when (atomic writes up to PIPE_BUF, partial larger
// ones, EOF, SIGPIPE) are the IPC model's; this class only holds the bytes.
namespace oslens::engine::ipc {

enum class PipeModel { Bytes, Linux };

struct PipeGeometry {
  PipeModel model = PipeModel::Bytes;
  std::uint64_t capacity = 65536;  // pipe(7): 16 pages since Linux 2.6.11
  std::uint64_t page = 4096;       // the Linux model's slot size (PAGE_SIZE)
  bool operator==(const PipeGeometry&) const = default;
};

class PipeRing {
 public:
  explicit PipeRing(const PipeGeometry& geometry = {});

  const PipeGeometry& geometry() const { return m_geometry; }
  std::uint64_t capacity() const { return m_geometry.capacity; }
  std::uint64_t buffered() const { return m_buffered; }
  bool empty() const { return m_buffered == 0; }
  // Linux model: the slots holding data, and how many there are (Bytes: 0 and 0).
  std::size_t slotsUsed() const { return m_slots.size(); }
  std::size_t slotCount() const;
  // Bytes model: where the next byte is read from and written to in the ring of cells.
  std::uint64_t readPosition() const { return m_bytesRead % std::max<std::uint64_t>(m_geometry.capacity, 1); }

  // How many of `n` bytes a write could put in now: the free bytes (Bytes); the merge into the
  // last page (only when `mayMerge`: a write's first pass) plus a page per free slot (Linux).
  std::uint64_t room(std::uint64_t n, bool mayMerge) const;
  // Puts `data` in; at most room(data.size(), mayMerge) bytes (the caller asks room first).
  void write(std::string_view data, bool mayMerge);
  // Takes up to `n` bytes from the front: what is there, never waiting for more.
  std::string read(std::uint64_t n);
  // True when a read just freed a slot of a full Linux pipe (pipe_read's wake_writer), or any
  // byte of a full Bytes ring: a writer blocked on it can go on.
  bool lastReadWokeWriters() const { return m_lastReadWoke; }

  // F_SETPIPE_SZ (fcntl(2); fs/pipe.c round_pipe_size, pipe_set_size, pipe_resize_ring): the size
  // rounded up to a page, then to a power of two; growing past `maxSize` (pipe-max-size) without
  // privilege is EPERM; fewer slots than are in use (Linux) or fewer bytes than are buffered
  // (Bytes) is EBUSY. Returns the new capacity. The Bytes model takes the size as given.
  std::variant<std::uint64_t, Errno> resize(std::uint64_t requested, std::uint64_t maxSize, bool privileged);

  // The buffered bytes, oldest first.
  std::string contents() const;
  bool operator==(const PipeRing&) const = default;

 private:
  struct Slot {
    std::string data;        // the unread bytes of the page
    std::uint64_t end = 0;   // where the page's data ends (offset + len): a merge appends there
    bool operator==(const Slot&) const = default;
  };
  PipeGeometry m_geometry;
  std::deque<Slot> m_slots;  // Linux
  std::string m_bytes;       // Bytes: the buffered bytes, oldest first
  std::uint64_t m_buffered = 0;
  std::uint64_t m_bytesRead = 0;
  bool m_lastReadWoke = false;
};

}  // namespace oslens::engine::ipc
