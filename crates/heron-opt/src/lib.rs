//! IR optimization passes.
//!
//! The default pipeline, run on every function of a module by [`optimize`]:
//! 1. [`const_fold`]: fold operations on constants that cannot raise;
//! 2. [`dead_blocks`]: drop dead code, thread jumps, remove unreachable blocks;
//! 3. [`refcount`]: insert reference counting (the last transformation: later passes would
//!    have to keep ownership balanced);
//! 4. [`suspend`]: record the values live across each suspension point of generator bodies.
#![deny(missing_docs)]

mod bitset;
pub mod const_fold;
pub mod dead_blocks;
pub mod refcount;
pub mod suspend;

use heron_ir::Module;
use heron_ir::verify::verify_function;

/// Options for [`optimize_with`].
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Run the IR verifier after every pass.
    pub verify: bool,
}

/// A pass produced IR the verifier rejects (an internal compiler error).
#[derive(Debug)]
pub struct PassError {
    /// The pass that failed.
    pub pass: &'static str,
    /// What the verifier reported.
    pub message: String,
}

impl std::fmt::Display for PassError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "IR verification failed after pass `{}`: {}",
            self.pass, self.message
        )
    }
}

impl std::error::Error for PassError {}

/// Runs the default pipeline (verifying after each pass in debug builds).
pub fn optimize(module: &mut Module) -> Result<(), PassError> {
    optimize_with(
        module,
        &Options {
            verify: cfg!(debug_assertions),
        },
    )
}

/// Runs the default pipeline with options.
pub fn optimize_with(module: &mut Module, options: &Options) -> Result<(), PassError> {
    let check = |module: &Module, pass: &'static str| -> Result<(), PassError> {
        if !options.verify {
            return Ok(());
        }
        for f in module.functions.values() {
            verify_function(f).map_err(|errors| PassError {
                pass,
                message: errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            })?;
        }
        Ok(())
    };
    check(module, "lowering")?;
    let Module {
        functions, consts, ..
    } = module;
    for f in functions.values_mut() {
        const_fold::run(f, consts);
    }
    check(module, "const_fold")?;
    for f in module.functions.values_mut() {
        dead_blocks::run(f);
    }
    check(module, "dead_blocks")?;
    for f in module.functions.values_mut() {
        refcount::run(f);
    }
    check(module, "refcount")?;
    for f in module.functions.values_mut() {
        suspend::run(f);
    }
    check(module, "suspend")
}
