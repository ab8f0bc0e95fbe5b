//! Shared helpers for heron end-to-end tests.
