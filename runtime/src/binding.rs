//! Argument binding for compiled functions: the vectorcall trampoline of `heron_function`.
//!
//! The body of a compiled function takes one borrowed reference per parameter slot (positional
//! parameters, keyword-only parameters, then the `*args` tuple and the `**kwargs` dict). The
//! trampoline maps a vectorcall (positional array plus keyword names) onto those slots exactly as
//! CPython 3.11 binds arguments for a Python function, including the order in which problems are
//! detected and the text of every `TypeError`, prefixed by the function's `__qualname__`.
//!
//! A call with exactly the positional parameters and no keywords, to a function without
//! keyword-only parameters or `*args`/`**kwargs`, passes the caller's array straight through.

use crate::function::{CO_VARARGS, CO_VARKEYWORDS, HeronFunction};
use crate::util::{str_lossy, type_error};
use pyo3_ffi::*;
use std::ptr;

/// Parameter slot arrays up to this size live on the stack.
const INLINE_SLOTS: usize = 12;

/// References the trampoline owns for the duration of one call, released afterwards.
struct CallTemps {
    owned: [*mut PyObject; 4],
    n: usize,
    extra: Vec<*mut PyObject>,
}

impl CallTemps {
    fn new() -> Self {
        CallTemps {
            owned: [ptr::null_mut(); 4],
            n: 0,
            extra: Vec::new(),
        }
    }
    /// Takes over a new reference.
    fn push(&mut self, o: *mut PyObject) {
        if self.n < self.owned.len() {
            self.owned[self.n] = o;
            self.n += 1;
        } else {
            self.extra.push(o);
        }
    }
}

impl Drop for CallTemps {
    fn drop(&mut self) {
        // SAFETY: only strong references are pushed, and calls run with the GIL held.
        unsafe {
            for &o in &self.owned[..self.n] {
                Py_DECREF(o);
            }
            for &o in &self.extra {
                Py_DECREF(o);
            }
        }
    }
}

/// The `tp_vectorcall` of `heron_function`.
pub(crate) unsafe extern "C" fn function_vectorcall(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    let f = callable as *mut HeronFunction;
    let nargs = PyVectorcall_NARGS(nargsf);
    let nkw = if kwnames.is_null() {
        0
    } else {
        PyTuple_GET_SIZE(kwnames)
    };
    let Some(body) = (*f).body else {
        return crate::util::set_error(PyExc_SystemError, "heron: function has no body");
    };
    if (*f).simple && nkw == 0 && nargs == (*f).argcount {
        return call_body(body, callable, args);
    }
    let nslots = (*f).nslots as usize;
    let mut inline = [ptr::null_mut::<PyObject>(); INLINE_SLOTS];
    let mut heap: Vec<*mut PyObject>;
    let slots: &mut [*mut PyObject] = if nslots <= INLINE_SLOTS {
        &mut inline[..nslots]
    } else {
        heap = vec![ptr::null_mut(); nslots];
        &mut heap[..]
    };
    let mut temps = CallTemps::new();
    if bind(f, args, nargs, kwnames, nkw, slots, &mut temps) < 0 {
        return ptr::null_mut();
    }
    // Binding can run Python code (a keyword name's `__eq__`), which could assign the
    // function another compiled body with another parameter layout.
    if (*f).nslots as usize != nslots || (*f).body.map(|b| b as usize) != Some(body as usize) {
        return crate::util::set_error(
            PyExc_RuntimeError,
            "heron: the function's __code__ was replaced while its arguments were bound",
        );
    }
    let result = call_body(body, callable, slots.as_ptr());
    drop(temps);
    result
}

#[inline(always)]
pub(crate) unsafe fn call_body(
    body: crate::function::FunctionBody,
    func: *mut PyObject,
    args: *const *mut PyObject,
) -> *mut PyObject {
    let f = func as *mut HeronFunction;
    if (*f).is_generator {
        return crate::generator::create(func, args);
    }
    if crate::stack::exhausted() {
        return crate::util::set_error(PyExc_RecursionError, "maximum recursion depth exceeded");
    }
    let tstate = PyThreadState_Get();
    if crate::frames::enter_recursive_call(tstate, c"") != 0 {
        return ptr::null_mut();
    }
    // The call owns a reference to the function, as CPython's frames do: callers may hold it
    // borrowed (a module's `__getattr__` fetched from its dict) and the body may drop the
    // last other reference (`del globals()['__getattr__']`).
    Py_INCREF(func);
    let mut frame = std::mem::MaybeUninit::<crate::frames::Frame>::uninit();
    let guard = crate::frames::FrameGuard::push(
        tstate,
        frame.as_mut_ptr(),
        func,
        (*f).globals,
        (*f).builtins,
        (*f).frame_code,
    );
    let result = if crate::frames::tracing_active(tstate) {
        traced_body(tstate, body, func, args, frame.as_mut_ptr())
    } else {
        body(func, args, frame.as_mut_ptr())
    };
    guard.pop(frame.as_mut_ptr());
    crate::frames::leave_recursive_call(tstate);
    Py_DECREF(func);
    result
}

