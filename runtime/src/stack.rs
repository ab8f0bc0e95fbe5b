//! C stack guard.
//!
//! Compiled Python calls are native calls, so unlike CPython 3.11's interpreter (whose
//! Python-to-Python calls use no C stack) deep recursion consumes the thread's C stack. Before
//! each compiled call the trampoline checks that a safety margin of stack remains and raises
//! `RecursionError` otherwise, so that a raised `sys.setrecursionlimit` can never turn deep
//! recursion into a crash.

use std::cell::Cell;

thread_local! {
    /// Lowest stack address a compiled call may start below (0: not computed yet).
    static LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// `pthread_attr_t` storage (56 bytes on x86-64 glibc; oversized for safety).
#[repr(C, align(8))]
struct PthreadAttr([u8; 128]);

unsafe extern "C" {
    fn pthread_self() -> usize;
    fn pthread_getattr_np(thread: usize, attr: *mut PthreadAttr) -> i32;
    fn pthread_attr_getstack(attr: *const PthreadAttr, addr: *mut usize, size: *mut usize) -> i32;
    fn pthread_attr_destroy(attr: *mut PthreadAttr) -> i32;
}

/// Computes the current thread's limit: the stack's low end plus a margin left for the C code
/// (CPython's and the runtime's) that runs on top of the deepest compiled frame.
#[cold]
fn compute_limit() -> usize {
    let mut attr = PthreadAttr([0; 128]);
    let (mut addr, mut size) = (0usize, 0usize);
    // SAFETY: plain libc calls on a local attribute object.
    let ok = unsafe {
        pthread_getattr_np(pthread_self(), &mut attr) == 0 && {
            let got = pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
            pthread_attr_destroy(&mut attr);
            got
        }
    };
    if !ok || size == 0 {
        return 1; // unknown: never trip
    }
    let margin = (size / 8).clamp(256 << 10, 2 << 20);
    addr + margin.min(size / 2)
}

/// Whether the C stack is too close to its end for another compiled call.
#[inline(always)]
pub fn exhausted() -> bool {
    let marker = 0u8;
    let sp = &marker as *const u8 as usize;
    LIMIT.with(|limit| {
        let mut l = limit.get();
        if l == 0 {
            l = compute_limit();
            limit.set(l);
        }
        sp < l
    })
}
