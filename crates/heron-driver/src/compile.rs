//! One module through the pipeline: parse → lower → optimize → (print IR | codegen).

use crate::check::{self, CheckResult};
use crate::panics::catch_panic;
use crate::timings::Timings;
use heron_codegen::{CodegenOptions, Product};
use heron_target::ObjectModel;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What to produce for a module.
#[derive(Clone, Debug)]
pub(crate) enum Stage {
    /// The optimized IR, as text.
    Ir,
    /// An object file for this product.
    Object(Product),
}

/// A module's source, read.
pub(crate) struct Source {
    /// Path as shown to the user.
    pub(crate) shown: String,
    /// Absolute path (`co_filename`, `__file__`).
    pub(crate) absolute: PathBuf,
    /// Dotted module name.
    pub(crate) module: String,
    /// The bytes of the file.
    pub(crate) bytes: Vec<u8>,
}

/// The result of compiling one module.
pub(crate) struct Compiled {
    /// IR text or object bytes.
    pub(crate) output: Vec<u8>,
    /// The module's phase timings.
    pub(crate) timings: Timings,
}

/// A module that failed: the full rendered report (`path:line:col: error: ...` and frame, or
/// `error: internal compiler error ...`).
pub(crate) type Failure = String;

/// Compiles one module; never panics.
pub(crate) fn compile(
    src: &Source,
    check: Option<&CheckResult>,
    model: &ObjectModel,
    stage: &Stage,
) -> Result<Compiled, Failure> {
    if let Some(err) = check.and_then(|c| c.error.as_ref()) {
        return Err(check::render_error(err, &src.shown, &src.bytes));
    }
    let mut timings = Timings::default();
    let result = catch_panic(|| run(src, model, stage, &mut timings));
    match result {
        Ok(Ok(output)) => Ok(Compiled { output, timings }),
        Ok(Err(failure)) => Err(failure),
        Err(panic) => Err(internal_error(&src.shown, &panic)),
    }
}

/// The report of a bug in heron.
fn internal_error(path: &str, message: &str) -> String {
    format!("error: internal compiler error while compiling {path}: {message}")
}

fn run(
    src: &Source,
    model: &ObjectModel,
    stage: &Stage,
    timings: &mut Timings,
) -> Result<Vec<u8>, Failure> {
    let module = Some(src.module.as_str());
    let parsed = timings
        .time("parse", module, || {
            heron_syntax::parse_module(&src.bytes, &src.shown)
        })
        .map_err(|mut d| {
            // The target interpreter accepted this source (the syntax check runs first), so a
            // syntax error from heron's own parser is a limitation of heron, said as such.
            if d.kind == heron_syntax::DiagnosticKind::SyntaxError {
                d.kind = heron_syntax::DiagnosticKind::Unsupported;
                d.message = format!(
                    "heron's parser cannot read this yet (CPython accepts it): {}",
                    d.message
                );
            }
            // The source may not decode; render without a frame then.
            let source = heron_syntax::SourceFile::decode(&src.bytes, &src.shown).ok();
            d.render(source.as_ref())
        })?;
    let filename = src.absolute.to_string_lossy().into_owned();
    let mut ir = timings
        .time("lower", module, || {
            heron_lower::lower_module(&parsed, &src.module, &filename)
        })
        .map_err(|d| d.render(Some(&parsed.source)))?;
    timings
        .time("optimize", module, || heron_opt::optimize(&mut ir))
        .map_err(|e| internal_error(&src.shown, &e.to_string()))?;
    match stage {
        Stage::Ir => Ok(heron_ir::printer::print_module(&ir).into_bytes()),
        Stage::Object(product) => {
            let options = CodegenOptions {
                product: product.clone(),
                source_path: filename,
            };
            let start = Instant::now();
            let object = heron_codegen::compile_module(&ir, model, &options)
                .map_err(|e| internal_error(&src.shown, &format!("code generation failed: {e}")))?;
            timings.push("codegen", module, start.elapsed());
            Ok(object)
        }
    }
}

/// The absolute form of a path, without resolving symlinks (as CPython computes `__file__`).
pub(crate) fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