/// The body call with `call`/`return` events for `sys.setprofile`/`sys.settrace`.
#[cold]
unsafe fn traced_body(
    tstate: *mut PyThreadState,
    body: crate::function::FunctionBody,
    func: *mut PyObject,
    args: *const *mut PyObject,
    frame: *mut crate::frames::Frame,
) -> *mut PyObject {
    if crate::frames::trace_event(tstate, PyTrace_CALL, Py_None()) < 0 {
        return ptr::null_mut();
    }
    let result = body(func, args, frame);
    if crate::frames::trace_event(tstate, PyTrace_RETURN, result) < 0 {
        crate::util::xdecref(result);
        return ptr::null_mut();
    }
    result
}

/// Fills `slots` from a vectorcall. Returns 0, or -1 with CPython's `TypeError` set.
unsafe fn bind(
    f: *mut HeronFunction,
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
    kwnames: *mut PyObject,
    nkw: Py_ssize_t,
    slots: &mut [*mut PyObject],
    temps: &mut CallTemps,
) -> i32 {
    let argcount = (*f).argcount;
    let posonly = (*f).posonlyargcount;
    let kwonly = (*f).kwonlyargcount;
    let has_varargs = (*f).flags & CO_VARARGS != 0;
    let has_varkw = (*f).flags & CO_VARKEYWORDS != 0;
    let total = argcount + kwonly;
    let varnames = (*f).varnames;
    let arg = |i: Py_ssize_t| *args.offset(i);

    // `**kwargs` first, so keywords can be collected into it.
    let mut kwdict = ptr::null_mut();
    if has_varkw {
        kwdict = PyDict_New();
        if kwdict.is_null() {
            return -1;
        }
        temps.push(kwdict);
        slots[(total + Py_ssize_t::from(has_varargs)) as usize] = kwdict;
    }

    // Positional arguments.
    let n = nargs.min(argcount);
    for i in 0..n {
        slots[i as usize] = arg(i);
    }

    // `*args`.
    if has_varargs {
        let extra = (nargs - n).max(0);
        let t = PyTuple_New(extra);
        if t.is_null() {
            return -1;
        }
        for j in 0..extra {
            let item = arg(n + j);
            Py_INCREF(item);
            PyTuple_SET_ITEM(t, j, item);
        }
        temps.push(t);
        slots[total as usize] = t;
    }

    // Keyword arguments.
    for k in 0..nkw {
        let key = PyTuple_GET_ITEM(kwnames, k);
        let value = arg(nargs + k);
        if PyUnicode_Check(key) == 0 {
            type_error(&format!("{}() keywords must be strings", qualname(f)));
            return -1;
        }
        // Positional-only parameters cannot be passed by keyword: search from `posonly` on.
        let mut found = -1;
        for j in posonly..total {
            if PyTuple_GET_ITEM(varnames, j) == key {
                found = j;
                break;
            }
        }
        if found < 0 {
            for j in posonly..total {
                let r = PyObject_RichCompareBool(PyTuple_GET_ITEM(varnames, j), key, Py_EQ);
                if r < 0 {
                    return -1;
                }
                if r > 0 {
                    found = j;
                    break;
                }
            }
        }
        if found < 0 {
            if kwdict.is_null() {
                return unexpected_keyword(f, kwnames, key);
            }
            if PyDict_SetItem(kwdict, key, value) < 0 {
                return -1;
            }
            continue;
        }
        let slot = &mut slots[found as usize];
        if !slot.is_null() {
            type_error(&format!(
                "{}() got multiple values for argument '{}'",
                qualname(f),
                str_lossy(key)
            ));
            return -1;
        }
        *slot = value;
    }

    // Too many positional arguments.
    if nargs > argcount && !has_varargs {
        too_many_positional(f, nargs, slots);
        return -1;
    }

    // Positional defaults, and missing positional arguments.
    let defaults = (*f).defaults;
    let defcount = if defaults.is_null() {
        0
    } else {
        PyTuple_GET_SIZE(defaults)
    };
    if nargs < argcount {
        let first_default = argcount - defcount;
        let missing: Vec<Py_ssize_t> = (nargs..first_default.max(nargs))
            .filter(|&i| slots[i as usize].is_null())
            .collect();
        if !missing.is_empty() {
            missing_arguments(f, "positional", &missing);
            return -1;
        }
        if defcount > 0 {
            // Keep the defaults alive even if the body reassigns `__defaults__`.
            Py_INCREF(defaults);
            temps.push(defaults);
            for i in nargs.max(first_default)..argcount {
                let slot = &mut slots[i as usize];
                if slot.is_null() {
                    *slot = PyTuple_GET_ITEM(defaults, i - first_default);
                }
            }
        }
    }

    // Keyword-only defaults, and missing keyword-only arguments.
    if kwonly > 0 {
        let kwdefaults = (*f).kwdefaults;
        let mut missing = Vec::new();
        for i in argcount..total {
            if !slots[i as usize].is_null() {
                continue;
            }
            if !kwdefaults.is_null() {
                let v = PyDict_GetItemWithError(kwdefaults, PyTuple_GET_ITEM(varnames, i));
                if !v.is_null() {
                    Py_INCREF(v);
                    temps.push(v);
                    slots[i as usize] = v;
                    continue;
                }
                if !PyErr_Occurred().is_null() {
                    return -1;
                }
            }
            missing.push(i);
        }
        if !missing.is_empty() {
            missing_arguments(f, "keyword-only", &missing);
            return -1;
        }
    }
    0
}

