//! Build script: exposes pyo3's `Py_3_x` cfgs to this crate, records the Python version the
//! runtime is compiled for (checked against `Py_Version` when a module loads), and lets the
//! integration tests find the shared libpython at run time.

fn main() {
    pyo3_build_config::use_pyo3_cfgs();
    let config = pyo3_build_config::get();
    let version = config.version();
    println!("cargo:rustc-env=HERON_PY_MAJOR={}", version.major);
    println!("cargo:rustc-env=HERON_PY_MINOR={}", version.minor);
    // The interpreter the runtime was configured with; the launcher tests run programs on it.
    println!(
        "cargo:rustc-env=HERON_PYTHON_EXECUTABLE={}",
        config.executable().unwrap_or("python3")
    );
    if let Some(dir) = config.lib_dir() {
        // Test binaries link libpython (pyo3-ffi emits `-lpython3.x`); give them an rpath so they
        // run without LD_LIBRARY_PATH. Products linked by heron-driver are not affected.
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
