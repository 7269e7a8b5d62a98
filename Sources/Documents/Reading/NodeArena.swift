import CCMarkGFM
import Foundation

/// The memory of one cmark-gfm tree: nodes and their text are cut one after another from a few
/// large blocks, never freed one by one, and the blocks are given back all at once with the tree.
///
/// Why: with the system's allocator, parsing 1 MB of notes makes and frees millions of small
/// pieces, and freeing a tree walks every node; together that was about a third of the parsing
/// thread's time, and the nodes ended up scattered, so every walk over them was slow too.
///
/// cmark-gfm asks for memory through plain C functions (`cmark_mem`) with no room to say which
/// tree they are for, so the arena in use is the one the current thread has entered with
/// `using(_:)`. A tree is only ever touched by one thread at a time, inside `using`.
final class NodeArena: @unchecked Sendable {
    /// The functions cmark-gfm is given: they allocate from the current thread's arena.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(
            calloc: { count, size in current.pointee.allocate(count * size) },
            realloc: { pointer, size in current.pointee.reallocate(pointer, to: size) },
            free: { _ in }))
        return memory
    }()

    private let state = UnsafeMutablePointer<Blocks>.allocate(capacity: 1)
    private let key: pthread_key_t

    /// A new, empty arena; nil in the unlikely case that the system has no thread-local key left
    /// for it, when the caller parses with the system's allocator instead.
    init?() {
        guard let key = Self.key else {
            state.deallocate()
            return nil
        }
        self.key = key
        state.initialize(to: Blocks())
    }

    deinit {
        state.pointee.release()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Runs `body` with this arena as the one cmark-gfm allocates from on this thread.
    func using<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        let outer = pthread_getspecific(key)
        pthread_setspecific(key, UnsafeRawPointer(state))
        defer { pthread_setspecific(key, outer) }
        return try body()
    }

    /// The thread's key to the blocks of the arena it has entered, made once; nil if the system
    /// has none left.
    private static let key: pthread_key_t? = {
        var key = pthread_key_t()
        return pthread_key_create(&key, nil) == 0 ? key : nil
    }()

    /// The blocks of the arena the current thread has entered. cmark-gfm is given these functions
    /// only by a parse inside `using`, and its trees are only read inside `using`, so there always
    /// is one: reaching this without one is a mistake in Roundtable, not in the notes read.
    private static var current: UnsafeMutablePointer<Blocks> {
        guard let key, let state = pthread_getspecific(key) else {
            fatalError("cmark-gfm asked for memory outside NodeArena.using.")
        }
        return state.assumingMemoryBound(to: Blocks.self)
    }

    /// The blocks memory is cut from. Each piece is preceded by its size (for `reallocate`) and
    /// aligned to 8 bytes, as cmark-gfm's structures need. Blocks come from `calloc`, and no
    /// byte is handed out twice, so every piece starts zeroed, as `calloc` promises.
    private struct Blocks {
        /// The size of a block; a piece larger than a quarter of it gets a block of its own.
        static let blockSize = 1 << 18
        static let header = MemoryLayout<Int>.stride

        private var blocks: [UnsafeMutableRawPointer] = []
        /// Where the next piece starts in the current block, and where that block ends.
        private var next: UnsafeMutableRawPointer?
        private var end: UnsafeMutableRawPointer?
        /// The last piece handed out, which can grow where it is.
        private var last: UnsafeMutableRawPointer?

        /// The room a piece of `size` bytes takes: its size, then its bytes up to a multiple of 8.
        private static func room(for size: Int) -> Int {
            header + ((size + 7) & ~7)
        }

        mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
            let needed = Self.room(for: size)
            if let next, let end, end - next >= needed {
                return place(at: next, size: size, needed: needed)
            }
            if needed > Self.blockSize / 4 {
                // A large piece gets a block of its own; the current block stays in use.
                let block = newBlock(needed)
                block.storeBytes(of: size, as: Int.self)
                return block + Self.header
            }
            let block = newBlock(Self.blockSize)
            end = block + Self.blockSize
            return place(at: block, size: size, needed: needed)
        }

        mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
            guard let pointer else { return allocate(size) }
            let old = (pointer - Self.header).load(as: Int.self)
            // A piece that shrinks stays as it is: the bytes it no longer needs are never reused.
            if size <= old { return pointer }
            if pointer == last, let end {
                // The last piece grows where it is when its block has room.
                let needed = Self.room(for: size)
                if end - (pointer - Self.header) >= needed {
                    (pointer - Self.header).storeBytes(of: size, as: Int.self)
                    next = pointer - Self.header + needed
                    return pointer
                }
            }
            let moved = allocate(size)
            moved.copyMemory(from: pointer, byteCount: min(old, size))
            return moved
        }

        func release() {
            for block in blocks { free(block) }
        }

        private mutating func place(at start: UnsafeMutableRawPointer, size: Int, needed: Int) -> UnsafeMutableRawPointer {
            start.storeBytes(of: size, as: Int.self)
            next = start + needed
            last = start + Self.header
            return start + Self.header
        }

        private mutating func newBlock(_ size: Int) -> UnsafeMutableRawPointer {
            // cmark-gfm cannot be told that memory ran out (its own allocator aborts then too);
            // a text read from a file is at most `TextFile.maximumSize` (32 MB), read a part at a time.
            guard let block = calloc(1, size) else { fatalError("Out of memory while reading Markdown.") }
            blocks.append(block)
            return block
        }
    }
}