unsafe fn qualname(f: *mut HeronFunction) -> String {
    str_lossy((*f).qualname)
}

unsafe fn varname(f: *mut HeronFunction, i: Py_ssize_t) -> String {
    str_lossy(PyTuple_GET_ITEM((*f).varnames, i))
}

fn plural(n: Py_ssize_t) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// An unknown keyword: CPython first reports positional-only parameters passed by keyword (all
/// of them), otherwise the keyword itself.
#[cold]
unsafe fn unexpected_keyword(
    f: *mut HeronFunction,
    kwnames: *mut PyObject,
    key: *mut PyObject,
) -> i32 {
    let mut posonly_names = Vec::new();
    for i in 0..(*f).posonlyargcount {
        let name = PyTuple_GET_ITEM((*f).varnames, i);
        for k in 0..PyTuple_GET_SIZE(kwnames) {
            let kw = PyTuple_GET_ITEM(kwnames, k);
            let r = PyObject_RichCompareBool(name, kw, Py_EQ);
            if r < 0 {
                return -1;
            }
            if r > 0 {
                posonly_names.push(str_lossy(name));
                break;
            }
        }
    }
    if !posonly_names.is_empty() {
        type_error(&format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f),
            posonly_names.join(", ")
        ));
    } else {
        type_error(&format!(
            "{}() got an unexpected keyword argument '{}'",
            qualname(f),
            str_lossy(key)
        ));
    }
    -1
}

#[cold]
unsafe fn too_many_positional(f: *mut HeronFunction, given: Py_ssize_t, slots: &[*mut PyObject]) {
    let argcount = (*f).argcount;
    let total = argcount + (*f).kwonlyargcount;
    let kwonly_given = (argcount..total)
        .filter(|&i| !slots[i as usize].is_null())
        .count() as Py_ssize_t;
    let defcount = if (*f).defaults.is_null() {
        0
    } else {
        PyTuple_GET_SIZE((*f).defaults)
    };
    let (sig, plural_takes) = if defcount > 0 {
        (
            format!("from {} to {}", argcount - defcount, argcount),
            true,
        )
    } else {
        (argcount.to_string(), argcount != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            plural(given),
            kwonly_given,
            plural(kwonly_given)
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    type_error(&format!(
        "{}() takes {} positional argument{} but {}{} {} given",
        qualname(f),
        sig,
        if plural_takes { "s" } else { "" },
        given,
        kwonly_sig,
        verb
    ));
}

#[cold]
unsafe fn missing_arguments(f: *mut HeronFunction, kind: &str, missing: &[Py_ssize_t]) {
    let names: Vec<String> = missing
        .iter()
        .map(|&i| {
            let name = PyTuple_GET_ITEM((*f).varnames, i);
            let r = PyObject_Repr(name);
            if r.is_null() {
                PyErr_Clear();
                return format!("'{}'", varname(f, i));
            }
            let s = str_lossy(r);
            Py_DECREF(r);
            s
        })
        .collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    };
    let n = missing.len() as Py_ssize_t;
    type_error(&format!(
        "{}() missing {} required {} argument{}: {}",
        qualname(f),
        n,
        kind,
        plural(n),
        list
    ));
}
