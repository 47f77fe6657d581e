//! CoP Navigator: a client-side app that helps university staff choose, find,
//! start and run communities of practice. See ARCHITECTURE.md for the map.

pub mod app;
pub mod components;
pub mod pages;
pub mod web;
