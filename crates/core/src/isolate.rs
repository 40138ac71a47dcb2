//! isolate: one input's panic becomes that input's error.
//!
//! A batch must never lose its good inputs because one document makes some
//! code path panic — ours or a dependency's (an HTML parser, say). Every
//! per-document unit of work in a batch runs inside [`isolate`], which turns
//! an unwinding panic into [`ChorusError::Panic`] for that document only.
//!
//! The process-wide panic hook is the binary's business, not a library's:
//! [`install_quiet_hook`] (called by the CLI and the service) keeps panics
//! caught by `isolate` off stderr — the error record already says what
//! happened and where — and leaves every other panic to the default hook.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};

use crate::error::{ChorusError, Result};

/// Longest panic message kept in an error, in characters.
const MAX_MESSAGE_CHARS: usize = 300;

thread_local! {
    /// How many `isolate` calls are running on this thread.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Where the last caught panic happened, recorded by the quiet hook.
    static LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Run `work` for the input named `origin`; a panic inside it comes back as
/// `ChorusError::Panic` naming the input, the panic's message and (with the
/// quiet hook installed) the source location.
pub fn isolate<T>(origin: &str, work: impl FnOnce() -> Result<T>) -> Result<T> {
    DEPTH.with(|d| d.set(d.get() + 1));
    let outcome = panic::catch_unwind(AssertUnwindSafe(work));
    DEPTH.with(|d| d.set(d.get() - 1));
    outcome.unwrap_or_else(|payload| {
        let location = LOCATION.with(|l| l.borrow_mut().take());
        let mut message = payload_message(payload.as_ref());
        if let Some((cut, _)) = message.char_indices().nth(MAX_MESSAGE_CHARS) {
            // Messages like "begin > end when slicing `<the whole article>`" can be huge.
            message.truncate(cut);
            message.push('…');
        }
        if let Some(at) = location {
            message = format!("{message} (at {at})");
        }
        Err(ChorusError::Panic { origin: origin.to_string(), message })
    })
}

/// Keep panics that `isolate` catches off stderr (their error records say
/// it all); any other panic still goes to the hook that was installed before.
pub fn install_quiet_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if DEPTH.with(Cell::get) > 0 {
            let at = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
            LOCATION.with(|l| *l.borrow_mut() = at);
        } else {
            previous(info);
        }
    }));
}

fn payload_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-text payload".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_inputs_error_and_the_next_input_runs() {
        install_quiet_hook();
        let err = isolate("page 7", || -> Result<()> { panic!("index out of range") }).unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("page 7: internal error"), "{text}");
        assert!(text.contains("index out of range"), "{text}");
        assert!(text.contains("isolate.rs"), "the location is named: {text}");
        assert_eq!(isolate("page 8", || Ok(8)).unwrap(), 8);
    }

    #[test]
    fn errors_and_values_pass_through_unchanged() {
        let err = isolate("x", || -> Result<()> { Err(ChorusError::Empty { origin: "x".into() }) }).unwrap_err();
        assert!(matches!(err, ChorusError::Empty { .. }));
        let formatted = isolate("y", || -> Result<()> { panic!("{} went wrong", 3) }).unwrap_err();
        assert!(formatted.to_string().contains("3 went wrong"));
        let long = isolate("z", || -> Result<()> { panic!("slicing `{}`", "é".repeat(5000)) }).unwrap_err();
        assert!(long.to_string().chars().count() < 500, "a huge message is cut");
    }
}
