//! Turns panics in front ends and in the engine into messages instead of
//! crashes. `catch_unwind` alone would still let the default hook print a
//! backtrace banner to stderr for every broken file; the hook installed here
//! stays quiet on threads that are inside [`catch`] and keeps the message
//! (with its source location) for the note.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static CAPTURING: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

static INSTALL_HOOK: Once = Once::new();

fn install_hook() {
    INSTALL_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if CAPTURING.with(Cell::get) {
                let message = payload_message(info.payload());
                let text = match info.location() {
                    Some(location) => format!("{message} (at {location})"),
                    None => message,
                };
                LAST_PANIC.with(|last| *last.borrow_mut() = Some(text));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `work`; a panic inside it becomes `Err(message)`.
pub fn catch<R>(work: impl FnOnce() -> R) -> Result<R, String> {
    install_hook();
    let was_capturing = CAPTURING.with(|flag| flag.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    CAPTURING.with(|flag| flag.set(was_capturing));
    result.map_err(|payload| {
        LAST_PANIC
            .with(|last| last.borrow_mut().take())
            .unwrap_or_else(|| payload_message(payload.as_ref()))
    })
}

fn payload_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "panic with a non-text payload".to_owned()
    }
}
