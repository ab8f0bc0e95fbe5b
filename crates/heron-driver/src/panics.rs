//! Turning panics of the compiler into "internal compiler error" reports.
//!
//! Each module's compilation runs under `catch_unwind`. The hook installed by
//! [`install_panic_hook`] prints nothing (the report is made by whoever catches the panic) and
//! remembers where the panic happened, so the report can say.

use std::any::Any;
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// `file:line:col` of the last panic on this thread (set by the hook).
    static LAST_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic hook (which prints a message and a backtrace hint) with one that
/// only records where the panic happened. Call it once at the start of a program that reports
/// panics itself, as the `heron` command does; the driver catches every panic of a module's
/// compilation either way.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
        LAST_LOCATION.with(|cell| *cell.borrow_mut() = location);
    }));
}

/// Runs `f`, turning a panic into `Err(message)`; the message includes the panic's location
/// when [`install_panic_hook`] is in effect.
pub fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    LAST_LOCATION.with(|cell| *cell.borrow_mut() = None);
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload_message(payload.as_ref());
        match LAST_LOCATION.with(|cell| cell.borrow_mut().take()) {
            Some(location) => format!("{message} (at {location})"),
            None => message,
        }
    })
}

/// The text of a panic payload (`panic!("...")` gives a `&str` or a `String`).
fn payload_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catches_str_and_string_panics() {
        assert_eq!(catch_panic(|| 3), Ok(3));
        let e = catch_panic(|| panic!("boom")).unwrap_err();
        assert!(e.starts_with("boom"), "{e}");
        let n = 7;
        let e = catch_panic(|| panic!("boom {n}")).unwrap_err();
        assert!(e.starts_with("boom 7"), "{e}");
    }
}
